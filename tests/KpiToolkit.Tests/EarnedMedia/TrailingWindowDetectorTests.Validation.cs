using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class TrailingWindowDetectorTests
{
    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesWithAGap_Throws(string kind)
    {
        VolumePoint[] series =
        [
            new(ReportingPeriod.Day(new LocalDate(2026, 3, 1)), 1),
            new(ReportingPeriod.Day(new LocalDate(2026, 3, 3)), 1),
        ];

        var act = () => Create(kind).Detect(series);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "series")
            .WithMessage("*consecutive periods of one cadence, but 2026-03-01 is followed by 2026-03-03*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesOutOfOrder_Throws(string kind)
    {
        VolumePoint[] series =
        [
            new(ReportingPeriod.Day(new LocalDate(2026, 3, 2)), 1),
            new(ReportingPeriod.Day(new LocalDate(2026, 3, 1)), 1),
        ];

        var act = () => Create(kind).Detect(series);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "series").WithMessage("*consecutive*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesMixingCadences_Throws(string kind)
    {
        // The ISO week 2026-W10 starts on 2 March, the day after the day 1 March: adjacent, but another cadence.
        VolumePoint[] series =
        [
            new(ReportingPeriod.Day(new LocalDate(2026, 3, 1)), 1),
            new(ReportingPeriod.IsoWeek(2026, 10), 7),
        ];

        var act = () => Create(kind).Detect(series);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "series")
            .WithMessage("*one cadence, but 2026-03-01 is followed by 2026-W10*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesWithNullPoint_Throws(string kind)
    {
        VolumePoint[] series = [new(ReportingPeriod.Day(new LocalDate(2026, 3, 1)), 1), null!];

        var act = () => Create(kind).Detect(series);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "series")
            .WithMessage("*must not contain null*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesWithNegativeCount_Throws(string kind)
    {
        var act = () => Create(kind).Detect(Daily(1, 2, -1));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "series")
            .WithMessage("*negative count for 2026-03-03*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_NullSeries_Throws(string kind)
    {
        var act = () => Create(kind).Detect(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("series");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_WindowOfOne_Throws(string kind)
    {
        var act = () => Create(kind, window: 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "Window")
            .WithMessage("*Window must be at least 2*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_SeasonLengthZero_Throws(string kind)
    {
        var act = () => Create(kind, seasonLength: 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "SeasonLength")
            .WithMessage("*SeasonLength must be at least 1*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_NegativeMinimumCount_Throws(string kind)
    {
        var act = () => Create(kind, minimumCount: -1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "MinimumCount")
            .WithMessage("*MinimumCount must not be negative*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_Defaults_AreSevenPeriodsNoSeasonNoMinimum(string kind)
    {
        TrailingWindowDetector detector = kind == "standard-deviation" ? new StandardDeviationDetector() : new ModifiedZScoreDetector();

        detector.Window.Should().Be(7);
        detector.SeasonLength.Should().Be(1);
        detector.MinimumCount.Should().Be(0);
    }

    [Fact]
    public void Detect_RandomSeries_GivesOneFiniteVerdictPerPointInOrder()
    {
        var counts = Gen.Frequency(
            (3, Gen.Choose(0, 3).Select(v => (long)v)),
            (5, Gen.Choose(0, 200).Select(v => (long)v)),
            (1, Gen.Choose(0, 1_000_000).Select(v => v * 1_000_000_000_000L)));
        var cases =
            from values in Gen.ListOf(counts)
            from startOffset in Gen.Choose(0, 400)
            from window in Gen.Choose(2, 6)
            from season in Gen.Choose(1, 3)
            from minimum in Gen.Choose(0, 20)
            from k in Gen.Elements(0.5, 1.5, 2.0, 3.0)
            select (Values: values.ToArray(), Start: new LocalDate(2025, 1, 1).PlusDays(startOffset), Window: window, Season: season, Minimum: (long)minimum, K: k);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var series = Daily(c.Start, c.Values);
            IVolumeAnomalyDetector[] detectors =
            [
                new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = c.Window, SeasonLength = c.Season, MinimumCount = c.Minimum, K = c.K }),
                new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Window = c.Window, SeasonLength = c.Season, MinimumCount = c.Minimum, Threshold = c.K + 1 }),
            ];
            foreach (var detector in detectors)
            {
                var verdicts = detector.Detect(series);

                verdicts.Select(v => v.Period).Should().Equal(series.Select(p => p.Period));
                verdicts.Select(v => v.Observed).Should().Equal(series.Select(p => p.Count));
                foreach (var verdict in verdicts)
                {
                    foreach (var figure in new[] { verdict.Baseline, verdict.Spread, verdict.Score, verdict.UpperThreshold, verdict.LowerThreshold })
                    {
                        (figure is null || double.IsFinite(figure.Value)).Should().BeTrue($"{detector.Name} gave {figure} for {verdict.Period}");
                    }

                    (verdict.Score is null).Should().Be(verdict.Status is AnomalyStatus.InsufficientHistory or AnomalyStatus.NoVariation);
                    (verdict.IsFlagged == (verdict.Direction != VolumeDirection.None)).Should().BeTrue();
                }
            }
        }).QuickCheckThrowOnFailure();
    }
}
