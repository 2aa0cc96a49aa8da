using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The periods of a dashboard in one read of the posts: of their columns, or of a stream.</summary>
public sealed partial class PeriodEngagementRateCalculator
{
    /// <inheritdoc />
    /// <remarks>
    /// Over published posts counted from their counters, reads the posts' columns once for all the periods; over streamed
    /// posts, enumerates them once for all the periods; otherwise (account activity rows, or the platform's own figure)
    /// computes each period in turn.
    /// </remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(periods);
        Preconditions.OptionalChannel(channel);
        if (Source == EngagementSource.PublishedPosts && data.ArePostsStreamed)
        {
            return SharedPass.CalculateMany(this, Calendar, data, periods, channel);
        }

        if (Source != EngagementSource.PublishedPosts || Composition.PlatformFigure is not null)
        {
            return [.. periods.Select(period => Calculate(data, period, channel))];
        }

        var posts = data.PostColumns;
        var lookup = new PeriodLookup(periods, Calendar);
        var tallies = TallyColumns(posts, lookup, channel);
        var method = MethodFor(EngagementSource.PublishedPosts);
        var results = new KpiResult[lookup.Periods.Count];
        for (var p = 0; p < results.Length; p++)
        {
            var byChannel = new SortedDictionary<Channel, Tally>();
            for (var c = 0; c < posts.Channels.Count; c++)
            {
                if (tallies[(p * posts.Channels.Count) + c] is { } tally)
                {
                    byChannel.Add(posts.Channels[c], tally);
                }
            }

            results[p] = Combine(byChannel, data.Audience, lookup.Periods[p], channel, method);
        }

        return lookup.PerRequest(results);
    }

    /// <summary>One tally per (period, channel) of the lookup, null where no post fell; a post missing a counter of the composition is counted as skipped.</summary>
    [MethodImpl(HotLoop.Options)]
    private Tally?[] TallyColumns(PostColumns posts, PeriodLookup lookup, Channel? channel)
    {
        var channels = posts.Channels.Count;
        var tallies = new Tally?[lookup.Periods.Count * channels];
        var kept = channel is { } only ? ColumnTables.IndexOf(posts.Channels, only) : -1;
        if (channel is not null && kept < 0)
        {
            return tallies;
        }

        var counters = Composition.Counters.Select(kind => posts.TryGetCounter(kind, out var column) ? column : CountColumn.NoneReported(posts.Count)).ToArray();
        var ticks = posts.PublishedAtTicks;
        var channelIds = posts.ChannelIds;
        var engagementsOf = new ColumnEngagements(counters);
        var found = new int[lookup.LayerCount * SharedPass.StepRows];
        for (var start = 0; start < posts.Count; start += SharedPass.StepRows)
        {
            var length = Math.Min(SharedPass.StepRows, posts.Count - start);
            lookup.FindStep(ticks.Slice(start, length), found.AsSpan(0, lookup.LayerCount * length));
            for (var at = 0; at < lookup.LayerCount * length; at++)
            {
                var row = start + (at % length);
                if (found[at] is var period and >= 0 && (kept < 0 || channelIds[row] == kept))
                {
                    var tally = tallies[(period * channels) + channelIds[row]] ??= new Tally();
                    if (engagementsOf.Of(row) is { } engagements)
                    {
                        tally.Add(engagements);
                    }
                    else
                    {
                        tally.Skipped++;
                    }
                }
            }
        }

        return tallies;
    }

    /// <summary>The engagements of the rows of some columns, the columns' spans taken once for up to three counters.</summary>
    private readonly ref struct ColumnEngagements
    {
        private readonly CountColumn[] _counters;
        private readonly bool _spansTaken;
        private readonly ReportedRows _reported;
        private readonly ReadOnlySpan<long> _a;
        private readonly ReadOnlySpan<long> _b;
        private readonly ReadOnlySpan<long> _c;

        public ColumnEngagements(CountColumn[] counters)
        {
            _counters = counters;
            CountColumn[] withBitmaps = [.. counters.Where(column => !column.AllReported)];
            _spansTaken = counters.Length is > 0 and <= 3 && withBitmaps.Length <= ReportedRows.MaxColumns;
            if (_spansTaken)
            {
                _reported = new ReportedRows(withBitmaps);
                _a = counters[0].Values;
                _b = counters.Length > 1 ? counters[1].Values : default;
                _c = counters.Length > 2 ? counters[2].Values : default;
            }
        }

        /// <summary>Returns the row's engagements, or null when a counter of the composition is missing.</summary>
        public Int128? Of(int row)
        {
            if (!_spansTaken)
            {
                return EngagementsOf(_counters, row);
            }

            if (!_reported.Has(row))
            {
                return null;
            }

            return _counters.Length switch { 1 => _a[row], 2 => (Int128)_a[row] + _b[row], _ => (Int128)_a[row] + _b[row] + _c[row] };
        }
    }

    // A post missing a counter of the composition has no engagements: not reported is not 0.
    private static Int128? EngagementsOf(CountColumn[] counters, int row)
    {
        Int128 sum = 0;
        foreach (var column in counters)
        {
            if (!column.IsReported(row))
            {
                return null;
            }

            sum += column.Values[row];
        }

        return sum;
    }
}
