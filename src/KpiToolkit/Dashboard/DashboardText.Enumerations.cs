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
        ObjectiveStatus.Missed => L("Missed", "Manqué"),
        ObjectiveStatus.OffTrack => L("Off track", "Hors trajectoire"),
        ObjectiveStatus.AtRisk => L("At risk", "À risque"),
        ObjectiveStatus.OnTrack => L("On track", "En bonne voie"),
        ObjectiveStatus.Achieved => L("Achieved", "Atteint"),
        ObjectiveStatus.NotStarted => L("Not started", "Pas commencé"),
        _ => L("No data", "Pas de données"),
    };

    public string CategoryName(IndicatorCategory category) => category switch
    {
        IndicatorCategory.Acquisition => L("Acquisition", "Acquisition"),
        IndicatorCategory.Visibility => L("Visibility", "Visibilité"),
        IndicatorCategory.Engagement => L("Engagement", "Engagement"),
        IndicatorCategory.Retention => L("Retention", "Fidélisation"),
        IndicatorCategory.Conversion => L("Conversion", "Conversion"),
        IndicatorCategory.Financial => L("Financial", "Finances"),
        IndicatorCategory.Email => L("E-mail", "E-mailing"),
        _ => category.ToString(),
    };

    public string MediaTypeName(MediaType mediaType) => mediaType switch
    {
        MediaType.Owned => L("Owned media", "Médias propriétaires"),
        MediaType.Earned => L("Earned media", "Médias gagnés"),
        MediaType.Paid => L("Paid media", "Médias payants"),
        _ => mediaType.ToString(),
    };

    public string SectionName(DashboardSection section) => $"{CategoryName(section.Category)} · {MediaTypeName(section.MediaType)}";

    public string RecommendationName(ActionRecommendation recommendation) => recommendation switch
    {
        ActionRecommendation.ScaleUp => L("Scale up", "Amplifier"),
        ActionRecommendation.Keep => L("Keep", "Maintenir"),
        ActionRecommendation.Reduce => L("Reduce", "Réduire"),
        _ => L("Stop", "Arrêter"),
    };

    public string ReasonName(KpiUnavailableReason reason) => reason switch
    {
        KpiUnavailableReason.NoData => L("no data", "pas de données"),
        KpiUnavailableReason.MissingCounters => L("counters not reported", "compteurs non fournis"),
        KpiUnavailableReason.ZeroDenominator => L("zero denominator", "dénominateur nul"),
        KpiUnavailableReason.InsufficientHistory => L("too little history", "historique insuffisant"),
        KpiUnavailableReason.InsufficientVariation => L("no variation", "aucune variation"),
        KpiUnavailableReason.NotEnoughRecords => L("too few records", "trop peu d’enregistrements"),
        KpiUnavailableReason.TooLargeToCompute => L("amounts too large to compute exactly", "montants trop grands pour un calcul exact"),
        _ => L("calculation failed", "échec du calcul"),
    };

    public string DisagreementReasonName(DisagreementReason reason) => reason switch
    {
        DisagreementReason.MissingCounter => L("a counter missing from the export", "un compteur absent de l’export"),
        DisagreementReason.OtherComposition => L("another composition of engagements", "une autre composition des engagements"),
        DisagreementReason.OtherDenominator => L("another denominator", "un autre dénominateur"),
        DisagreementReason.ExportRounding => L("the rounding of the export", "l’arrondi de l’export"),
        DisagreementReason.TimeZoneBoundary => L("a time-zone boundary", "une limite de fuseau horaire"),
        DisagreementReason.ZeroDenominator => L("a denominator of 0", "un dénominateur nul"),
        _ => L("no known reason", "aucune raison connue"),
    };

    /// <summary>Names a platform figure in the labels' language when it is one of <see cref="PlatformFigureNames"/>; as given otherwise.</summary>
    public string FigureName(string figure) => figure.ToLowerInvariant() switch
    {
        PlatformFigureNames.Engagements => L("engagements", "engagements"),
        PlatformFigureNames.EngagementRate => L("engagement rate", "taux d’engagement"),
        PlatformFigureNames.Interactions => L("interactions", "interactions"),
        PlatformFigureNames.ClickThroughRate => L("click-through rate", "taux de clics"),
        _ => figure,
    };

    public string GainKindName(GainKind kind) => kind switch
    {
        GainKind.Margin => L("margin", "marge"),
        GainKind.Profit => L("profit", "bénéfice"),
        _ => L("revenue", "chiffre d’affaires"),
    };

    public string UnrankableName(UnrankableReason reason) => reason switch
    {
        UnrankableReason.ZeroCost => L("no cost", "coût nul"),
        UnrankableReason.TooLargeToCompute => L("amounts too large to compute exactly", "montants trop grands pour un calcul exact"),
        _ => L("gain not known yet", "gain pas encore connu"),
    };

    /// <summary>Returns the culture's full name of a weekday, capitalised: <c>Friday</c>, <c>Vendredi</c>.</summary>
    public string Weekday(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetDayName(day.ToDayOfWeek()));

    /// <summary>Returns the culture's short name of a weekday, capitalised: <c>Fri</c>, <c>Ven.</c>.</summary>
    public string WeekdayShort(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetAbbreviatedDayName(day.ToDayOfWeek()));
}
