using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The engagement rate by audience in a dashboard's shared read of the posts.</summary>
public sealed partial class PeriodEngagementRateCalculator : IPostPass
{
    /// <inheritdoc />
    PassReader<SocialPost> IPostPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, data, lookup, channel);

    /// <summary>
    /// Keeps one tally per period and channel of the posts it is given, as <see cref="CalculateMany"/> does; over account
    /// activity it reads no post and computes each period from the rows at the end.
    /// </summary>
    private sealed class Reader(PeriodEngagementRateCalculator calculator, ActivityData data, PeriodLookup lookup, Channel? channel)
        : PassReader<SocialPost>, IColumnStepReader<PostColumns>
    {
        private readonly SortedDictionary<Channel, Tally>[] _tallies = [.. lookup.Periods.Select(_ => new SortedDictionary<Channel, Tally>())];
        private readonly bool _readsPosts = calculator.Source == EngagementSource.PublishedPosts;
        private PostColumns? _columns;
        private CountColumn[] _counters = [];

        // Each period's tallies by the columns' channel id, so a post costs an array read, not a sorted lookup.
        private Tally?[][] _talliesById = [];

        public override void Add(SocialPost record, ReadOnlySpan<int> periods)
        {
            if (!_readsPosts)
            {
                return;
            }

            var engagements = calculator.Engagements(record);
            foreach (var period in periods)
            {
                Add(TallyOf(_tallies[period], record.Channel), engagements);
            }
        }

        [MethodImpl(HotLoop.Options)]
        public void AddStep(PostColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            if (!_readsPosts)
            {
                return;
            }

            // The platform's own figure is on the post, not in a counter column: those posts are read as rows.
            if (calculator.Composition.PlatformFigure is not null)
            {
                for (var k = 0; k < rows.Length; k++)
                {
                    Add(columns[rows[k]], periods.Slice(k, 1));
                }

                return;
            }

            if (!ReferenceEquals(_columns, columns))
            {
                _columns = columns;
                _counters = [.. calculator.Composition.Counters.Select(kind => columns.TryGetCounter(kind, out var column) ? column : CountColumn.NoneReported(columns.Count))];
                _talliesById = [.. _tallies.Select(_ => new Tally?[columns.Channels.Count])];
            }

            var channels = columns.ChannelIds;
            var engagementsOf = new ColumnEngagements(_counters);
            for (var k = 0; k < rows.Length; k++)
            {
                var row = rows[k];
                var period = periods[k];
                var id = channels[row];
                var tally = _talliesById[period][id] ??= TallyOf(_tallies[period], columns.Channels[id]);
                Add(tally, engagementsOf.Of(row));
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords)
        {
            var method = calculator.MethodFor(calculator.Source);
            return _readsPosts
                ? [.. lookup.Periods.Select((period, i) => calculator.Combine(_tallies[i], data.Audience, period, channel, method))]
                : [.. lookup.Periods.Select(period => calculator.Calculate(data.ChannelActivity, period, data.Audience, channel))];
        }

        private static void Add(Tally tally, Int128? engagements)
        {
            if (engagements is { } sum)
            {
                tally.Add(sum);
            }
            else
            {
                tally.Skipped++;
            }
        }
    }
}
