using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>What a calculator reads: posts or mentions.</summary>
internal enum RecordKind
{
    /// <summary>Posts the brand published.</summary>
    Posts,

    /// <summary>Mentions of the brand.</summary>
    Mentions,
}

/// <summary>
/// A built-in calculator whose partial aggregates merge into exactly one pass's result: every post ratio but those over
/// followers (which need the audience history beside the posts) or by median (which keeps every ratio), posting
/// frequency, mention volume and the engagement rate on mentions. Grains keep its totals per day; the client finishes
/// them with the calculator's own rules.
/// </summary>
internal sealed class MergeableIndicator
{
    private readonly PostRatioCalculator? _postRatio;
    private readonly PostingFrequencyCalculator? _frequency;
    private readonly MentionEngagementRateCalculator? _mentionRatio;
    private readonly MentionVolumeCalculator? _volume;

    private MergeableIndicator(IKpiCalculator calculator, RecordKind kind, ReportingCalendar calendar)
    {
        Key = calculator.Indicator.Key;
        KeyText = Key.Value;
        Kind = kind;
        Calendar = calendar;
        _postRatio = calculator as PostRatioCalculator;
        _frequency = calculator as PostingFrequencyCalculator;
        _mentionRatio = calculator as MentionEngagementRateCalculator;
        _volume = calculator as MentionVolumeCalculator;
    }

    /// <summary>Gets the indicator's key.</summary>
    public IndicatorKey Key { get; }

    /// <summary>Gets the indicator's key as it travels and names state.</summary>
    public string KeyText { get; }

    /// <summary>Gets what the calculator reads.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the calendar the calculator assigns records to periods with.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets whether results can be split by channel (post calculators; mention calculators count all channels together).</summary>
    public bool SplitsByChannel => Kind == RecordKind.Posts;

    /// <summary>Gets whether the indicator is posting frequency, a count whose period without posts is 0 rather than no data.</summary>
    public bool IsPostingFrequency => _frequency is not null;

    /// <summary>Gets whether the indicator is mention volume, whose results are a series rather than ratios.</summary>
    public bool IsMentionVolume => _volume is not null;

    /// <summary>Gets the mention volume calculator, when the indicator is mention volume.</summary>
    public MentionVolumeCalculator? Volume => _volume;

    /// <summary>Wraps a calculator when its partial aggregates merge exactly.</summary>
    /// <param name="calculator">The calculator.</param>
    /// <param name="indicator">The wrapper, when mergeable.</param>
    /// <returns>Whether the calculator's partial aggregates merge.</returns>
    public static bool TryCreate(IKpiCalculator calculator, out MergeableIndicator? indicator)
    {
        indicator = calculator switch
        {
            PostRatioCalculator ratio when ratio.Denominator != PostDenominator.Followers && ratio.Aggregation != Aggregation.Median
                => new(calculator, RecordKind.Posts, ratio.Calendar),
            PostingFrequencyCalculator frequency => new(calculator, RecordKind.Posts, frequency.Calendar),
            MentionEngagementRateCalculator mention when mention.Aggregation != Aggregation.Median
                => new(calculator, RecordKind.Mentions, mention.Calendar),
            MentionVolumeCalculator volume => new(calculator, RecordKind.Mentions, volume.Calendar),
            _ => null,
        };
        return indicator is not null;
    }

    /// <summary>Computes the totals of each day (of the calculator's calendar) of some posts.</summary>
    /// <param name="posts">The posts.</param>
    /// <returns>The totals of each day that holds a post.</returns>
    public IEnumerable<DayTotals> AccumulateDays(IReadOnlyList<SocialPost> posts) =>
        _postRatio is not null ? Days(_postRatio.AccumulateByPeriod(posts, Cadence.Day, byChannel: true), PartialTotals.From)
        : _frequency is not null ? Days(_frequency.AccumulateByPeriod(posts, Cadence.Day, byChannel: true), PartialTotals.From)
        : [];

    /// <summary>Computes the totals of each day (of the calculator's calendar) of some mentions.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <returns>The totals of each day that holds a mention the calculator counts.</returns>
    public IEnumerable<DayTotals> AccumulateDays(IReadOnlyList<Mention> mentions) =>
        _mentionRatio is not null ? Days(_mentionRatio.AccumulateByPeriod(mentions, Cadence.Day), PartialTotals.From)
        : _volume is not null ? Days(_volume.AccumulateByPeriod(mentions, Cadence.Day), PartialTotals.From)
        : [];

    /// <summary>The period of <paramref name="cadence"/> a day belongs to, in the calculator's calendar.</summary>
    /// <param name="day">The day.</param>
    /// <param name="cadence">The cadence.</param>
    /// <returns>The period.</returns>
    public ReportingPeriod PeriodContaining(LocalDate day, Cadence cadence) => Calendar.PeriodContaining(day, cadence);

    /// <summary>Turns merged totals into results with the calculator's own rules, as one pass would.</summary>
    /// <param name="groups">The totals per period (and channel).</param>
    /// <param name="byChannel">Whether the groups are split by channel.</param>
    /// <returns>The results in period (then channel) order.</returns>
    public IReadOnlyList<KpiResult> ToResults(IEnumerable<PeriodTotals> groups, bool byChannel)
    {
        if (_postRatio is not null)
        {
            return _postRatio.ToResults(Ratios(groups, byChannel));
        }

        if (_frequency is not null)
        {
            return _frequency.ToResults(Counts(groups, byChannel));
        }

        if (_mentionRatio is not null)
        {
            return _mentionRatio.ToResults(Ratios(groups, byChannel));
        }

        throw new InvalidOperationException($"'{Key}' is mention volume, whose results are a series: read it with MentionSeriesAsync.");
    }

    /// <summary>Rebuilds counts from merged totals.</summary>
    /// <param name="groups">The totals per period (and channel).</param>
    /// <param name="byChannel">Whether the groups are split by channel.</param>
    /// <returns>The counts.</returns>
    public static GroupedAccumulators<CountAccumulator> Counts(IEnumerable<PeriodTotals> groups, bool byChannel) =>
        new(byChannel, groups.Select(group => new AccumulatorGroup<CountAccumulator>(group.Period.ToPeriod(), ChannelOf(group.Channel), group.Totals.ToCount())));

    private static GroupedAccumulators<RatioAccumulator> Ratios(IEnumerable<PeriodTotals> groups, bool byChannel) =>
        new(byChannel, groups.Select(group => new AccumulatorGroup<RatioAccumulator>(group.Period.ToPeriod(), ChannelOf(group.Channel), group.Totals.ToRatio())));

    private static Channel? ChannelOf(string? name) => name is null ? null : new Channel(name);

    private static IEnumerable<DayTotals> Days<TAccumulator>(GroupedAccumulators<TAccumulator> groups, Func<TAccumulator, PartialTotals> totals)
        where TAccumulator : class, IAccumulator<TAccumulator> =>
        groups.Select(group => new DayTotals(WireDate.From(group.Period.Start), group.Channel?.Name, totals(group.Accumulator)));
}
