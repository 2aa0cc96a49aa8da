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
/// forgotten. Texts the host supplied (titles, indicator names, objective statements, channels) are put in as given;
/// each renderer isolates or escapes them for its format.
/// </remarks>
internal sealed partial class DashboardText
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
