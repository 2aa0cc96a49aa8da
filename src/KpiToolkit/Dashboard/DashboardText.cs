using System.Globalization;
using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Extensions;

namespace KpiToolkit.Dashboard;

/// <summary>
/// The words and numbers people read on a rendered dashboard, in one culture: the words from a <see cref="KpiLocalizer"/>
/// (KpiToolkit's English and French resources unless the host gives others), the numbers and dates from the culture.
/// Shared by the Markdown and HTML renderers so both say the same thing.
/// </summary>
/// <remarks>
/// Every label is a resource name of <see cref="DashboardStrings"/>, such as <c>Label.Period</c>. Texts the host supplied
/// (titles, indicator names it chose, objective statements, channels) are put in as given; each renderer isolates or
/// escapes them for its format.
/// </remarks>
internal sealed partial class DashboardText
{
    private const string NoBreakSpace = "\u00A0";
    private readonly KpiLocalizer _localizer;
    private readonly string _language;
    private readonly IReadOnlyDictionary<IndicatorKey, string> _displayNames;

    // The Gregorian twin of each read-only culture whose default calendar is another, made once per culture.
    private static readonly ConditionalWeakTable<CultureInfo, CultureInfo> GregorianTwins = new();

    private DashboardText(CultureInfo culture, KpiLocalizer localizer, IReadOnlyDictionary<IndicatorKey, string> displayNames)
    {
        Culture = WithGregorianCalendar(culture);
        _localizer = localizer;
        _language = localizer.LanguageOf(culture);
        _displayNames = displayNames;
    }

    /// <summary>Gets the culture numbers and dates are formatted in, with the Gregorian calendar.</summary>
    public CultureInfo Culture { get; }

    /// <summary>
    /// Gets the language tag of the text: the culture's name when its language is the labels' one (<c>en-US</c>,
    /// <c>fr-CA</c>), otherwise the labels' language alone (<c>en</c>), since the labels are English then.
    /// </summary>
    public string LanguageTag
    {
        get
        {
            var language = new CultureInfo(_language).TwoLetterISOLanguageName;
            return string.Equals(Culture.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase) && Culture.Name.Length > 0
                ? Culture.Name
                : language;
        }
    }

    // ---- Headings and labels ----------------------------------------------------------------------------------

    public string Period => T("Label.Period");

    public string AsOf => T("Label.AsOf");

    public string Generated => T("Label.Generated");

    public string AllChannels => T("Label.AllChannels");

    public string Kpi => T("Label.Kpi");

    public string Channel => T("Label.Channel");

    public string Value => T("Label.Value");

    public string Previous => T("Label.Previous");

    public string Change => T("Label.Change");

    public string Target => T("Label.Target");

    public string ProgressVsExpected => T("Label.ProgressVsExpected");

    public string Progress => T("Label.Progress");

    public string ProgressLegend => T("Label.ProgressLegend");

    public string ExpectedLegend => T("Label.ExpectedLegend");

    public string Expected => T("Label.Expected");

    public string Status => T("Label.Status");

    public string Deadline => T("Label.Deadline");

    public string Objectives => T("Label.Objectives");

    public string NoObjectives => T("Label.NoObjectives");

    public string Indicators => T("Label.Indicators");

    public string Trend => T("Label.Trend");

    public string History => T("Label.History");

    public string Data => T("Label.Data");

    public string Versus => T("Label.Versus");

    public string Colon => T("Label.Colon");

    public string NotAvailable => T("Label.NotAvailable");

    public string RoiRanking => T("Label.RoiRanking");

    public string Rank => T("Label.Rank");

    public string Action => T("Label.Action");

    public string Cost => T("Label.Cost");

    public string Gain => T("Label.Gain");

    public string Roi => T("Label.Roi");

    public string Recommendation => T("Label.Recommendation");

    public string NotRankable => T("Label.NotRankable");

    public string NoActions => T("Label.NoActions");

    public string ChannelComparison => T("Label.ChannelComparison");

    public string Sessions => T("Label.Sessions");

    public string Visitors => T("Label.Visitors");

    public string Clicks => T("Label.Clicks");

    public string ConversionRate => T("Label.ConversionRate");

    public string NoTraffic => T("Label.NoTraffic");

    public string BestTimes => T("Label.BestTimes");

    public string Slot => T("Label.Slot");

    public string MedianEngagementRate => T("Label.MedianEngagementRate");

    public string Posts => T("Label.Posts");

    public string Day => T("Label.Day");

    public string NoRankedSlot => T("Label.NoRankedSlot");

    public string NoPosts => T("Label.NoPosts");

    public string MentionSpikes => T("Label.MentionSpikes");

    public string Date => T("Label.Date");

    public string Mentions => T("Label.Mentions");

    public string Baseline => T("Label.Baseline");

    public string Threshold => T("Label.Threshold");

    public string Score => T("Label.Score");

    public string Spike => T("Label.Spike");

    public string NoSpikes => T("Label.NoSpikes");

    public string Detector => T("Label.Detector");

    public string Problems => T("Label.Problems");

    public string NotComputed => T("Label.NotComputed");

    public string OutsidePeriod => T("Label.OutsidePeriod");

    public string ToDevelopForVisibility => T("Label.ToDevelopForVisibility");

    public string ToDevelopForConversion => T("Label.ToDevelopForConversion");

    public string NoChoice => T("Label.NoChoice");

    public string MostSessions => T("Label.MostSessions");

    public string BestConversion => T("Label.BestConversion");

    public string FewerPostsThan(int minimum) => T("Label.FewerPostsThan", Count(minimum));

    public string PostsCount(int count) => T("Label.PostsCount", Count(count));

    public string BestSlotsByRank => T("Label.BestSlotsByRank");

    public string Reconciliation => T("Label.Reconciliation");

    public string RatesByPeriod => T("Label.RatesByPeriod");

    public string PostDisagreements => T("Label.PostDisagreements");

    public string NoPostDisagreement => T("Label.NoPostDisagreement");

    public string ComputedRate => T("Label.ComputedRate");

    public string PlatformRate => T("Label.PlatformRate");

    public string Difference => T("Label.Difference");

    public string Reason => T("Label.Reason");

    public string Post => T("Label.Post");

    public string Figure => T("Label.Figure");

    public string Reported => T("Label.Reported");

    public string Computed => T("Label.Computed");

    public string ExplanationHeading => T("Label.ExplanationHeading");

    public string Agrees => T("Label.Agrees");

    /// <summary>Says how many post figures were compared and agree, and how many posts had none: <c>2 figures compared, 0 agree; 1 post without platform figures.</c></summary>
    public string ReconciliationSummary(long compared, long agreeing, long withoutFigures) => T(
        "Reconciliation.Summary",
        T(PluralName("Reconciliation.FiguresCompared", compared), Count(compared)),
        T(PluralName("Reconciliation.Agree", agreeing), Count(agreeing)),
        T(PluralName("Reconciliation.WithoutFigures", withoutFigures), Count(withoutFigures)));

    /// <summary>Says how many rows were left out of a capped table: <c>… and 5 more (the JSON and CSV exports list them all).</c></summary>
    public string AndMoreRows(int more) => T("Label.AndMoreRows", Count(more));

    /// <summary>Says how many items of a list were left out: <c> and 3 more</c>.</summary>
    public string AndMore(int more) => T("Label.AndMore", Count(more));

    /// <summary>Returns the title to show: the localized default when the host kept <see cref="DashboardOptions.DefaultTitle"/>, its own otherwise.</summary>
    public string Title(string title) => title == DashboardOptions.DefaultTitle ? T("Label.DefaultTitle") : title;

    /// <summary>
    /// Returns the name to show for an indicator: the display name the catalog gave its key, else the localized name of a
    /// built-in definition, else the name its definition carries (a host's own indicator).
    /// </summary>
    public string IndicatorName(Indicator indicator)
    {
        if (_displayNames.TryGetValue(indicator.Key, out var displayName))
        {
            return displayName;
        }

        return IndicatorCatalog.BuiltIn.TryGet(indicator.Key, out var builtIn) && builtIn.Equals(indicator)
            ? T($"Indicator.{indicator.Key}.Name")
            : indicator.Name;
    }

    /// <summary>Returns what a problem is about, in the labels' language when KpiToolkit named it.</summary>
    public string ProblemComponent(DashboardProblem problem) => problem.ComponentText is { } component ? Format(component) : problem.Component;

    /// <summary>Returns what went wrong, in the labels' language when KpiToolkit wrote it.</summary>
    public string ProblemMessage(DashboardProblem problem) => problem.MessageText is { } message ? Format(message) : problem.Message;

    /// <summary>Returns why a row has no value, in the labels' language when KpiToolkit wrote it.</summary>
    public string RowError(KpiRow row) => row.ErrorText is { } error ? Format(error) : row.Error ?? string.Empty;

    /// <summary>Formats a text the model keeps with its values, such as a problem or a detector's description.</summary>
    public string Format(LocalizableText text) => text.Format(_localizer, Culture);

    // ---- Helpers -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Returns the text for the culture options ask for (the invariant culture when null), with the options' localizer or
    /// else the renderer's, and the display names the dashboard's catalog gave.
    /// </summary>
    public static DashboardText For(DashboardRenderOptions? options, KpiLocalizer localizer, KpiDashboard? dashboard = null)
    {
        options ??= new DashboardRenderOptions();
        return new(options.Culture ?? CultureInfo.InvariantCulture, options.Localizer ?? localizer, dashboard?.DisplayNames ?? EmptyNames);
    }

    private static readonly IReadOnlyDictionary<IndicatorKey, string> EmptyNames = new Dictionary<IndicatorKey, string>();

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

    private string T(string name) => _localizer.GetString(name, Culture);

    private string T(string name, params object[] values) => string.Format(Culture, _localizer.GetString(name, Culture), values);

    // The singular or plural form of a text, by the plural rule of the labels' language.
    private string PluralName(string name, long count) => name + (KpiLocalizer.IsSingular(count, _language) ? ".One" : ".Other");
}
