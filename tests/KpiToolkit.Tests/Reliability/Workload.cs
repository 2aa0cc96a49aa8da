using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// The work the reliability tests repeat under other cultures and on several threads at once: every registered
/// calculator over every period of <see cref="DashboardFixture"/>'s half year, the fixture's dashboard built by the
/// registered builder, and that dashboard in every registered format.
/// </summary>
internal static class Workload
{
    /// <summary>The channels of the fixture's data, and null for all channels together.</summary>
    public static IReadOnlyList<Channel?> Scopes { get; } = [null, Channel.Instagram, Channel.X, Channel.Facebook, Channel.Email, Channel.Press];

    /// <summary>Every month, ISO week and quarter from January to July 2026, and the year.</summary>
    public static IReadOnlyList<ReportingPeriod> Periods { get; } =
    [
        .. new[] { Cadence.Month, Cadence.Week, Cadence.Quarter }
            .SelectMany(cadence => DashboardFixture.Paris.PeriodsBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 7, 31), cadence)),
        ReportingPeriod.Year(2026),
    ];

    /// <summary>The presentation cultures the people's formats are rendered in.</summary>
    public static IReadOnlyList<DashboardRenderOptions?> RenderOptions { get; } =
    [
        null,
        new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") },
        new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("ar-SA") },
    ];

    /// <summary>The fixture's request, built once: its data is the input, never what is being tested.</summary>
    public static DashboardRequest Request { get; } = AmbientCulture.Run(string.Empty, DashboardFixture.Request);

    /// <summary>A container as a host builds it: the fixture's clock and Paris time zone, everything else by default.</summary>
    public static ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddKpiToolkit(options => options.TimeZone = DashboardFixture.Paris.Zone);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Asks every calculator for every period and scope, one period at a time and all periods at once. A calculator that
    /// throws gives its exception's type and message instead of a result, so failures are compared too.
    /// </summary>
    /// <param name="calculators">The calculators.</param>
    /// <param name="onePeriodAtATimeForAllChannelsOnly">Whether <c>Calculate</c> is asked for the all-channel scope only (<c>CalculateMany</c> always gets every scope).</param>
    public static List<Outcome> Calculate(IEnumerable<IKpiCalculator> calculators, bool onePeriodAtATimeForAllChannelsOnly = false)
    {
        var data = Request.Data;
        var outcomes = new List<Outcome>();
        foreach (var calculator in calculators)
        {
            var name = calculator.GetType().Name;
            foreach (var channel in Scopes)
            {
                if (channel is null || !onePeriodAtATimeForAllChannelsOnly)
                {
                    foreach (var period in Periods)
                    {
                        outcomes.Add(Try(name, channel, "Calculate", () => [calculator.Calculate(data, period, channel)]));
                    }
                }

                outcomes.Add(Try(name, channel, "CalculateMany", () => calculator.CalculateMany(data, Periods, channel)));
            }
        }

        return outcomes;
    }

    /// <summary>Renders a dashboard with every renderer, in every presentation culture of <see cref="RenderOptions"/>.</summary>
    /// <returns>The texts, keyed by format and culture (<c>html fr-FR</c>, <c>json invariant</c>).</returns>
    public static SortedDictionary<string, string> Render(IEnumerable<IDashboardRenderer> renderers, KpiDashboard dashboard)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var renderer in renderers)
        {
            foreach (var options in RenderOptions)
            {
                var culture = options?.Culture.Name is { Length: > 0 } name ? name : "invariant";
                texts.Add($"{renderer.Format} {culture}", renderer.RenderToString(dashboard, options));
            }
        }

        return texts;
    }

    private static Outcome Try(string calculator, Channel? channel, string how, Func<IReadOnlyList<KpiResult?>> compute)
    {
        try
        {
            return new Outcome(calculator, channel, how, [.. compute()], null);
        }
        catch (Exception exception)
        {
            return new Outcome(calculator, channel, how, [], $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}

/// <summary>What a calculator gave for one scope: the results in period order, or the exception it threw.</summary>
internal sealed record Outcome(string Calculator, Channel? Channel, string How, KpiResult?[] Results, string? Failure)
{
    public bool Equals(Outcome? other) =>
        other is not null
        && Calculator == other.Calculator
        && Nullable.Equals(Channel, other.Channel)
        && How == other.How
        && Results.SequenceEqual(other.Results)
        && Failure == other.Failure;

    public override int GetHashCode() => HashCode.Combine(Calculator, Channel, How, Results.Length, Failure);

    public override string ToString() =>
        $"{Calculator} {How} {Channel?.Name ?? "all channels"}: " + (Failure ?? string.Join(" | ", Results.Select(result => result?.ToString() ?? "null")));
}
