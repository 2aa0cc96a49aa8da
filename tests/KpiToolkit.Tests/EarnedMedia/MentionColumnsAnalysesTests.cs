using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>The share of voice and the ranking of authors read from columns give exactly what rows give.</summary>
public class MentionColumnsAnalysesTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 0, 0);

    private static Gen<long?> CounterGen =>
        Gen.Frequency((1, Gen.Constant<long?>(null)), (1, Gen.Constant<long?>(0)), (5, Gen.Choose(1, 50_000).Select(v => (long?)v)));

    // Authors spelled in several cases, a subject outside the set, mentions without a channel.
    private static Gen<Mention> MentionGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from minute in Gen.Choose(-2 * 24 * 60, 33 * 24 * 60)
        from subject in Gen.Elements(Subject.Company, LeCreuset, Staub, Subject.Competitor("Absent From The Set"))
        from author in Gen.Elements("@anna", "@ANNA", "@bob", "Le Monde", "le monde")
        from sentiment in Gen.Elements(Enum.GetValues<Sentiment>())
        from channel in Gen.Elements<Channel?>(null, Channel.X, Channel.Instagram)
        from reach in CounterGen
        from reactions in CounterGen
        from comments in CounterGen
        from shares in CounterGen
        select Mention($"m{id}", Start + Duration.FromMinutes(minute), subject, MentionSourceType.SocialNetwork, author, sentiment, channel, reach, reactions, comments, shares);

    [Theory]
    [InlineData(ShareOfVoiceWeight.Count)]
    [InlineData(ShareOfVoiceWeight.PotentialReach)]
    [InlineData(ShareOfVoiceWeight.Interactions)]
    public void ShareOfVoice_Columns_GiveTheSameSharesAsRows(ShareOfVoiceWeight weight)
    {
        var options = new ShareOfVoiceOptions { Weight = weight };
        options.Competitors.Add("Le Creuset");
        options.Competitors.Add("Staub");
        var calculator = new ShareOfVoiceCalculator(options, new ReportingCalendar(Zones.Paris));

        Prop.ForAll(Gen.ListOf(MentionGen).ToArbitrary(), mentions =>
        {
            var columns = MentionColumns.From(mentions);
            foreach (var channel in new Channel?[] { null, Channel.X, Channel.TikTok })
            {
                var fromColumns = calculator.Analyze(columns, ReportingPeriod.Month(2026, 3), channel);
                var fromRows = calculator.Analyze(mentions, ReportingPeriod.Month(2026, 3), channel);
                fromColumns.Shares.Should().Equal(fromRows.Shares);
                fromColumns.Should().Be(fromRows with { Shares = fromColumns.Shares });
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void AuthorRanking_Columns_GiveTheSameRankingAsRows()
    {
        var analyzer = new AuthorRankingAnalyzer(new ReportingCalendar(Zones.Paris));

        Prop.ForAll(Gen.ListOf(MentionGen).ToArbitrary(), mentions =>
        {
            var columns = MentionColumns.From(mentions);
            foreach (var subject in new Subject?[] { null, Subject.Company, Staub, Subject.Competitor("Nobody") })
            {
                analyzer.Rank(columns, ReportingPeriod.Month(2026, 3), top: 3, subject)
                    .Should().Equal(analyzer.Rank(mentions, ReportingPeriod.Month(2026, 3), top: 3, subject));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
