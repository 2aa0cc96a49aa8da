using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The regularity of posting read from columns is the regularity read from rows.</summary>
public class PostingRegularityColumnsTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    private static Gen<SocialPost> PostGen =>
        from minute in Gen.Choose(0, 70 * 24 * 60)
        from channel in Gen.Elements(Channel.Instagram, Channel.X, Channel.LinkedIn)
        select new SocialPost($"p{minute}", channel, Instant.FromUtc(2026, 2, 20, 0, 0) + Duration.FromMinutes(minute));

    [Fact]
    public void Analyze_OverColumns_EqualsRows()
    {
        var calculator = new PostingRegularityCalculator(Paris);
        ReportingPeriod[] periods = [ReportingPeriod.Month(2026, 3), ReportingPeriod.IsoWeek(2026, 13), ReportingPeriod.Month(2025, 1)];

        Prop.ForAll(Gen.ListOf(PostGen).ToArbitrary(), posts =>
        {
            var columns = PostColumns.From(posts);
            foreach (var period in periods)
            {
                foreach (var channel in new Channel?[] { null, Channel.X, Channel.YouTube })
                {
                    calculator.Analyze(columns, period, channel).Should().Be(calculator.Analyze(posts, period, channel));
                }

                calculator.AnalyzeByChannel(columns, period).Should().Equal(calculator.AnalyzeByChannel(posts, period));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
