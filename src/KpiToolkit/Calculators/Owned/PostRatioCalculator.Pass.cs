using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>How <see cref="PostRatioCalculator"/> reads the column steps of a shared pass, such as a dashboard's.</summary>
public abstract partial class PostRatioCalculator
{
    /// <summary>Gets whether a pass can keep plain sums per group, over rows or columns: a ratio of sums of counters over a per-post denominator.</summary>
    private bool KeepsPlainSums => Aggregation == Aggregation.RatioOfSums && _numeratorFigure is null && Denominator != PostDenominator.Followers;

    /// <summary>The columns the formula reads, resolved once per pass.</summary>
    private ColumnsOfFormula ColumnsOf(PostColumns posts)
    {
        var numerator = Array.ConvertAll(_numeratorIds, id => posts.CounterById(id) ?? CountColumn.NoneReported(posts.Count));
        var denominator = _denominatorId < 0 ? (CountColumn?)null : posts.CounterById(_denominatorId) ?? CountColumn.NoneReported(posts.Count);
        CountColumn[] withBitmaps = [.. numerator.Append(denominator ?? CountColumn.Reported(ReadOnlyMemory<long>.Empty)).Where(column => !column.AllReported)];
        return new ColumnsOfFormula(posts, numerator, denominator, withBitmaps);
    }

    /// <summary>Reads a step of rows of a shared pass: into plain sums per period when the formula allows, else into the accumulators.</summary>
    [MethodImpl(HotLoop.Options)]
    private void AddStep(RatioAccumulator[] accumulators, PeriodRatioSums? sums, ColumnsOfFormula columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods, AudienceHistory audience, PeriodLookup lookup)
    {
        if (sums is not null)
        {
            AddSums(sums, columns, rows, periods);
            return;
        }

        if (_numeratorFigure is null && columns.Numerator.Length <= 3 && columns.WithBitmaps.Length <= ReportedRows.MaxColumns)
        {
            AddMeasured(accumulators, columns, rows, periods, audience, lookup);
            return;
        }

        for (var k = 0; k < rows.Length; k++)
        {
            var period = periods[k];
            var row = rows[k];
            if (_numeratorFigure is not null)
            {
                Add(accumulators[period], columns.Posts[row], audience, lookup.EndAt(period));
            }
            else if (MeasureColumns(columns.Posts, row, columns.Numerator, columns.Denominator, audience, lookup.EndAt(period), out var sum, out var divisor))
            {
                accumulators[period].Add(sum, divisor);
            }
            else
            {
                accumulators[period].SkipMissingCounter();
            }
        }
    }

    /// <summary>
    /// Reads a step of rows into the accumulators, as <see cref="MeasureColumns"/> measures each post, with the columns'
    /// spans taken once per step: a counter denominator per post, 1 per post, or the channel's followers at the post's
    /// publication or the period's end, looked up again only when that instant leaves the span of the last answer.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private void AddMeasured(
        RatioAccumulator[] accumulators, ColumnsOfFormula columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods, AudienceHistory audience, PeriodLookup lookup)
    {
        var terms = columns.Numerator.Length;
        var a = terms > 0 ? columns.Numerator[0].Values : default;
        var b = terms > 1 ? columns.Numerator[1].Values : default;
        var c = terms > 2 ? columns.Numerator[2].Values : default;
        var divisors = columns.Denominator is { } denominator ? denominator.Values : default;
        var byFollowers = columns.Denominator is null && Denominator == PostDenominator.Followers;
        var reported = new ReportedRows(columns.WithBitmaps);
        var channelIds = columns.Posts.ChannelIds;
        var ticks = columns.Posts.PublishedAtTicks;
        var atPublication = FollowerSnapshot == FollowerSnapshot.AtPublication;
        var followers = byFollowers ? new FollowerLookup(audience, columns.Posts.Channels) : null;
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k];
            var accumulator = accumulators[periods[k]];
            if (!reported.Has(row))
            {
                accumulator.SkipMissingCounter();
                continue;
            }

            Int128 divisor = 1;
            if (!divisors.IsEmpty)
            {
                divisor = divisors[row];
            }
            else if (followers is not null)
            {
                var at = atPublication ? ticks[row] : lookup.EndAt(periods[k]).ToUnixTimeTicks();
                if (followers.At(channelIds[row], at) is not { } known)
                {
                    accumulator.SkipMissingCounter();
                    continue;
                }

                divisor = known;
            }

            Int128 sum = terms switch { 0 => 0, 1 => a[row], 2 => (Int128)a[row] + b[row], _ => (Int128)a[row] + b[row] + c[row] };
            accumulator.Add(sum, divisor);
        }
    }

    /// <summary>
    /// Returns the columns of a per-post ratio of at most three counters over a counter or over 1, which a loop can
    /// read without a call per post; null for a platform figure, a follower denominator or more counters.
    /// </summary>
    internal PlainRatios? PlainRatiosOf(PostColumns posts)
    {
        if (_numeratorFigure is not null || Denominator == PostDenominator.Followers || _numeratorIds.Length > 3)
        {
            return null;
        }

        var (_, numerator, denominator, withBitmaps) = ColumnsOf(posts);
        Int128 bound = 0;
        foreach (var column in numerator)
        {
            bound += column.Max;
        }

        return new PlainRatios(numerator, denominator, withBitmaps, bound <= long.MaxValue);
    }

    /// <summary>The columns of a plain per-post ratio; <paramref name="NumeratorFitsInLong"/> when no post's counters can overflow a long.</summary>
    internal sealed record PlainRatios(CountColumn[] Numerator, CountColumn? Denominator, CountColumn[] WithBitmaps, bool NumeratorFitsInLong)
;

    /// <summary>Returns what reads the ratio of one post of <paramref name="posts"/> alone, its columns resolved once.</summary>
    internal ColumnRatios RatiosOf(PostColumns posts) => new(this, ColumnsOf(posts));

    /// <summary>The ratio of one post of some columns alone, as <see cref="RatioOf"/> gives it for a row.</summary>
    internal sealed class ColumnRatios
    {
        private readonly PostRatioCalculator _calculator;
        private readonly ColumnsOfFormula _columns;

        internal ColumnRatios(PostRatioCalculator calculator, ColumnsOfFormula columns) => (_calculator, _columns) = (calculator, columns);

        /// <summary>Returns the post's counters over its own denominator, or null when a counter is missing or the denominator is 0.</summary>
        public double? RatioOf(int row, AudienceHistory audience, Instant periodEnd)
        {
            if (_calculator._numeratorFigure is not null)
            {
                return _calculator.RatioOf(_columns.Posts[row], audience, periodEnd);
            }

            return _calculator.MeasureColumns(_columns.Posts, row, _columns.Numerator, _columns.Denominator, audience, periodEnd, out var sum, out var divisor) && divisor != 0
                ? (double)sum / (double)divisor
                : null;
        }
    }

    /// <summary>The reader of a shared pass: over rows, one accumulator per period; over columns, plain sums when the formula allows.</summary>
    private sealed class Reader(PostRatioCalculator calculator, AudienceHistory audience, PeriodLookup lookup, Channel? channel)
        : PassReader<SocialPost>, IColumnStepReader<PostColumns>
    {
        private readonly RatioAccumulator[] _accumulators = [.. lookup.Periods.Select(_ => new RatioAccumulator(calculator.Aggregation))];
        private readonly PeriodRatioSums? _sums = calculator.KeepsPlainSums ? new PeriodRatioSums(lookup.Periods.Count) : null;
        private ColumnsOfFormula? _columns;

        [MethodImpl(HotLoop.Options)]
        public void AddStep(PostColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            if (_columns?.Posts != columns)
            {
                _columns = calculator.ColumnsOf(columns);
            }

            calculator.AddStep(_accumulators, _sums, _columns, rows, periods, audience, lookup);
        }

        public override void Add(SocialPost record, ReadOnlySpan<int> periods)
        {
            foreach (var index in periods)
            {
                calculator.Add(_accumulators[index], record, audience, lookup.EndAt(index));
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) =>
            [.. lookup.Periods.Select((period, i) => calculator.ToResult(_sums?.With(_accumulators[i], i) ?? _accumulators[i], period, channel))];
    }

    /// <summary>The followers of each channel of some columns at an instant, each answer kept for the span of instants it holds for.</summary>
    private sealed class FollowerLookup
    {
        private readonly AudienceHistory _audience;
        private readonly IReadOnlyList<Channel> _channels;
        private readonly long[] _from;
        private readonly long[] _until;
        private readonly long?[] _followers;

        public FollowerLookup(AudienceHistory audience, IReadOnlyList<Channel> channels)
        {
            (_audience, _channels) = (audience, channels);
            _from = new long[channels.Count];
            _until = new long[channels.Count];
            _followers = new long?[channels.Count];

            // An empty span: the first question of each channel asks the history.
            _from.AsSpan().Fill(long.MaxValue);
            _until.AsSpan().Fill(long.MinValue);
        }

        /// <summary>Returns the channel's followers at the instant given as Unix ticks, or null when no snapshot was taken at or before it.</summary>
        public long? At(int channelId, long ticks)
        {
            if (ticks < _from[channelId] || ticks >= _until[channelId])
            {
                var snapshot = _audience.AtOrBefore(_channels[channelId], Instant.FromUnixTimeTicks(ticks), out var from, out var until);
                _followers[channelId] = snapshot?.Followers;
                _from[channelId] = from.ToUnixTimeTicks();
                _until[channelId] = until == Instant.MaxValue ? long.MaxValue : until.ToUnixTimeTicks();
            }

            return _followers[channelId];
        }
    }

    /// <summary>The columns of one set of posts a formula reads; <paramref name="WithBitmaps"/> are those where some post is not reported.</summary>
    internal sealed record ColumnsOfFormula(PostColumns Posts, CountColumn[] Numerator, CountColumn? Denominator, CountColumn[] WithBitmaps);

    /// <summary>
    /// Adds a step of rows of a shared pass to plain sums per period: the columns' spans taken once per step, a row's
    /// counters added in <see cref="Int128"/>, so no count of posts can overflow the sums.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private static void AddSums(PeriodRatioSums sums, ColumnsOfFormula columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
    {
        var terms = columns.Numerator.Length;
        if (terms > 3 || columns.WithBitmaps.Length > ReportedRows.MaxColumns)
        {
            AddSumsOfAnyFormula(sums, columns, rows, periods);
            return;
        }

        var a = columns.Numerator[0].Values;
        var b = terms > 1 ? columns.Numerator[1].Values : default;
        var c = terms > 2 ? columns.Numerator[2].Values : default;
        var divisors = columns.Denominator is { } denominator ? denominator.Values : default;
        var reported = new ReportedRows(columns.WithBitmaps);
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k];
            if (!reported.Has(row))
            {
                sums.SkipMissingCounter(periods[k]);
                continue;
            }

            Int128 sum = terms switch { 1 => a[row], 2 => (Int128)a[row] + b[row], _ => (Int128)a[row] + b[row] + c[row] };
            sums.Add(periods[k], sum, divisors.IsEmpty ? 1 : divisors[row]);
        }
    }

    private static void AddSumsOfAnyFormula(PeriodRatioSums sums, ColumnsOfFormula columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
    {
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k];
            if (!Reported(columns.WithBitmaps, row))
            {
                sums.SkipMissingCounter(periods[k]);
                continue;
            }

            Int128 sum = 0;
            foreach (var column in columns.Numerator)
            {
                sum += column.Values[row];
            }

            sums.Add(periods[k], sum, columns.Denominator is { } divisor ? divisor.Values[row] : 1);
        }
    }

    private static bool Reported(CountColumn[] withBitmaps, int row)
    {
        foreach (var column in withBitmaps)
        {
            if (!CountColumn.IsSet(column.Validity, row))
            {
                return false;
            }
        }

        return true;
    }
}
