using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Scaling.ScalingData;

namespace KpiToolkit.Tests.Scaling;

/// <summary>
/// <see cref="IKpiCalculator.CalculateMany"/> gives, for every period asked, exactly what
/// <see cref="IKpiCalculator.Calculate"/> gives: the built-in calculators that read the data once must not
/// drift from the ones that read it per period.
/// </summary>
public class CalculateManyTests
{
    // Overlapping periods of several cadences, days either side of the clock change, a repeat and an empty month.
    private static readonly ReportingPeriod[] Candidates =
    [
        ReportingPeriod.Month(2026, 2), ReportingPeriod.Month(2026, 3), ReportingPeriod.Month(2026, 4), ReportingPeriod.Month(2026, 7),
        ReportingPeriod.Week(new LocalDate(2026, 3, 23)), ReportingPeriod.Week(new LocalDate(2026, 3, 30)),
        ReportingPeriod.Day(new LocalDate(2026, 3, 28)), ReportingPeriod.Day(new LocalDate(2026, 3, 29)), ReportingPeriod.Day(new LocalDate(2026, 3, 30)),
        ReportingPeriod.Quarter(2026, 1), ReportingPeriod.Year(2026),
        ReportingPeriod.Custom(new LocalDate(2026, 1, 15), new LocalDate(2026, 3, 15)), ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 10)),
    ];

    public static TheoryData<string> Calculators() => [.. AllCalculators().Select(calculator => calculator.Indicator.Key.ToString())];

    [Theory]
    [MemberData(nameof(Calculators))]
    public void CalculateMany_GivesWhatCalculateGives_ForEveryPeriodAndScope(string key)
    {
        var calculator = AllCalculators().Single(c => c.Indicator.Key == new IndicatorKey(key));
        var cases =
            from posts in Gen.ListOf(PostGen)
            from mentions in Gen.ListOf(MentionGen)
            from periods in Gen.ListOf(Gen.Elements(Candidates))
            from channel in Gen.Elements<Channel?>(null, Channel.Instagram, Channel.X, Channel.Blog)
            select (Data: new ActivityData(posts, Snapshots, mentions), Periods: periods.ToArray(), Channel: channel);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var together = calculator.CalculateMany(c.Data, c.Periods, c.Channel);

            together.Should().Equal(c.Periods.Select(period => calculator.Calculate(c.Data, period, c.Channel)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void CalculateMany_OfAHostCalculator_CallsCalculateForEachPeriod()
    {
        IKpiCalculator host = new PeriodLengthCalculator();
        var periods = new[] { ReportingPeriod.Month(2026, 2), ReportingPeriod.Day(new LocalDate(2026, 3, 29)), ReportingPeriod.Month(2026, 2) };

        host.CalculateMany(ActivityData.Empty, periods).Select(result => result.Value).Should().Equal(28, 1, 28);
    }

    [Fact]
    public void CalculateMany_RejectsMissingArguments()
    {
        IKpiCalculator[] calculators = [new EngagementRateCalculator(), new PeriodLengthCalculator()];
        foreach (var calculator in calculators)
        {
            FluentActions.Invoking(() => calculator.CalculateMany(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("data");
            FluentActions.Invoking(() => calculator.CalculateMany(ActivityData.Empty, null!)).Should().Throw<ArgumentNullException>().WithParameterName("periods");
            FluentActions.Invoking(() => calculator.CalculateMany(ActivityData.Empty, [ReportingPeriod.Year(2026), null!]))
                .Should().Throw<ArgumentException>().WithParameterName("periods").WithMessage("*periods[1] is null*");
        }
    }

    [Fact]
    public void CalculateMany_OfNoPeriod_IsEmpty() =>
        new PostingFrequencyCalculator().CalculateMany(ActivityData.Empty, []).Should().BeEmpty();

    private static IKpiCalculator[] AllCalculators()
    {
        var shareOfVoice = new ShareOfVoiceOptions();
        shareOfVoice.Competitors.Add("Rival");
        return [.. BuiltInCalculators.Create(Paris), new ShareOfVoiceCalculator(shareOfVoice, Paris)];
    }

    /// <summary>A host calculator that relies on the default <see cref="IKpiCalculator.CalculateMany"/>.</summary>
    private sealed class PeriodLengthCalculator : IKpiCalculator
    {
        public Indicator Indicator { get; } = new(
            new IndicatorKey("period-length"), "Period length", IndicatorUnit.Count, Polarity.HigherIsBetter, IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month);

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, period.LengthInDays, new KpiInputs(null, null, 0), "days");
    }
}
