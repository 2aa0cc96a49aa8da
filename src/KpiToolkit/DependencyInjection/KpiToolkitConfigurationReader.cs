using System.Globalization;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Localization;
using KpiToolkit.Objectives;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.DependencyInjection;

/// <summary>
/// Reads <see cref="KpiToolkitOptions"/> from a configuration section key by key, without reflection, so the package
/// stays trimmable. A value that cannot be read, or a key that is no option, is kept as a failure for validation to
/// report: nothing in the section is silently ignored.
/// </summary>
internal sealed class KpiToolkitConfigurationReader(IConfiguration section) : IConfigureOptions<KpiToolkitOptions>
{
    public IConfiguration Section { get; } = section;

    public void Configure(KpiToolkitOptions options)
    {
        var errors = options.ConfigurationErrors;
        foreach (var entry in Section.GetChildren())
        {
            switch (entry.Key.ToUpperInvariant())
            {
                case "TIMEZONE":
                    Read(entry, errors, ParseZone, zone => options.TimeZone = zone);
                    break;
                case "FIRSTDAYOFWEEK":
                    Read(entry, errors, ParseEnum<IsoDayOfWeek>, day => options.FirstDayOfWeek = day);
                    break;
                case "SMART":
                    ReadSmart(entry, options.Smart, errors);
                    break;
                case "DASHBOARD":
                    ReadDashboard(entry, options.Dashboard, errors);
                    break;
                case "LOCALIZATION":
                    ReadLocalization(entry, options.Localization, errors);
                    break;
                default:
                    Unknown(entry, errors, "TimeZone, FirstDayOfWeek, Smart, Dashboard, Localization");
                    break;
            }
        }
    }

    private static void ReadSmart(IConfigurationSection section, SmartValidationOptions smart, List<string> errors)
    {
        foreach (var entry in section.GetChildren())
        {
            switch (entry.Key.ToUpperInvariant())
            {
                case "MINIMUMSTATEMENTWORDS":
                    Read(entry, errors, ParseInt, words => smart.MinimumStatementWords = words);
                    break;
                case "ACHIEVABILITYTOLERANCE":
                    Read(entry, errors, ParseDouble, tolerance => smart.AchievabilityTolerance = tolerance);
                    break;
                case "MINIMUMHORIZON":
                    Read(entry, errors, ParsePeriod, horizon => smart.MinimumHorizon = horizon);
                    break;
                case "MAXIMUMHORIZON":
                    Read(entry, errors, ParsePeriod, horizon => smart.MaximumHorizon = horizon);
                    break;
                default:
                    Unknown(entry, errors, "MinimumStatementWords, AchievabilityTolerance, MinimumHorizon, MaximumHorizon");
                    break;
            }
        }
    }

    private static void ReadDashboard(IConfigurationSection section, DashboardOptions dashboard, List<string> errors)
    {
        foreach (var entry in section.GetChildren())
        {
            switch (entry.Key.ToUpperInvariant())
            {
                case "TITLE":
                    Read(entry, errors, static text => (true, text), title => dashboard.Title = title);
                    break;
                case "HISTORYLENGTH":
                    Read(entry, errors, ParseInt, length => dashboard.HistoryLength = length);
                    break;
                case "SPIKEHISTORYDAYS":
                    Read(entry, errors, ParseInt, days => dashboard.SpikeHistoryDays = days);
                    break;
                case "SHOWRECONCILIATION":
                    Read(entry, errors, static text => (bool.TryParse(text, out var value), value), show => dashboard.ShowReconciliation = show);
                    break;
                case "MAXDEGREEOFPARALLELISM":
                    Read(entry, errors, ParseInt, degree => dashboard.MaxDegreeOfParallelism = degree);
                    break;
                case "TOPPOSTCOUNT":
                    Read(entry, errors, ParseInt, count => dashboard.TopPostCount = count);
                    break;
                case "EXPLAINSPIKES":
                    Read(entry, errors, static text => (bool.TryParse(text, out var value), value), explain => dashboard.ExplainSpikes = explain);
                    break;
                case "SHOWROWSWITHOUTDATA":
                    Read(entry, errors, static text => (bool.TryParse(text, out var value), value), show => dashboard.ShowRowsWithoutData = show);
                    break;
                case "EVALUATION":
                    dashboard.Evaluation ??= new EvaluationOptions();
                    ReadEvaluation(entry, dashboard.Evaluation, errors);
                    break;
                default:
                    Unknown(entry, errors, "Title, HistoryLength, SpikeHistoryDays, ShowReconciliation, TopPostCount, ExplainSpikes, ShowRowsWithoutData, MaxDegreeOfParallelism, Evaluation");
                    break;
            }
        }
    }

    private static void ReadEvaluation(IConfigurationSection section, EvaluationOptions evaluation, List<string> errors)
    {
        foreach (var entry in section.GetChildren())
        {
            switch (entry.Key.ToUpperInvariant())
            {
                case "ATRISKGAP":
                    Read(entry, errors, ParseDouble, gap => evaluation.AtRiskGap = gap);
                    break;
                case "OFFTRACKGAP":
                    Read(entry, errors, ParseDouble, gap => evaluation.OffTrackGap = gap);
                    break;
                case "ROLLUP":
                    Read(entry, errors, ParseEnum<RollUpMethod>, method => evaluation.RollUp = method);
                    break;
                case "MINIMUMPOINTSFORPROJECTION":
                    Read(entry, errors, ParseInt, points => evaluation.MinimumPointsForProjection = points);
                    break;
                default:
                    Unknown(entry, errors, "AtRiskGap, OffTrackGap, RollUp, MinimumPointsForProjection");
                    break;
            }
        }
    }

    /// <summary>
    /// Reads <c>Localization:Translations:&lt;culture&gt;:&lt;name&gt;</c> texts; the culture and the name are checked by
    /// validation, as the texts given in code are.
    /// </summary>
    private static void ReadLocalization(IConfigurationSection section, KpiLocalizationOptions localization, List<string> errors)
    {
        foreach (var entry in section.GetChildren())
        {
            if (!string.Equals(entry.Key, nameof(KpiLocalizationOptions.Translations), StringComparison.OrdinalIgnoreCase))
            {
                Unknown(entry, errors, nameof(KpiLocalizationOptions.Translations));
                continue;
            }

            foreach (var culture in entry.GetChildren())
            {
                if (culture.Value is not null)
                {
                    errors.Add($"{culture.Path} = '{culture.Value}': the texts of a culture are expected, by resource name, such as {culture.Path}:Label.Period.");
                    continue;
                }

                foreach (var text in culture.GetChildren())
                {
                    Read(text, errors, static value => (true, value), value => localization.Add(culture.Key, text.Key, value));
                }
            }
        }
    }

    /// <summary>Sets an option from a leaf value, or records why it cannot: a missing value, a section where a value belongs, or text that does not parse.</summary>
    private static void Read<T>(IConfigurationSection entry, List<string> errors, Func<string, (bool Parsed, T Value)> parse, Action<T> set)
    {
        if (entry.Value is null)
        {
            errors.Add($"{entry.Path} has no value: {Expected<T>()} is expected.");
            return;
        }

        var (parsed, value) = parse(entry.Value);
        if (parsed)
        {
            set(value);
            return;
        }

        errors.Add(typeof(T) == typeof(DateTimeZone)
            ? $"{entry.Path} = '{entry.Value}': no time zone has this IANA id in the tz database (give an id such as 'Europe/Paris')."
            : $"{entry.Path} = '{entry.Value}': {Expected<T>()} is expected.");
    }

    private static void Unknown(IConfigurationSection entry, List<string> errors, string keys) =>
        errors.Add($"{entry.Path} is not a KpiToolkit option; the keys of this section are {keys}.");

    private static string Expected<T>() => typeof(T) switch
    {
        var t when t == typeof(int) => "a whole number",
        var t when t == typeof(double) => "a number, with a dot for decimals",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(Period) => "an ISO 8601 duration such as 'P7D' or 'P1M'",
        var t when t == typeof(DateTimeZone) => "an IANA time zone id such as 'Europe/Paris'",
        var t when t == typeof(IsoDayOfWeek) => "a day name from Monday to Sunday",
        var t when t == typeof(RollUpMethod) => $"one of {string.Join(", ", Enum.GetNames<RollUpMethod>())}",
        _ => "text",
    };

    private static (bool, DateTimeZone) ParseZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim()) is { } zone ? (true, zone) : (false, DateTimeZone.Utc);

    private static (bool, int) ParseInt(string text) =>
        (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value), value);

    private static (bool, double) ParseDouble(string text) =>
        (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value), value);

    private static (bool, Period) ParsePeriod(string text) =>
        PeriodPattern.NormalizingIso.Parse(text.Trim()) is { Success: true } result ? (true, result.Value) : (false, Period.Zero);

    /// <summary>A name only: numbers would let "8" pass as a day, and undefined values are what validation catches.</summary>
    private static (bool, TEnum) ParseEnum<TEnum>(string text)
        where TEnum : struct, Enum =>
        !int.TryParse(text, out _) && Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? (true, value) : (false, default);
}
