using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>What the account engagement rate divides the engagements of a period by.</summary>
public enum ActivityDenominator
{
    /// <summary>The impressions of the rows of the period, added up: impressions repeat, so their sum is the period's impressions.</summary>
    Impressions,

    /// <summary>
    /// The reach of the one row that covers exactly the period, such as a monthly row for a month. Reach is not
    /// additive: thirty daily reaches count a follower who came back every day thirty times, so they are never added.
    /// </summary>
    Reach,
}

/// <summary>The options of the account engagement rate.</summary>
public sealed class AccountEngagementRateOptions
{
    /// <summary>Gets or sets what the engagements are divided by.</summary>
    /// <value><see cref="ActivityDenominator.Impressions"/>, which works for rows of any length.</value>
    public ActivityDenominator Denominator { get; set; } = ActivityDenominator.Impressions;

    internal static AccountEngagementRateOptions Defaults { get; } = new();
}

/// <summary>
/// Account engagement rate (key <c>account-engagement-rate</c>): the engagements an account received during a
/// period, on any post however old, over its impressions during the period, or over its reach when one row covers
/// the whole period. This is the activity model of the platforms' page dashboards; the
/// <see cref="EngagementRateCalculator"/> measures the posts published in the period instead.
/// </summary>
/// <remarks>
/// <para>A row belongs to a period when all its days are inside it. A row that straddles the period's first or last
/// day (a monthly row against a week) is skipped and counted in <see cref="KpiInputs.RecordsSkippedForMissingCounters"/>:
/// the period's share of its counts is not reported, and is never guessed.</para>
/// <para>By impressions, a row without engagements or impressions is skipped and counted as missing, one with 0
/// impressions as a zero denominator. By reach, each channel needs exactly one row, covering the whole period;
/// otherwise its rows are skipped as missing, since the period's reach cannot be built from shorter rows. Over
/// several channels the reaches are added only as the weights of a mean rate, never as a count of people.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <param name="options">The denominator; the defaults when null.</param>
public sealed class AccountEngagementRateCalculator(AccountEngagementRateOptions? options = null) : IKpiCalculator
{
    private const string ByImpressions = "activity of the period, ratio of sums: engagements / impressions";
    private const string ByReach = "activity of the period: engagements / reach of the one row covering the whole period (reach is not additive)";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.AccountEngagementRate;

    /// <summary>Gets what the engagements are divided by.</summary>
    public ActivityDenominator Denominator { get; } =
        Preconditions.Defined((options ?? AccountEngagementRateOptions.Defaults).Denominator, $"{nameof(AccountEngagementRateOptions)}.{nameof(AccountEngagementRateOptions.Denominator)}");

    /// <summary>Gets the formula in words, as shown in <see cref="KpiResult.Method"/>.</summary>
    public string Method => Denominator == ActivityDenominator.Impressions ? ByImpressions : ByReach;

    /// <summary>Computes the rate of a period from activity rows, over every channel or one.</summary>
    /// <param name="rows">The activity rows, in any order; rows outside the period are ignored.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result; <see cref="KpiUnavailableReason.NoData"/> when no row touches the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row, or <paramref name="channel"/> is the empty channel.</exception>
    public KpiResult Calculate(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(rows);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var accumulator = Denominator == ActivityDenominator.Impressions
            ? AccumulateByImpressions(rows, period, channel)
            : AccumulateByReach(rows, period, channel);
        return accumulator.ToResult(Indicator, period, channel, Method);
    }

    /// <summary>Computes the rate of each channel with a row touching the period.</summary>
    /// <param name="rows">The activity rows, in any order.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per channel, ordered by name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<ChannelActivity> rows, ReportingPeriod period)
    {
        ChannelActivity[] list = [.. Preconditions.NotNull(rows)];
        return ActivityRows.ChannelsIn(list, period).Select(c => Calculate(list, period, c)).ToList().AsReadOnly();
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).ChannelActivity, period, channel);

    private static RatioAccumulator AccumulateByImpressions(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel)
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        foreach (var row in rows)
        {
            Preconditions.Item(row, nameof(rows));
            if (channel is { } only && row.Channel != only)
            {
                continue;
            }

            switch (ActivityRows.Place(row, period))
            {
                case RowPlacement.Inside:
                    Add(accumulator, row.Engagements, row.Impressions);
                    break;
                case RowPlacement.Straddling:
                    accumulator.SkipMissingCounter();
                    break;
            }
        }

        return accumulator;
    }

    private static RatioAccumulator AccumulateByReach(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel)
    {
        // Only the number of rows of each channel and the one that covers the period are kept: O(channels).
        var byChannel = new Dictionary<Channel, (long Rows, ChannelActivity? Whole)>();
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        foreach (var row in rows)
        {
            Preconditions.Item(row, nameof(rows));
            if (channel is { } only && row.Channel != only)
            {
                continue;
            }

            var placement = ActivityRows.Place(row, period);
            if (placement == RowPlacement.Straddling)
            {
                accumulator.SkipMissingCounter();
            }
            else if (placement == RowPlacement.Inside)
            {
                var (count, whole) = byChannel.GetValueOrDefault(row.Channel);
                byChannel[row.Channel] = (count + 1, ActivityRows.CoversExactly(row, period) ? row : whole);
            }
        }

        foreach (var (count, whole) in byChannel.Values)
        {
            if (count == 1 && whole is not null)
            {
                Add(accumulator, whole.Engagements, whole.Reach);
                continue;
            }

            // Shorter rows cannot give the period's reach: each of them is a record the formula cannot use.
            for (var i = 0; i < count; i++)
            {
                accumulator.SkipMissingCounter();
            }
        }

        return accumulator;
    }

    private static void Add(RatioAccumulator accumulator, long? engagements, long? denominator)
    {
        if (engagements is not { } numerator || denominator is not { } divisor)
        {
            accumulator.SkipMissingCounter();
        }
        else if (divisor == 0)
        {
            accumulator.SkipZeroDenominator();
        }
        else
        {
            accumulator.Add(numerator, divisor);
        }
    }
}

/// <summary>
/// Account impressions (key <c>account-impressions</c>): Σ of the impressions an account reported for the days of a
/// period, on any of its content, however old. Rows without impressions, or straddling the period's boundary, are
/// skipped and counted as missing.
/// </summary>
/// <remarks>Impressions repeat, so adding days is right; the sum is exact, whatever the counts. Stateless and thread-safe.</remarks>
public sealed class AccountImpressionsCalculator : IKpiCalculator
{
    private const string Method = "activity of the period: sum of the impressions of its rows";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.AccountImpressions;

    /// <summary>Computes the impressions of a period, over every channel or one.</summary>
    /// <param name="rows">The activity rows, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row, or <paramref name="channel"/> is the empty channel.</exception>
    public KpiResult Calculate(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel = null) =>
        ActivityRows.Sum(Indicator, rows, period, channel, static row => row.Impressions, Method);

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).ChannelActivity, period, channel);
}

/// <summary>
/// Profile visits (key <c>profile-visits</c>): Σ of the profile or page visits an account reported for the days of a
/// period. Rows without visits, or straddling the period's boundary, are skipped and counted as missing.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ProfileVisitsCalculator : IKpiCalculator
{
    private const string Method = "activity of the period: sum of the profile visits of its rows";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.ProfileVisits;

    /// <summary>Computes the profile visits of a period, over every channel or one.</summary>
    /// <param name="rows">The activity rows, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row, or <paramref name="channel"/> is the empty channel.</exception>
    public KpiResult Calculate(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel = null) =>
        ActivityRows.Sum(Indicator, rows, period, channel, static row => row.ProfileVisits, Method);

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).ChannelActivity, period, channel);
}
