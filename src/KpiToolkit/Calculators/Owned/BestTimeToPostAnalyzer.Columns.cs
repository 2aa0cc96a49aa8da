using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="BestTimeToPostAnalyzer"/>: the same grid as over rows, read from <see cref="PostColumns"/>.</summary>
public sealed partial class BestTimeToPostAnalyzer
{
    /// <summary>Analyses every post of the columns.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="audience">The audience snapshots, needed when posts are scored by followers.</param>
    /// <returns>The same grid and ranking as <see cref="Analyze(IEnumerable{SocialPost}, AudienceHistory?)"/> over the same posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    public BestTimeToPost Analyze(PostColumns posts, AudienceHistory? audience = null) =>
        Analyze(posts, new Interval(null, null), audience);

    /// <summary>Analyses the posts of the columns published in a window of time, such as the last six months, without copying them.</summary>
    /// <param name="posts">The posts, in any order; those outside <paramref name="window"/> are left out.</param>
    /// <param name="window">The instants kept; an interval without a start or an end is open on that side.</param>
    /// <param name="audience">The audience snapshots, needed when posts are scored by followers.</param>
    /// <returns>The same grid and ranking as the rows' overload over the posts of the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    public BestTimeToPost Analyze(PostColumns posts, Interval window, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(posts);
        if (_engagement.PlainRatiosOf(posts) is { } plain)
        {
            return AnalyzePlain(posts, plain, window);
        }

        audience ??= AudienceHistory.Empty;
        var rates = new List<double>?[7 * 24];
        int used = 0, skipped = 0;
        var from = window.HasStart ? window.Start.ToUnixTimeTicks() : long.MinValue;
        var until = window.HasEnd ? window.End.ToUnixTimeTicks() : long.MaxValue;
        var ratios = _engagement.RatiosOf(posts);
        var clock = new LocalClock(Calendar.Zone);
        var ticks = posts.PublishedAtTicks;
        for (var row = 0; row < ticks.Length; row++)
        {
            if (ticks[row] < from || ticks[row] >= until)
            {
                continue;
            }

            var at = Instant.FromUnixTimeTicks(ticks[row]);
            if (ratios.RatioOf(row, audience, at) is not { } rate)
            {
                skipped++;
                continue;
            }

            var (day, hour) = clock.WeekdayAndHour(ticks[row]);
            (rates[BestTimeToPost.Index(day, hour)] ??= []).Add(rate);
            used++;
        }

        return Result(rates, used, skipped);
    }

    /// <summary>
    /// A per-post ratio of up to three counters over a counter (or over 1): each post of the window gives its cell and
    /// rate in one loop over the columns, the rates are then laid out cell after cell (a counting sort) and each cell's
    /// median selected in place in its run, without a list per cell.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private BestTimeToPost AnalyzePlain(PostColumns posts, PostRatioCalculator.PlainRatios plain, Interval window)
    {
        var from = window.HasStart ? window.Start.ToUnixTimeTicks() : long.MinValue;
        var until = window.HasEnd ? window.End.ToUnixTimeTicks() : long.MaxValue;
        var ticks = posts.PublishedAtTicks;
        var terms = plain.Numerator.Length;
        var a = plain.Numerator[0].Values;
        var b = terms > 1 ? plain.Numerator[1].Values : default;
        var c = terms > 2 ? plain.Numerator[2].Values : default;
        var divisors = plain.Denominator is { } denominator ? denominator.Values : default;
        var clock = new LocalClock(Calendar.Zone);
        var reported = new ReportedRows(plain.WithBitmaps);

        // The posts of the window are counted first, so their cells and rates go to arrays of the right size.
        var inWindow = 0;
        foreach (var at in ticks)
        {
            inWindow += at >= from && at < until ? 1 : 0;
        }

        var cellOf = new byte[inWindow];
        var rates = new double[inWindow];
        var counts = new int[7 * 24];
        var used = 0;
        var skipped = 0;
        for (var row = 0; row < ticks.Length; row++)
        {
            var at = ticks[row];
            if (at < from || at >= until)
            {
                continue;
            }

            long divisor = divisors.IsEmpty ? 1 : divisors[row];
            if (divisor == 0 || !reported.Has(row))
            {
                skipped++;
                continue;
            }

            Int128 wide = terms switch { 1 => a[row], 2 => (Int128)a[row] + b[row], _ => (Int128)a[row] + b[row] + c[row] };
            double sum = plain.NumeratorFitsInLong ? (long)wide : (double)wide;
            var (day, hour) = clock.WeekdayAndHour(at);
            var cell = BestTimeToPost.Index(day, hour);
            cellOf[used] = (byte)cell;
            rates[used++] = sum / divisor;
            counts[cell]++;
        }

        var starts = new int[counts.Length + 1];
        for (var cell = 0; cell < counts.Length; cell++)
        {
            starts[cell + 1] = starts[cell] + counts[cell];
        }

        var byCell = new double[used];
        var next = starts[..^1];
        for (var i = 0; i < used; i++)
        {
            byCell[next[cellOf[i]]++] = rates[i];
        }

        return Result(
            cell =>
            {
                var run = byCell.AsSpan(starts[cell], counts[cell]);
                if (run.IsEmpty)
                {
                    return (0, null);
                }

                return (run.Length, Statistics.MedianInPlace(run));
            },
            used,
            skipped);
    }

    /// <summary>
    /// The local weekday and hour of instants given as Unix ticks, reading the zone only when an instant leaves the
    /// offset of the one before: posts close in time share their offset, so most cost two comparisons.
    /// </summary>
    private struct LocalClock(DateTimeZone zone)
    {
        private long _start = long.MaxValue;
        private long _end = long.MinValue;
        private long _offset;
        private long _dayStart = long.MaxValue;
        private long _dayEnd = long.MinValue;
        private IsoDayOfWeek _weekday;

        public (IsoDayOfWeek Day, int Hour) WeekdayAndHour(long ticks)
        {
            if (ticks < _start || ticks >= _end)
            {
                var interval = zone.GetZoneInterval(Instant.FromUnixTimeTicks(ticks));
                _start = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
                _end = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
                _offset = interval.WallOffset.Ticks;
            }

            // The local day is kept too: posts of the same day cost one division, for the hour.
            var local = ticks + _offset;
            if (local < _dayStart || local >= _dayEnd)
            {
                var days = Math.DivRem(local, NodaConstants.TicksPerDay, out var rest) - (rest < 0 ? 1 : 0);
                _dayStart = days * NodaConstants.TicksPerDay;
                _dayEnd = _dayStart + NodaConstants.TicksPerDay;

                // 1970-01-01 was a Thursday (ISO day 4).
                _weekday = (IsoDayOfWeek)((int)(((days % 7) + 7 + 3) % 7) + 1);
            }

            return (_weekday, (int)((local - _dayStart) / NodaConstants.TicksPerHour));
        }
    }
}
