using System.Globalization;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Localization;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KpiToolkit.DependencyInjection;

/// <summary>
/// Checks <see cref="KpiToolkitOptions"/> with the same rules the services apply when they are created, but reports
/// every failure at once, each with its option path, its value and its limit, so a host fails at start rather than
/// when a service is first resolved. The texts of <see cref="KpiToolkitOptions.Localization"/> are checked as a
/// <see cref="KpiLocalizer"/> checks them.
/// </summary>
internal sealed class KpiToolkitOptionsValidator : IValidateOptions<KpiToolkitOptions>
{
    private const string Root = KpiToolkitOptions.SectionName;

    private static readonly string?[] EvaluationOptionNames =
    [
        nameof(EvaluationOptions.AtRiskGap), nameof(EvaluationOptions.OffTrackGap),
        nameof(EvaluationOptions.RollUp), nameof(EvaluationOptions.MinimumPointsForProjection),
    ];

    public ValidateOptionsResult Validate(string? name, KpiToolkitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationErrors);
        if (options.TimeZone is null)
        {
            failures.Add($"{Root}:{nameof(KpiToolkitOptions.TimeZone)} must not be null.");
        }

        if (options.FirstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            failures.Add(
                $"{Root}:{nameof(KpiToolkitOptions.FirstDayOfWeek)} = {(int)options.FirstDayOfWeek}: it must be a day from Monday to Sunday.");
        }

        failures.AddRange(options.Smart.Problems().Select(p => Describe($"{Root}:{nameof(KpiToolkitOptions.Smart)}", p)));
        failures.AddRange(DashboardProblems(options.Dashboard));
        failures.AddRange(LocalizationProblems(options.Localization));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The dashboard checks stop at their first failure, so its evaluation thresholds are checked apart and not reported twice.</summary>
    private static IEnumerable<string> DashboardProblems(DashboardOptions dashboard)
    {
        var path = $"{Root}:{nameof(KpiToolkitOptions.Dashboard)}";
        var evaluationFailed = false;
        if (dashboard.Evaluation is not null && First(() => dashboard.Evaluation.Validated()) is { } evaluation)
        {
            evaluationFailed = true;
            yield return Describe($"{path}:{nameof(DashboardOptions.Evaluation)}", evaluation);
        }

        if (First(() => dashboard.Validated()) is { } problem
            && !(evaluationFailed && EvaluationOptionNames.Contains(problem.ParamName)))
        {
            yield return Describe(path, problem);
        }
    }

    /// <summary>The checks a <see cref="KpiLocalizer"/> makes of its texts, every problem reported with the path of its culture and name.</summary>
    private static IEnumerable<string> LocalizationProblems(KpiLocalizationOptions localization)
    {
        var path = $"{Root}:{nameof(KpiToolkitOptions.Localization)}:{nameof(KpiLocalizationOptions.Translations)}";
        foreach (var (culture, name, message) in KpiLocalizer.Problems(localization))
        {
            yield return name is null ? $"{path}:{culture}: {message}" : $"{path}:{culture}:{name}: {message}";
        }
    }

    private static ArgumentException? First(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (ArgumentException problem)
        {
            return problem;
        }
    }

    /// <summary>"KpiToolkit:Smart:AchievabilityTolerance = -1: AchievabilityTolerance must be a finite number of at least 0."</summary>
    private static string Describe(string path, ArgumentException problem)
    {
        // The exception's own message ends with " (Parameter '…')" and, out of range, the actual value: both are said here once.
        var message = problem.Message;
        var parameterAt = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameterAt >= 0)
        {
            message = message[..parameterAt];
        }

        var option = $"{path}:{problem.ParamName}";
        return problem is ArgumentOutOfRangeException { ActualValue: { } value }
            ? string.Create(CultureInfo.InvariantCulture, $"{option} = {value}: {message}")
            : $"{option}: {message}";
    }
}
