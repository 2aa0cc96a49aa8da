using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

public class ChannelComparisonAnalyzerTests
{
    /// <summary>
    /// Instagram: 6,000 + 4,000 = 10,000 sessions, 60 + 40 = 100 converting (1 %), 5,000 + 3,000 users;
    /// Email: 1,500 sessions, 60 converting (4 %), 1,200 users; Blog: 50 sessions, 25 converting (50 %), 45 users.
    /// </summary>
    private static WebTrafficRecord[] Traffic() =>
    [
        PerformanceData.Traffic(2, Channel.Email, 1_500, users: 1_200, convertingSessions: 60),
        PerformanceData.Traffic(2, Channel.Instagram, 6_000, users: 5_000, convertingSessions: 60),
        PerformanceData.Traffic(3, Channel.Blog, 50, users: 45, convertingSessions: 25),
        PerformanceData.Traffic(9, Channel.Instagram, 4_000, users: 3_000, convertingSessions: 40),
        new WebTrafficRecord(new LocalDate(2026, 4, 1), Channel.Blog, 90_000, users: 80_000, convertingSessions: 9_000),
    ];

    [Fact]
    public void Compare_MoreVolumeLessConversion_ChoosesDifferentChannelsPerObjective()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare(Traffic(), null, March);

        comparison.Period.Should().Be(March);
        comparison.ForVisibility!.Channel.Should().Be(Channel.Instagram);
        comparison.ForVisibility.Reason.Should().Be("Instagram brings the most sessions: 10,000; next is Email with 1,500.");
        comparison.ForConversion!.Channel.Should().Be(Channel.Email);

        // Email 60 / 1,500 = 4.00 %; Instagram 100 / 10,000 = 1.00 %; Blog (50 %) has fewer than 100 sessions.
        comparison.ForConversion.Reason.Should().Be(
            "Email converts best among channels with at least 100 sessions: 4.00 % on 1,500 sessions; next is Instagram at 1.00 % on 10,000 sessions.");
    }

    [Fact]
    public void Compare_Rows_AreOrderedBySessionsWithTheirFigures()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare(Traffic(), null, March);

        comparison.Rows.Select(r => (r.Channel, r.Sessions, r.Visitors)).Should().Equal(
            (Channel.Instagram, 10_000L, (long?)8_000), // 6,000 + 4,000 sessions; 5,000 + 3,000 users
            (Channel.Email, 1_500L, (long?)1_200),
            (Channel.Blog, 50L, (long?)45)); // the 90,000 April sessions are outside March

        // 100 / 10,000 = 0.01; 60 / 1,500 = 0.04; 25 / 50 = 0.5
        comparison.Rows[0].ConversionRate.Value.Should().BeApproximately(0.01, 1e-12);
        comparison.Rows[1].ConversionRate.Value.Should().BeApproximately(0.04, 1e-12);
        comparison.Rows[2].ConversionRate.Value.Should().BeApproximately(0.5, 1e-12);
        comparison.Rows.Should().OnlyContain(r => r.ConversionRate.Channel == r.Channel && r.ConversionRate.Period == March);
        comparison.Rows.Should().OnlyContain(r => r.Clicks == null);
    }

    [Fact]
    public void Compare_EqualSessions_RowsOrderedByChannelName()
    {
        WebTrafficRecord[] traffic =
        [
            PerformanceData.Traffic(2, Channel.YouTube, 300, convertingSessions: 3),
            PerformanceData.Traffic(2, Channel.Facebook, 300, convertingSessions: 3),
        ];

        var comparison = new ChannelComparisonAnalyzer().Compare(traffic, null, March);

        comparison.Rows.Select(r => r.Channel).Should().Equal(Channel.Facebook, Channel.YouTube);
    }

    [Fact]
    public void Compare_BestRateUnderTheMinimumSessions_CannotWinConversion()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare(Traffic(), null, March);

        // Blog converts 50 % but on 50 sessions, under the default minimum of 100.
        comparison.ForConversion!.Channel.Should().Be(Channel.Email);
        comparison.ForConversion.Reason.Should().NotContain("Blog");
    }

    [Fact]
    public void Compare_LowerMinimumSessions_LetsTheSmallChannelWin()
    {
        var analyzer = new ChannelComparisonAnalyzer(new ChannelComparisonOptions { MinimumSessionsForConversion = 50 });

        var comparison = analyzer.Compare(Traffic(), null, March);

        // Blog: 25 / 50 = 50.00 % on exactly the minimum of 50 sessions.
        comparison.ForConversion!.Channel.Should().Be(Channel.Blog);
        comparison.ForConversion.Reason.Should().Be(
            "Blog converts best among channels with at least 50 sessions: 50.00 % on 50 sessions; next is Email at 4.00 % on 1,500 sessions.");
    }

    [Fact]
    public void Compare_OnlyChannelsUnderTheMinimum_NoConversionChoiceButVisibility()
    {
        WebTrafficRecord[] traffic =
        [
            PerformanceData.Traffic(2, Channel.Blog, 99, convertingSessions: 50),
            PerformanceData.Traffic(2, Channel.X, 40, convertingSessions: 1),
        ];

        var comparison = new ChannelComparisonAnalyzer().Compare(traffic, null, March);

        comparison.ForConversion.Should().BeNull();
        comparison.ForVisibility!.Channel.Should().Be(Channel.Blog);
        comparison.ForVisibility.Reason.Should().Be("Blog brings the most sessions: 99; next is X with 40.");
    }

    [Fact]
    public void Compare_ChannelWithoutConvertingSessions_CannotWinConversion()
    {
        WebTrafficRecord[] traffic =
        [
            PerformanceData.Traffic(2, Channel.Instagram, 10_000),
            PerformanceData.Traffic(2, Channel.Email, 200, convertingSessions: 2),
        ];

        var comparison = new ChannelComparisonAnalyzer().Compare(traffic, null, March);

        // Instagram's rate is unknown (not 0 and not a winner); Email 2 / 200 = 1.00 % wins alone.
        comparison.Rows[0].ConversionRate.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        comparison.ForConversion!.Channel.Should().Be(Channel.Email);
        comparison.ForConversion.Reason.Should().Be("Email converts best among channels with at least 100 sessions: 1.00 % on 200 sessions.");
        comparison.ForVisibility!.Reason.Should().Be("Instagram brings the most sessions: 10,000; next is Email with 200.");
    }

    [Fact]
    public void Compare_NoTraffic_BothChoicesAreNull()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare([], [Action("Ads", 10m, clicks: 5)], March);

        comparison.Rows.Should().BeEmpty();
        comparison.ForConversion.Should().BeNull();
        comparison.ForVisibility.Should().BeNull();
    }

    [Fact]
    public void Compare_TrafficOnlyOutsideThePeriod_BothChoicesAreNull()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare(Traffic(), null, ReportingPeriod.Month(2026, 5));

        comparison.Rows.Should().BeEmpty();
        comparison.ForConversion.Should().BeNull();
        comparison.ForVisibility.Should().BeNull();
    }

    [Fact]
    public void Compare_OnlyZeroSessions_BothChoicesAreNull()
    {
        var comparison = new ChannelComparisonAnalyzer().Compare([PerformanceData.Traffic(2, Channel.Blog, 0, convertingSessions: 0)], null, March);

        comparison.Rows.Should().ContainSingle().Which.Sessions.Should().Be(0);
        comparison.ForVisibility.Should().BeNull();
        comparison.ForConversion.Should().BeNull();
    }

    [Fact]
    public void Compare_Actions_ClicksAreSummedPerChannel()
    {
        ActionResult[] actions =
        [
            Action("Insta reel", 100m, channel: Channel.Instagram, clicks: 300),
            Action("Insta story", 50m, channel: Channel.Instagram, clicks: 200),
            Action("Insta April", 50m, channel: Channel.Instagram, clicks: 9_000, period: ReportingPeriod.Month(2026, 4)),
            Action("Newsletter", 0m, channel: Channel.Email),
            Action("TikTok test", 10m, channel: Channel.TikTok, clicks: 7),
        ];

        var comparison = new ChannelComparisonAnalyzer().Compare(Traffic(), actions, March);

        // Instagram: 300 + 200 = 500 (the April action is outside March); Email's action did not report clicks;
        // Blog has no action; TikTok has clicks but no traffic, so no row.
        comparison.Rows.Select(r => (r.Channel, r.Clicks)).Should().Equal(
            (Channel.Instagram, (long?)500),
            (Channel.Email, (long?)null),
            (Channel.Blog, (long?)null));
    }

    [Fact]
    public void Compare_SomeRecordWithoutUsers_VisitorsAreUnknown()
    {
        WebTrafficRecord[] traffic =
        [
            PerformanceData.Traffic(2, Channel.Email, 1_000, users: 900, convertingSessions: 10),
            PerformanceData.Traffic(3, Channel.Email, 500, convertingSessions: 5),
        ];

        var row = new ChannelComparisonAnalyzer().Compare(traffic, null, March).Rows.Should().ContainSingle().Subject;

        // 1,000 + 500 sessions; visitors are not 900 since one day did not report them.
        row.Sessions.Should().Be(1_500);
        row.Visitors.Should().BeNull();
    }

    [Fact]
    public void Compare_ActivityData_ReadsTrafficAndActions()
    {
        var data = new ActivityData(actions: [Action("Insta reel", 100m, channel: Channel.Instagram, clicks: 300)], webTraffic: Traffic());

        var comparison = new ChannelComparisonAnalyzer().Compare(data, March);

        comparison.ForVisibility!.Channel.Should().Be(Channel.Instagram);
        comparison.ForConversion!.Channel.Should().Be(Channel.Email);
        comparison.Rows[0].Clicks.Should().Be(300);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void Constructor_MinimumSessionsBelowOne_ThrowsNamingOptions(long minimum)
    {
        var act = () => new ChannelComparisonAnalyzer(new ChannelComparisonOptions { MinimumSessionsForConversion = minimum });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("options")
            .WithMessage("ChannelComparisonOptions.MinimumSessionsForConversion must be at least 1*");
    }

    [Fact]
    public void Options_DefaultMinimum_IsOneHundred()
    {
        new ChannelComparisonOptions().MinimumSessionsForConversion.Should().Be(100);
    }

    [Fact]
    public void Compare_NullArguments_ThrowNamingThem()
    {
        var analyzer = new ChannelComparisonAnalyzer();

        FluentActions.Invoking(() => analyzer.Compare(Traffic(), null, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => analyzer.Compare((ActivityData)null!, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("data");
    }

    [Fact]
    public void Compare_NullTraffic_ThrowsNamingTraffic()
    {
        var analyzer = new ChannelComparisonAnalyzer();

        // The public parameter is "traffic": an exception naming another parameter misleads the caller.
        FluentActions.Invoking(() => analyzer.Compare(null!, null, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("traffic");
        FluentActions.Invoking(() => analyzer.Compare([PerformanceData.Traffic(2, Channel.Blog, 10), null!], null, March))
            .Should().Throw<ArgumentException>().WithParameterName("traffic").WithMessage("traffic must not contain null*");
    }
}
