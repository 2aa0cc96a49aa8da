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

/// <summary>
/// The words and numbers people read on a rendered dashboard, in one language (French for any <c>fr</c> culture,
/// English otherwise) and one culture. Shared by the Markdown and HTML renderers so both say the same thing.
/// </summary>
/// <remarks>
/// Every label is written as <c>L(english, french)</c>, so both languages sit side by side and none can be
/// forgotten. Texts the host supplied (titles, indicator names, objective statements, channels) are shown as given.
/// </remarks>
internal sealed class DashboardText
{
    private const string NoBreakSpace = "\u00A0";
    private readonly bool _french;

    // The Gregorian twin of each read-only culture whose default calendar is another, made once per culture.
    private static readonly ConditionalWeakTable<CultureInfo, CultureInfo> GregorianTwins = new();

    private DashboardText(CultureInfo culture)
    {
        Culture = WithGregorianCalendar(culture);
        _french = string.Equals(culture.TwoLetterISOLanguageName, "fr", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets the culture numbers and dates are formatted in, with the Gregorian calendar.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets whether the labels are French.</summary>
    public bool IsFrench => _french;

    /// <summary>
    /// Gets the language tag of the text: the culture's name when its language is the labels' one (<c>en-US</c>,
    /// <c>fr-CA</c>), otherwise the labels' language alone (<c>en</c>), since the labels are English then.
    /// </summary>
    public string LanguageTag
    {
        get
        {
            var language = _french ? "fr" : "en";
            return string.Equals(Culture.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase) && Culture.Name.Length > 0
                ? Culture.Name
                : language;
        }
    }

    // ---- Headings and labels ----------------------------------------------------------------------------------

    public string Period => L("Period", "Période");

    public string AsOf => L("As of", "Au");

    public string Generated => L("Generated", "Généré le");

    public string AllChannels => L("All channels", "Tous les canaux");

    public string Kpi => L("KPI", "Indicateur");

    public string Channel => L("Channel", "Canal");

    public string Value => L("Value", "Valeur");

    public string Previous => L("Previous", "Précédent");

    public string Change => L("Change", "Évolution");

    public string Target => L("Target", "Cible");

    public string ProgressVsExpected => L("Progress / expected", "Progression / attendue");

    public string Progress => L("Progress", "Progression");

    public string ProgressLegend => L("progress from the baseline to the target", "progression de la valeur de départ à la cible");

    public string ExpectedLegend => L("where the time elapsed says it should be", "niveau attendu d’après le temps écoulé");

    public string Expected => L("expected", "attendue");

    public string Status => L("Status", "Statut");

    public string Deadline => L("Deadline", "Échéance");

    public string Objectives => L("Objectives", "Objectifs");

    public string NoObjectives => L("No objective is tracked.", "Aucun objectif n’est suivi.");

    public string Indicators => L("Indicators", "Indicateurs");

    public string Trend => L("Trend", "Tendance");

    public string History => L("History", "Historique");

    public string Data => L("Data", "Données");

    public string Versus => L("vs", "vs");

    public string Colon => L(":", "\u00A0:");

    public string NotAvailable => L("n/a", "n.d.");

    public string RoiRanking => L("ROI ranking", "Classement par ROI");

    public string Rank => L("Rank", "Rang");

    public string Action => L("Action", "Action");

    public string Cost => L("Cost", "Coût");

    public string Gain => L("Gain", "Gain");

    public string Roi => L("ROI", "ROI");

    public string Recommendation => L("Recommendation", "Recommandation");

    public string NotRankable => L("Not ranked", "Non classées");

    public string NoActions => L("No action with a cost in the period.", "Aucune action avec un coût sur la période.");

    public string ChannelComparison => L("Channel comparison", "Comparaison des canaux");

    public string Sessions => L("Sessions", "Sessions");

    public string Visitors => L("Visitors", "Visiteurs");

    public string Clicks => L("Clicks", "Clics");

    public string ConversionRate => L("Conversion rate", "Taux de conversion");

    public string NoTraffic => L("No web traffic in the period.", "Aucun trafic web sur la période.");

    public string BestTimes => L("Best times to post", "Meilleurs moments pour publier");

    public string Slot => L("Slot", "Créneau");

    public string MedianEngagementRate => L("Median engagement rate", "Taux d’engagement médian");

    public string Posts => L("Posts", "Publications");

    public string Day => L("Day", "Jour");

    public string NoRankedSlot => L("No slot has enough posts to be ranked.", "Aucun créneau n’a assez de publications pour être classé.");

    public string NoPosts => L("no posts", "aucune publication");

    public string MentionSpikes => L("Mention spikes", "Pics de mentions");

    public string Date => L("Date", "Date");

    public string Mentions => L("Mentions", "Mentions");

    public string Baseline => L("Baseline", "Niveau habituel");

    public string Threshold => L("Threshold", "Seuil");

    public string Score => L("Score", "Score");

    public string Spike => L("flagged spike", "pic détecté");

    public string NoSpikes => L("No spike flagged in the period.", "Aucun pic détecté sur la période.");

    public string Detector => L("Detector", "Détecteur");

    public string Problems => L("Problems", "Problèmes");

    public string NotComputed => L("Not available: the analysis failed (see the problems).", "Indisponible : l’analyse a échoué (voir les problèmes).");

    public string OutsidePeriod => L("before the period", "avant la période");

    public string ToDevelopForVisibility => L("To develop for visibility", "À développer pour la visibilité");

    public string ToDevelopForConversion => L("To develop for conversion", "À développer pour la conversion");

    public string NoChoice => L("none", "aucun");

    public string MostSessions => L("most sessions", "le plus de sessions");

    public string BestConversion => L("best conversion rate among channels with enough sessions", "meilleur taux de conversion parmi les canaux ayant assez de sessions");

    public string FewerPostsThan(int minimum) =>
        L($"fewer than {Count(minimum)} posts", $"moins de {Count(minimum)} publications");

    public string PostsCount(int count) => L($"{Count(count)} posts", $"{Count(count)} publications");

    public string BestSlotsByRank => L("best slots, by rank", "meilleurs créneaux, par rang");

    public string Reconciliation => L("Reconciliation with the platforms", "Rapprochement avec les plateformes");

    public string RatesByPeriod => L("Engagement rate by period", "Taux d’engagement par période");

    public string PostDisagreements => L("Posts that disagree", "Publications en désaccord");

    public string NoPostDisagreement => L("Every figure of the posts agrees with the platform's.", "Tous les chiffres des publications concordent avec ceux de la plateforme.");

    public string ComputedRate => L("Computed rate", "Taux calculé");

    public string PlatformRate => L("Platform's rate", "Taux de la plateforme");

    public string Difference => L("Difference", "Écart");

    public string Reason => L("Reason", "Raison");

    public string Post => L("Post", "Publication");

    public string Figure => L("Figure", "Chiffre");

    public string Reported => L("Reported", "Déclaré");

    public string Computed => L("Computed", "Calculé");

    public string ExplanationHeading => L("Explanation", "Explication");

    public string Agrees => L("agrees", "concorde");

    /// <summary>Says how many post figures were compared and agree, and how many posts had none: <c>2 figures compared, 0 agree; 1 post without platform figures.</c></summary>
    public string ReconciliationSummary(long compared, long agreeing, long withoutFigures) => L(
        $"{Count(compared)} {Plural(compared, "figure", "figures")} compared, {Count(agreeing)} {Plural(agreeing, "agrees", "agree")}; " +
        $"{Count(withoutFigures)} {Plural(withoutFigures, "post", "posts")} without platform figures.",
        $"{Count(compared)} {Plural(compared, "chiffre comparé", "chiffres comparés")}, {Count(agreeing)} {Plural(agreeing, "concorde", "concordent")} ; " +
        $"{Count(withoutFigures)} {Plural(withoutFigures, "publication", "publications")} sans chiffres de la plateforme.");

    /// <summary>Says how many rows were left out of a capped table: <c>… and 5 more (the JSON and CSV exports list them all).</c></summary>
    public string AndMoreRows(int more) => L(
        $"… and {Count(more)} more (the JSON and CSV exports list them all).",
        $"… et {Count(more)} de plus (les exports JSON et CSV les listent toutes).");

    /// <summary>Says how many items of a list were left out: <c> and 3 more</c>.</summary>
    public string AndMore(int more) => L($" and {Count(more)} more", $" et {Count(more)} de plus");

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
        _ => L("gain not known yet", "gain pas encore connu"),
    };

    /// <summary>Returns the culture's full name of a weekday, capitalised: <c>Friday</c>, <c>Vendredi</c>.</summary>
    public string Weekday(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetDayName(day.ToDayOfWeek()));

    /// <summary>Returns the culture's short name of a weekday, capitalised: <c>Fri</c>, <c>Ven.</c>.</summary>
    public string WeekdayShort(IsoDayOfWeek day) => Capitalize(Culture.DateTimeFormat.GetAbbreviatedDayName(day.ToDayOfWeek()));

    // ---- Numbers -------------------------------------------------------------------------------------------------

    /// <summary>Formats a whole number with the culture's group separators.</summary>
    public string Count(long value) => value.ToString("N0", Culture);

    /// <summary>Formats a fraction as a percentage: <c>4.53%</c> in en-US, <c>4,53 %</c> in fr-FR.</summary>
    public string Percent(double fraction, int decimals = 2) => fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats an amount with its currency code: <c>1,000.00 EUR</c>, <c>1 000,00 EUR</c>.</summary>
    public string MoneyText(Money money) => Amount(money.Amount, money.Currency);

    /// <summary>Formats a value in an indicator's unit: a fraction as a percentage, a count with group separators, money with its currency, others with two decimals.</summary>
    public string FormatValue(IndicatorUnit unit, double value, string? currency = null) => unit switch
    {
        IndicatorUnit.Fraction => Percent(value),
        IndicatorUnit.Count => value.ToString("N0", Culture),
        IndicatorUnit.Money => value.ToString("N2", Culture) + (string.IsNullOrEmpty(currency) ? string.Empty : NoBreakSpace + currency),
        _ => value.ToString("N2", Culture),
    };

    /// <summary>Formats a result's value, or <c>n/a (why)</c> when it has none.</summary>
    public string FormatResult(KpiResult result) =>
        result.Value is { } value ? FormatValue(result.Unit, value, result.Currency) : $"{NotAvailable} ({ReasonName(result.UnavailableReason ?? KpiUnavailableReason.NoData)})";

    /// <summary>Formats a result's value, or the short <c>n/a</c> when it has none.</summary>
    public string FormatResultShort(KpiResult result) =>
        result.Value is { } value ? FormatValue(result.Unit, value, result.Currency) : NotAvailable;

    /// <summary>
    /// Formats a change with its sign: percentage points for a fraction (<c>+0.18 pts</c>), the relative change
    /// for other units (<c>+3.1%</c>), or the absolute change when the previous value was 0.
    /// </summary>
    public string ChangeText(PeriodChange change, IndicatorUnit unit, string? currency = null)
    {
        if (unit == IndicatorUnit.Fraction)
        {
            return Signed(change.Absolute * 100, magnitude => magnitude.ToString("N2", Culture)) + NoBreakSpace + L("pts", "pts");
        }

        return change.Relative is { } relative
            ? Signed(relative, magnitude => Percent(magnitude, 1))
            : Signed(change.Absolute, magnitude => FormatValue(unit, magnitude, currency));
    }

    // ---- Reconciliation ------------------------------------------------------------------------------------------

    /// <summary>
    /// Gives the decimals of a percentage that show a difference between two rates: two, or up to six when two would
    /// round it to nothing (a rate the export rounded differs in its fourth or tenth decimal).
    /// </summary>
    public static int RateDecimals(double? difference)
    {
        var points = Math.Abs((difference ?? 0) * 100);
        for (var decimals = 2; decimals <= 6; decimals++)
        {
            if (Math.Round(points, decimals) != 0)
            {
                return decimals;
            }
        }

        return 2;
    }

    /// <summary>Formats a reconciled rate as a percentage, or <c>n/a</c>.</summary>
    public string RateText(double? rate, int decimals) => rate is { } r ? Percent(r, decimals) : NotAvailable;

    /// <summary>Formats a difference of rates in percentage points with its sign: <c>−0.08 pts</c>; <c>n/a</c> when missing.</summary>
    public string PointsText(double? difference, int decimals) =>
        difference is { } d
            ? Signed(d * 100, magnitude => magnitude.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture)) + NoBreakSpace + L("pts", "pts")
            : NotAvailable;

    /// <summary>Formats a post's platform figure: a rate as a percentage, a count as a number.</summary>
    public string FigureText(bool isRate, decimal? value, int decimals) =>
        value is not { } v ? NotAvailable
        : isRate ? Percent((double)v, decimals)
        : v.ToString("#,0.############", Culture);

    /// <summary>Formats the difference of a post's figure with its sign: percentage points for a rate, the number for a count.</summary>
    public string FigureDifferenceText(bool isRate, decimal? difference, int decimals) =>
        difference is not { } d ? NotAvailable
        : isRate ? PointsText((double)d, decimals)
        : Signed((double)d, magnitude => ((decimal)magnitude).ToString("#,0.############", Culture));

    /// <summary>Lists post ids, the first <paramref name="shown"/> of them, then how many more.</summary>
    public string IdsText(IReadOnlyList<string> ids, int shown) =>
        ids.Count <= shown ? string.Join(", ", ids) : string.Join(", ", ids.Take(shown)) + AndMore(ids.Count - shown);

    /// <summary>Formats a share of the way to a target: <c>58%</c>.</summary>
    public string ProgressText(double progress) => Percent(progress, 0);

    /// <summary>Formats a target: <c>≥ 6.00%</c>, <c>≤ 2.00 EUR</c>, <c>0.00% – 0.50%</c>.</summary>
    public string TargetText(Target target, IndicatorUnit unit, string? currency = null) => target.Kind switch
    {
        TargetKind.IncreaseTo => $"≥ {FormatValue(unit, target.Value!.Value, currency)}",
        TargetKind.DecreaseTo => $"≤ {FormatValue(unit, target.Value!.Value, currency)}",
        _ => $"{FormatValue(unit, target.Minimum!.Value, currency)} – {FormatValue(unit, target.Maximum!.Value, currency)}",
    };

    // ---- Dates ---------------------------------------------------------------------------------------------------

    /// <summary>Formats a date with the culture's short pattern, or as ISO 8601 for the invariant culture.</summary>
    public string DateText(LocalDate date) =>
        Culture.Name.Length == 0 ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : date.ToString("d", Culture);

    /// <summary>Formats a day and a short month for chart axes: <c>17 Jun</c>, <c>17 juin</c>.</summary>
    public string DayAndMonth(LocalDate date) => date.ToString("d MMM", Culture).TrimEnd('.');

    /// <summary>Formats an hour of the day with the culture's short time pattern: <c>8:00 PM</c>, <c>20:00</c>.</summary>
    public string HourText(int hour) => new LocalTime(hour, 0).ToString("t", Culture);

    /// <summary>Formats a weekday × hour slot: <c>Friday 20:00–21:00</c>.</summary>
    public string SlotText(IsoDayOfWeek day, int hour) => $"{Weekday(day)} {HourText(hour)}–{HourText((hour + 1) % 24)}";

    /// <summary>Formats an instant as a date and time in a time zone, with the zone's name.</summary>
    public string InstantText(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{DateText(local.Date)} {local.TimeOfDay.ToString("t", Culture.Name.Length == 0 ? CultureInfo.InvariantCulture : Culture)} ({zone.Id})";
    }

    /// <summary>Names a period for people: <c>June 2026</c>, <c>T2 2026</c>, <c>Week 2026-W26</c>, or its dates.</summary>
    public string PeriodName(ReportingPeriod period) => period.Cadence switch
    {
        Cadence.Day => DateText(period.Start),
        Cadence.Week => $"{L("Week", "Semaine")} {period.Label}",
        Cadence.Month => Capitalize(period.Start.ToString("MMMM uuuu", Culture)),
        Cadence.Quarter => $"{L("Q", "T")}{((period.Start.Month - 1) / 3) + 1} {period.Start.Year.ToString("D4", CultureInfo.InvariantCulture)}",
        Cadence.Year => period.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => DateRange(period),
    };

    /// <summary>Names a period with its first and last days: <c>June 2026 (6/1/2026 – 6/30/2026)</c>.</summary>
    public string PeriodWithDates(ReportingPeriod period) =>
        period.Cadence is Cadence.Day or Cadence.Custom ? PeriodName(period) : $"{PeriodName(period)} ({DateRange(period)})";

    /// <summary>Names a history point's period shortly, for tables and tooltips.</summary>
    public string PeriodShort(ReportingPeriod period) => period.Cadence switch
    {
        Cadence.Month => Capitalize(period.Start.ToString("MMM uuuu", Culture)),
        Cadence.Day => DateText(period.Start),
        _ => period.Label,
    };

    public string ChannelName(Channel? channel) => channel?.Name ?? AllChannels;

    // ---- Objectives ----------------------------------------------------------------------------------------------

    /// <summary>Explains an evaluation's status in the labels' language with the culture's numbers.</summary>
    public string Explanation(ObjectiveEvaluation evaluation)
    {
        var objective = evaluation.Objective;
        var unit = objective.Indicator.Unit;
        var value = evaluation.Current is { } current ? FormatValue(unit, current.Value) : NotAvailable;
        var target = objective.Target is { } t ? TargetText(t, unit) : NotAvailable;
        var progress = evaluation.Progress is { } p ? ProgressText(p) : NotAvailable;
        var expected = evaluation.ExpectedProgress is { } e ? ProgressText(e) : NotAvailable;

        // A parent rolled up by weighted progress is judged on its sub-objectives' numbers, not on its own (often none).
        var rollUp = evaluation.RollUp;
        var rolledUp = rollUp?.Progress is { } rp ? ProgressText(rp) : NotAvailable;
        var rolledUpExpected = rollUp?.ExpectedProgress is { } re ? ProgressText(re) : NotAvailable;
        var text = evaluation.Reason switch
        {
            StatusReason.NoTarget => L("No target to compare with.", "Aucune cible à laquelle comparer."),
            StatusReason.NoMeasurement => L("No measurement yet since the start.", "Aucune mesure depuis le début."),
            StatusReason.BeforeStart => objective.Start is { } start
                ? L($"Starts on {DateText(start)}.", $"Commence le {DateText(start)}.")
                : L("Not started yet.", "Pas encore commencé."),
            StatusReason.TargetMet => L($"{value} meets the target ({target}).", $"{value} atteint la cible ({target})."),
            StatusReason.InsideRange => L($"{value} is inside the range to keep ({target}).", $"{value} est dans la plage à tenir ({target})."),
            StatusReason.OutsideRange => L($"{value} is outside the range to keep ({target}).", $"{value} est hors de la plage à tenir ({target})."),
            StatusReason.OnPace => L($"Progress {progress} against {expected} expected by now: on pace.", $"Progression de {progress} pour {expected} attendus à date : dans le rythme."),
            StatusReason.BehindPace => L($"Progress {progress} against {expected} expected by now: behind the pace.", $"Progression de {progress} pour {expected} attendus à date : en retard sur le rythme."),
            StatusReason.FarBehindPace => L($"Progress {progress} against {expected} expected by now: far behind the pace.", $"Progression de {progress} pour {expected} attendus à date : très en retard sur le rythme."),
            StatusReason.NoDeadline when rollUp is not null => L(
                $"Weighted progress of the sub-objectives {rolledUp}, with no deadline to pace it.",
                $"Progression pondérée des sous-objectifs de {rolledUp}, sans échéance pour en fixer le rythme."),
            StatusReason.NoDeadline => L($"{value} does not meet the target ({target}) and there is no deadline to pace it.", $"{value} n’atteint pas la cible ({target}) et aucune échéance ne fixe de rythme."),
            StatusReason.DeadlinePassed when rollUp is not null && evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The period of the deadline is complete with {rolledUp} of the way covered.", $"La période de l’échéance est terminée avec {rolledUp} du chemin parcouru.")
                : L($"The period of the deadline is complete with only {rolledUp} of the way covered.", $"La période de l’échéance est terminée avec seulement {rolledUp} du chemin parcouru."),
            StatusReason.DeadlinePassed when rollUp is not null => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The deadline has passed with {rolledUp} of the way covered.", $"L’échéance est passée avec {rolledUp} du chemin parcouru.")
                : L($"The deadline has passed with only {rolledUp} of the way covered.", $"L’échéance est passée avec seulement {rolledUp} du chemin parcouru."),
            StatusReason.DeadlinePassed when evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The period of the deadline is complete and {value} meets the target ({target}).", $"La période de l’échéance est terminée et {value} atteint la cible ({target}).")
                : L($"The period of the deadline is complete and {value} does not meet the target ({target}).", $"La période de l’échéance est terminée et {value} n’atteint pas la cible ({target})."),
            StatusReason.DeadlinePassed => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The deadline has passed and {value} meets the target ({target}).", $"L’échéance est passée et {value} atteint la cible ({target}).")
                : L($"The deadline has passed and {value} does not meet the target ({target}).", $"L’échéance est passée et {value} n’atteint pas la cible ({target})."),
            StatusReason.WeakestSubObjective => WeakestExplanation(evaluation),
            StatusReason.WeightedSubObjectives => rollUp?.Progress is not null
                ? L($"Weighted progress of the sub-objectives {rolledUp}, against {rolledUpExpected} expected.", $"Progression pondérée des sous-objectifs de {rolledUp}, pour {rolledUpExpected} attendus.")
                : L("No sub-objective has a progress yet.", "Aucun sous-objectif n’a encore de progression."),
            _ => evaluation.Reason.ToString(),
        };

        if (evaluation.RollUp is not null && evaluation.OwnStatus != evaluation.Status)
        {
            text += " " + L($"On its own: {StatusName(evaluation.OwnStatus)}.", $"Seul : {StatusName(evaluation.OwnStatus)}.");
        }

        return text;
    }

    private string WeakestExplanation(ObjectiveEvaluation evaluation)
    {
        var rollUp = evaluation.RollUp;
        var weakest = evaluation.SubObjectives.FirstOrDefault(sub => sub.Status == evaluation.Status && sub.Status.IsGraded());
        if (rollUp is null || weakest is null)
        {
            return L("No sub-objective has a grade yet.", "Aucun sous-objectif n’est encore évalué.");
        }

        var id = weakest.Objective.Id;
        var status = StatusName(weakest.Status);
        return L(
            $"The weakest of {Count(rollUp.Graded)} graded sub-objectives is “{id}” ({status}); {Count(rollUp.Skipped)} without a grade skipped.",
            $"Le plus faible des {Count(rollUp.Graded)} sous-objectifs évalués est « {id} » ({status}) ; {Count(rollUp.Skipped)} sans évaluation ignoré(s).");
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    /// <summary>Returns the text for the culture options ask for; the invariant culture when null.</summary>
    public static DashboardText For(DashboardRenderOptions? options) => new((options ?? new DashboardRenderOptions()).Culture ?? CultureInfo.InvariantCulture);

    /// <summary>
    /// Returns the culture with its Gregorian calendar when its default calendar is another, such as ar-SA's Umm al-Qura or
    /// fa-IR's Persian calendar. A dashboard's dates are days of the ISO calendar, and Noda Time takes month names and date
    /// patterns from the culture's current calendar: left as it is, ar-SA would call 30 June 2026 "30 Jumada II 2026".
    /// A culture without a Gregorian calendar among its optional ones is returned unchanged.
    /// </summary>
    internal static CultureInfo WithGregorianCalendar(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        // Read-only cultures (those of CultureInfo.GetCultureInfo) are shared and cannot change, so their twin is kept;
        // a culture the host may still change is copied on every render.
        return culture.IsReadOnly ? GregorianTwins.GetValue(culture, static c => CultureInfo.ReadOnly(Gregorian(c))) : Gregorian(culture);
    }

    private static CultureInfo Gregorian(CultureInfo culture)
    {
        var gregorian = culture.OptionalCalendars
            .OfType<GregorianCalendar>()
            .OrderBy(calendar => calendar.CalendarType == GregorianCalendarTypes.Localized ? 0 : 1)
            .FirstOrDefault();
        if (gregorian is null)
        {
            return culture;
        }

        var twin = (CultureInfo)culture.Clone();
        twin.DateTimeFormat.Calendar = gregorian;
        return twin;
    }

    private string Amount(decimal amount, string? currency) =>
        amount.ToString("N2", Culture) + (string.IsNullOrEmpty(currency) ? string.Empty : NoBreakSpace + currency);

    private string DateRange(ReportingPeriod period) => $"{DateText(period.Start)} – {DateText(period.End)}";

    private string Signed(double value, Func<double, string> formatMagnitude)
    {
        var magnitude = formatMagnitude(Math.Abs(value));
        if (magnitude == formatMagnitude(0))
        {
            return magnitude;
        }

        return (value > 0 ? Culture.NumberFormat.PositiveSign : Culture.NumberFormat.NegativeSign) + magnitude;
    }

    private string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    private string L(string english, string french) => _french ? french : english;

    // French takes the singular for 0 and 1, English for 1 only.
    private string Plural(long count, string one, string many) => count == 1 || (_french && count == 0) ? one : many;
}
