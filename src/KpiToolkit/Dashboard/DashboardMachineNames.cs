using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Dashboard;

/// <summary>
/// The names and number, date and instant texts the machine formats (JSON, CSV) write. They are part of those formats'
/// documented contract: each enumeration value is spelled out here rather than taken from its C# name, so renaming a
/// member in code does not change a file a host already parses.
/// </summary>
/// <remarks>Nothing here reads the current culture.</remarks>
internal static class DashboardMachineNames
{
    // A dashboard writes the same few dates (its periods' bounds, its as-of date) thousands of times: a small cache per
    // thread formats each once, so a large document does not allocate a string per date.
    [ThreadStatic]
    private static (LocalDate Date, string? Text)[]? t_dates;

    /// <summary>A date as <c>2026-06-01</c>.</summary>
    public static string Date(LocalDate date)
    {
        var dates = t_dates ??= new (LocalDate, string?)[256];
        ref var slot = ref dates[(date.Year * 372) + (date.Month * 31) + date.Day & 255];
        if (slot.Text is null || slot.Date != date)
        {
            slot = (date, LocalDatePattern.Iso.Format(date));
        }

        return slot.Text!;
    }

    /// <summary>An instant in UTC as <c>2026-07-03T09:00:00Z</c>, with a fraction of a second only when there is one.</summary>
    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>A number that reads back to the same double.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exact decimal, as written: <c>0.0315789474</c>.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Name(DisagreementReason value) => value switch
    {
        DisagreementReason.MissingCounter => "missingCounter",
        DisagreementReason.OtherComposition => "otherComposition",
        DisagreementReason.OtherDenominator => "otherDenominator",
        DisagreementReason.ExportRounding => "exportRounding",
        DisagreementReason.TimeZoneBoundary => "timeZoneBoundary",
        DisagreementReason.ZeroDenominator => "zeroDenominator",
        DisagreementReason.Unexplained => "unexplained",
        _ => throw Undefined(value),
    };

    public static string Name(KpiUnavailableReason value) => value switch
    {
        KpiUnavailableReason.NoData => "noData",
        KpiUnavailableReason.MissingCounters => "missingCounters",
        KpiUnavailableReason.ZeroDenominator => "zeroDenominator",
        KpiUnavailableReason.InsufficientHistory => "insufficientHistory",
        KpiUnavailableReason.InsufficientVariation => "insufficientVariation",
        KpiUnavailableReason.NotEnoughRecords => "notEnoughRecords",
        KpiUnavailableReason.CalculationFailed => "calculationFailed",
        KpiUnavailableReason.TooLargeToCompute => "tooLargeToCompute",
        _ => throw Undefined(value),
    };

    public static string Name(IndicatorUnit value) => value switch
    {
        IndicatorUnit.Fraction => "fraction",
        IndicatorUnit.Count => "count",
        IndicatorUnit.Money => "money",
        IndicatorUnit.Ratio => "ratio",
        IndicatorUnit.PerPeriod => "perPeriod",
        _ => throw Undefined(value),
    };

    public static string Name(Polarity value) => value switch
    {
        Polarity.HigherIsBetter => "higherIsBetter",
        Polarity.LowerIsBetter => "lowerIsBetter",
        _ => throw Undefined(value),
    };

    public static string Name(IndicatorCategory value) => value switch
    {
        IndicatorCategory.Acquisition => "acquisition",
        IndicatorCategory.Visibility => "visibility",
        IndicatorCategory.Engagement => "engagement",
        IndicatorCategory.Retention => "retention",
        IndicatorCategory.Conversion => "conversion",
        IndicatorCategory.Financial => "financial",
        IndicatorCategory.Email => "email",
        _ => throw Undefined(value),
    };

    public static string Name(MediaType value) => value switch
    {
        MediaType.Owned => "owned",
        MediaType.Earned => "earned",
        MediaType.Paid => "paid",
        _ => throw Undefined(value),
    };

    public static string Name(Cadence value) => value switch
    {
        Cadence.Day => "day",
        Cadence.Week => "week",
        Cadence.Month => "month",
        Cadence.Quarter => "quarter",
        Cadence.Year => "year",
        Cadence.Custom => "custom",
        _ => throw Undefined(value),
    };

    public static string Name(KpiOrigin value) => value switch
    {
        KpiOrigin.Calculated => "calculated",
        KpiOrigin.Measured => "measured",
        _ => throw Undefined(value),
    };

    public static string Name(ObjectiveStatus value) => value switch
    {
        ObjectiveStatus.NoData => "noData",
        ObjectiveStatus.NotStarted => "notStarted",
        ObjectiveStatus.Missed => "missed",
        ObjectiveStatus.OffTrack => "offTrack",
        ObjectiveStatus.AtRisk => "atRisk",
        ObjectiveStatus.OnTrack => "onTrack",
        ObjectiveStatus.Achieved => "achieved",
        _ => throw Undefined(value),
    };

    public static string Name(StatusReason value) => value switch
    {
        StatusReason.NoTarget => "noTarget",
        StatusReason.NoMeasurement => "noMeasurement",
        StatusReason.BeforeStart => "beforeStart",
        StatusReason.TargetMet => "targetMet",
        StatusReason.InsideRange => "insideRange",
        StatusReason.OutsideRange => "outsideRange",
        StatusReason.OnPace => "onPace",
        StatusReason.BehindPace => "behindPace",
        StatusReason.FarBehindPace => "farBehindPace",
        StatusReason.NoDeadline => "noDeadline",
        StatusReason.DeadlinePassed => "deadlinePassed",
        StatusReason.WeakestSubObjective => "weakestSubObjective",
        StatusReason.WeightedSubObjectives => "weightedSubObjectives",
        _ => throw Undefined(value),
    };

    public static string Name(RollUpMethod value) => value switch
    {
        RollUpMethod.WeakestStatus => "weakestStatus",
        RollUpMethod.WeightedProgress => "weightedProgress",
        _ => throw Undefined(value),
    };

    public static string Name(TargetKind value) => value switch
    {
        TargetKind.IncreaseTo => "increaseTo",
        TargetKind.DecreaseTo => "decreaseTo",
        TargetKind.KeepWithin => "keepWithin",
        _ => throw Undefined(value),
    };

    public static string Name(ActionRecommendation value) => value switch
    {
        ActionRecommendation.Stop => "stop",
        ActionRecommendation.Reduce => "reduce",
        ActionRecommendation.Keep => "keep",
        ActionRecommendation.ScaleUp => "scaleUp",
        _ => throw Undefined(value),
    };

    public static string Name(GainKind value) => value switch
    {
        GainKind.Revenue => "revenue",
        GainKind.Margin => "margin",
        GainKind.Profit => "profit",
        _ => throw Undefined(value),
    };

    public static string Name(UnrankableReason value) => value switch
    {
        UnrankableReason.ZeroCost => "zeroCost",
        UnrankableReason.MissingGain => "missingGain",
        UnrankableReason.TooLargeToCompute => "tooLargeToCompute",
        _ => throw Undefined(value),
    };

    public static string Name(AnomalyStatus value) => value switch
    {
        AnomalyStatus.Evaluated => "evaluated",
        AnomalyStatus.InsufficientHistory => "insufficientHistory",
        AnomalyStatus.NoVariation => "noVariation",
        AnomalyStatus.BelowMinimumCount => "belowMinimumCount",
        _ => throw Undefined(value),
    };

    public static string Name(VolumeDirection value) => value switch
    {
        VolumeDirection.None => "none",
        VolumeDirection.Spike => "spike",
        VolumeDirection.Drop => "drop",
        _ => throw Undefined(value),
    };

    public static string Name(DashboardAnalysis value) => value switch
    {
        DashboardAnalysis.RoiRanking => "roiRanking",
        DashboardAnalysis.ChannelComparison => "channelComparison",
        DashboardAnalysis.BestTimeToPost => "bestTimeToPost",
        DashboardAnalysis.MentionSpikes => "mentionSpikes",
        DashboardAnalysis.TopPosts => "topPosts",
        _ => throw Undefined(value),
    };

    public static string Name(PostFormat value) => value switch
    {
        PostFormat.Text => "text",
        PostFormat.Photo => "photo",
        PostFormat.Video => "video",
        PostFormat.Link => "link",
        PostFormat.Story => "story",
        PostFormat.Reel => "reel",
        PostFormat.Live => "live",
        PostFormat.Other => "other",
        PostFormat.Carousel => "carousel",
        _ => throw Undefined(value),
    };

    public static string Name(PostDenominator value) => value switch
    {
        PostDenominator.Reach => "reach",
        PostDenominator.Impressions => "impressions",
        PostDenominator.Followers => "followers",
        PostDenominator.VideoViews => "videoViews",
        PostDenominator.Post => "post",
        PostDenominator.Views => "views",
        _ => throw Undefined(value),
    };

    public static string Name(SpikeCharacter value) => value switch
    {
        SpikeCharacter.Unknown => "unknown",
        SpikeCharacter.Positive => "positive",
        SpikeCharacter.Negative => "negative",
        SpikeCharacter.Mixed => "mixed",
        SpikeCharacter.Neutral => "neutral",
        _ => throw Undefined(value),
    };

    public static string Name(IsoDayOfWeek value) => value switch
    {
        IsoDayOfWeek.Monday => "monday",
        IsoDayOfWeek.Tuesday => "tuesday",
        IsoDayOfWeek.Wednesday => "wednesday",
        IsoDayOfWeek.Thursday => "thursday",
        IsoDayOfWeek.Friday => "friday",
        IsoDayOfWeek.Saturday => "saturday",
        IsoDayOfWeek.Sunday => "sunday",
        _ => throw Undefined(value),
    };

    private static ArgumentException Undefined<T>(T value)
        where T : struct, Enum =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"The dashboard holds the {typeof(T).Name} value {Convert.ToInt64(value, CultureInfo.InvariantCulture)}, which has no name in the machine formats."),
            "dashboard");
}
