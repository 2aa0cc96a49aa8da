using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>Edge cases found in review: each failed before its fix.</summary>
public sealed class CalculatorContractRegressionTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void ChannelComparison_RateOnFewReportedSessions_CannotWinConversion()
    {
        WebTrafficRecord[] traffic =
        [
            // Blog: 9,995 sessions without conversion data, then 5 sessions that all converted.
            new(new LocalDate(2026, 3, 1), Channel.Blog, 9_995),
            new(new LocalDate(2026, 3, 2), Channel.Blog, 5, convertingSessions: 5),
            // Email: 1,500 sessions at 60 / 1,500 = 4 %.
            new(new LocalDate(2026, 3, 2), Channel.Email, 1_500, convertingSessions: 60),
        ];

        var comparison = new ChannelComparisonAnalyzer().Compare(traffic, null, March);

        // Blog's 100 % rests on 5 sessions, under the minimum of 100: Email wins.
        comparison.ForConversion!.Channel.Should().Be(Channel.Email);
    }

    [Fact]
    public void PostingRegularity_NoPostInTheInput_IsNoDataNotZero()
    {
        var share = new PostingRegularityCalculator().Calculate(ActivityData.Empty, March);

        share.IsAvailable.Should().BeFalse();
        share.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void EngagementComposition_Counters_CannotBeWrittenThrough()
    {
        var counters = EngagementComposition.TotalInteractions.Counters;

        counters.Should().NotBeAssignableTo<PostCounter[]>();
        counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
    }

    [Fact]
    public void TrailingWindow_WindowTimesSeasonBeyondInt_IsRefused()
    {
        var act = () => new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = 65_536, SeasonLength = 65_536 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("SeasonLength");
    }
}
