using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Sums of the web traffic records of a period, per channel or for all.</summary>
internal static class WebTraffic
{
    public static IEnumerable<WebTrafficRecord> Within(IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel, string parameterName = "records")
    {
        Preconditions.NotNull(records, parameterName);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        return Filter(records, period, channel, parameterName);
    }

    private static IEnumerable<WebTrafficRecord> Filter(IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel, string parameterName)
    {
        foreach (var record in records)
        {
            Preconditions.Item(record, parameterName);
            if (period.Contains(record.Date) && (channel is null || record.Channel == channel.Value))
            {
                yield return record;
            }
        }
    }

    /// <summary>Σ of a count over the records, skipping and counting those that did not report it.</summary>
    public static KpiResult Sum(Indicator indicator, IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel, Func<WebTrafficRecord, long?> count, string method)
    {
        Int128 sum = 0;
        long used = 0, skipped = 0;
        foreach (var record in Within(records, period, channel))
        {
            if (count(record) is { } value)
            {
                sum += value;
                used++;
            }
            else
            {
                skipped++;
            }
        }

        var inputs = new KpiInputs((double)sum, null, used, skipped);
        return used > 0
            ? KpiResult.Available(indicator.Key, indicator.Unit, period, channel, (double)sum, inputs, method)
            : KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData, inputs, method);
    }
}

/// <summary>Web sessions: Σ sessions of the records of a period (key <c>web-sessions</c>).</summary>
public sealed class WebSessionsCalculator : IKpiCalculator
{
    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.WebSessions;

    /// <summary>Computes the sessions of a period.</summary>
    /// <param name="records">The traffic records.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The source to keep, or null for every source.</param>
    /// <returns>The result.</returns>
    public KpiResult Calculate(IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel = null) =>
        WebTraffic.Sum(Indicator, records, period, channel, r => r.Sessions, "sum of sessions");

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).WebTraffic, period, channel);
}

/// <summary>
/// Web visitors: Σ users of the records of a period (key <c>web-visitors</c>). Users are unique per record
/// only: a person visiting on two days, or from two sources, counts twice, as reach does across posts.
/// </summary>
public sealed class WebVisitorsCalculator : IKpiCalculator
{
    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.WebVisitors;

    /// <summary>Computes the visitors of a period.</summary>
    /// <param name="records">The traffic records.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The source to keep, or null for every source.</param>
    /// <returns>The result; records without users are skipped and counted.</returns>
    public KpiResult Calculate(IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel = null) =>
        WebTraffic.Sum(Indicator, records, period, channel, r => r.Users, "sum of users per record (not unique across records)");

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).WebTraffic, period, channel);
}

/// <summary>
/// Web conversion rate, as GA4 defines its session key-event rate: Σ sessions with at least one conversion /
/// Σ sessions (key <c>web-conversion-rate</c>). Not conversions / sessions, which counts a session with two
/// purchases twice; for conversions / clicks of ads see <see cref="ClickConversionRateCalculator"/>.
/// </summary>
/// <remarks>Records without converting sessions are skipped and counted; a group whose sessions add up to 0 has no rate.</remarks>
public sealed class WebConversionRateCalculator : IKpiCalculator
{
    private const string Method = "ratio of sums: converting sessions / sessions";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.WebConversionRate;

    /// <summary>Computes the rate of a period.</summary>
    /// <param name="records">The traffic records.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The source to keep, or null for every source.</param>
    /// <returns>The result.</returns>
    public KpiResult Calculate(IEnumerable<WebTrafficRecord> records, ReportingPeriod period, Channel? channel = null)
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        foreach (var record in WebTraffic.Within(records, period, channel))
        {
            if (record.ConvertingSessions is not { } c)
            {
                accumulator.SkipMissingCounter();
                continue;
            }

            accumulator.Add(c, record.Sessions);
        }

        return accumulator.ToResult(Indicator, period, channel, Method);
    }

    /// <summary>Computes the rate of each source with traffic in a period.</summary>
    /// <param name="records">The traffic records.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per source, ordered by name.</returns>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<WebTrafficRecord> records, ReportingPeriod period)
    {
        var list = WebTraffic.Within(records, period, null).ToList();
        return list.Select(r => r.Channel).Distinct().Order().Select(c => Calculate(list, period, c)).ToList().AsReadOnly();
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).WebTraffic, period, channel);
}
