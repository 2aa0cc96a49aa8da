using System.Globalization;
using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Extensions;

namespace KpiToolkit.Dashboard;

/// <content>The names of the enumerations a reader meets: statuses, categories, reasons, weekdays.</content>
internal sealed partial class DashboardText
{
    // ---- Enumerations --------------------------------------------------------------------------------------------

    public string StatusName(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Missed => T("Status.Missed"),
        ObjectiveStatus.OffTrack => T("Status.OffTrack"),
        ObjectiveStatus.AtRisk => T("Status.AtRisk"),
        ObjectiveStatus.OnTrack => T("Status.OnTrack"),
        ObjectiveStatus.Achieved => T("Status.Achieved"),
        ObjectiveStatus.NotStarted => T("Status.NotStarted"),
        _ => T("Status.NoData"),
    };

    public string CategoryName(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Acquisition => T("Category.Acquisition"),
        IndicatorCategory.Visibility => T("Category.Visibility"),
        IndicatorCategory.Engagement => T("Category.Engagement"),
        IndicatorCategory.Retention => T("Category.Retention"),
        IndicatorCategory.Conversion => T("Category.Conversion"),
        IndicatorCategory.Financial => T("Category.Financial"),
        IndicatorCategory.Email => T("Category.Email"),
        _ => category.ToString(),
    };

    public string MediaTypeName(MediaType mediaType) => mediaType switch
    {
        MediaType.Owned => T("MediaType.Owned"),
        MediaType.Earned => T("MediaType.Earned"),
        MediaType.Paid => T("MediaType.Paid"),
        _ => mediaType.ToString(),
    };

    public string SectionName(DashboardSection section) => $"{CategoryName(section.Category)} · {MediaTypeName(section.MediaType)}";

    public string RecommendationName(ActionRecommendation recommendation) => recommendation switch
    {
        ActionRecommendation.ScaleUp => T("Recommendation.ScaleUp"),
        ActionRecommendation.Keep => T("Recommendation.Keep"),
        ActionRecommendation.Reduce => T("Recommendation.Reduce"),
        _ => T("Recommendation.Stop"),
    };

    public string ReasonName(KpiUnavailableReason reason) => reason switch
    {
        KpiUnavailableReason.NoData => T("Reason.NoData"),
        KpiUnavailableReason.MissingCounters => T("Reason.MissingCounters"),
        KpiUnavailableReason.ZeroDenominator => T("Reason.ZeroDenominator"),
        KpiUnavailableReason.InsufficientHistory => T("Reason.InsufficientHistory"),
        KpiUnavailableReason.InsufficientVariation => T("Reason.InsufficientVariation"),
        KpiUnavailableReason.NotEnoughRecords => T("Reason.NotEnoughRecords"),
        KpiUnavailableReason.TooLargeToCompute => T("Reason.TooLargeToCompute"),
        _ => T("Reason.CalculationFailed"),
    };

    public string DisagreementReasonName(DisagreementReason reason) => reason switch
    {
        DisagreementReason.MissingCounter => T("Disagreement.MissingCounter"),
        DisagreementReason.OtherComposition => T("Disagreement.OtherComposition"),
        DisagreementReason.OtherDenominator => T("Disagreement.OtherDenominator"),
        DisagreementReason.ExportRounding => T("Disagreement.ExportRounding"),
        DisagreementReason.TimeZoneBoundary => T("Disagreement.TimeZoneBoundary"),
        DisagreementReason.ZeroDenominator => T("Disagreement.ZeroDenominator"),
        _ => T("Disagreement.Unexplained"),
    };

    /// <summary>Names a platform figure in the labels' language when it is one of <see cref="PlatformFigureNames"/>; as given otherwise.</summary>
    public string FigureName(string figure) => figure.ToLowerInvariant() switch
    {
        PlatformFigureNames.Engagements => T("Figure.Engagements"),
        PlatformFigureNames.EngagementRate => T("Figure.EngagementRate"),
        PlatformFigureNames.Interactions => T("Figure.Interactions"),
        PlatformFigureNames.ClickThroughRate => T("Figure.ClickThroughRate"),
        _ => figure,
    };

    public string GainKindName(GainKind kind) => kind switch
    {
        GainKind.Margin => T("Gain.Margin"),
        GainKind.Profit => T("Gain.Profit"),
        _ => T("Gain.Revenue"),
    };

    public string UnrankableName(UnrankableReason reason) => reason switch
    {
        UnrankableReason.ZeroCost => T("Unrankable.ZeroCost"),
        UnrankableReason.TooLargeToCompute => T("Unrankable.TooLargeToCompute"),
        _ => T("Unrankable.MissingGain"),
    };

    /// <summary>Returns the culture's full name of a weekday, capitalised: <c>Friday</c>, <c>Vendredi</c>.</summary>
    public string Weekday(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetDayName(day.ToDayOfWeek()));

    /// <summary>Returns the culture's short name of a weekday, capitalised: <c>Fri</c>, <c>Ven.</c>.</summary>
    public string WeekdayShort(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetAbbreviatedDayName(day.ToDayOfWeek()));
}
