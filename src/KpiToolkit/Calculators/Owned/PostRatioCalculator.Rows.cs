using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The row path of a ratio of sums: plain sums per group over post objects, without an accumulator call per post.</summary>
public abstract partial class PostRatioCalculator
{
    /// <summary>
    /// Reads the posts into sums per (period, channel) group: each post is compared with the current period's bounds,
    /// its channel numbered by the identity of its name, its counters read by mask, and its group written once.
    /// </summary>
    private GroupedAccumulators<RatioAccumulator> RowSumPass(IEnumerable<SocialPost> posts, PeriodAssignment assignment, bool byChannel)
    {
        var reader = new RowSums(this, assignment, byChannel);
        Records.ForEach(posts, ref reader, nameof(posts));
        return reader.ToGroups(Denominator == PostDenominator.Post);
    }

    /// <summary>The sums of one group of the row sum pass; exact in <see cref="Int128"/>, which cannot overflow for any count of posts.</summary>
    private struct RowGroupSums
    {
        public Int128 Numerator;
        public Int128 Denominator;
        public long Used;
        public long Missing;
    }

    /// <summary>The visitor of the row sum pass: the current period's bounds and its groups kept in fields read once per post.</summary>
    private struct RowSums : IRecordVisitor<SocialPost>
    {
        private readonly PeriodAssignment _assignment;
        private readonly bool _byChannel;
        private readonly UInt128 _needed;
        private readonly UInt128[] _kindsBelow;
        private readonly UInt128 _denominatorKindsBelow;
        private readonly bool _hasDenominator;
        private readonly ChannelIndex _channels = new();
        private RowGroupSums[]?[] _bySlot = [];
        private RowGroupSums[] _current = [];
        private Instant _start = Instant.MaxValue;
        private Instant _end = Instant.MinValue;
        private int _slot = -1;

        public RowSums(PostRatioCalculator calculator, PeriodAssignment assignment, bool byChannel)
        {
            _assignment = assignment;
            _byChannel = byChannel;
            _kindsBelow = [.. calculator._numeratorIds.Select(id => (UInt128.One << id) - UInt128.One)];
            _needed = calculator._numeratorMask;
            _hasDenominator = calculator._denominatorId >= 0;
            if (_hasDenominator)
            {
                _needed |= UInt128.One << calculator._denominatorId;
                _denominatorKindsBelow = (UInt128.One << calculator._denominatorId) - UInt128.One;
            }
        }

        public void Visit(SocialPost record)
        {
            var at = record.PublishedAt;
            if ((at < _start || at >= _end) && !Enter(at))
            {
                return;
            }

            var column = _byChannel ? _channels.IndexOf(record.Channel) : 0;
            if (column >= _current.Length)
            {
                Widen(column);
            }

            ref var sums = ref _current[column];
            var counters = record.Counters;
            if (!counters.ReportsAll(_needed))
            {
                sums.Missing++;
                return;
            }

            Int128 numerator = 0;
            foreach (var kindsBelow in _kindsBelow)
            {
                numerator += counters.ReportedValue(kindsBelow);
            }

            sums.Numerator += numerator;
            sums.Denominator += _hasDenominator ? counters.ReportedValue(_denominatorKindsBelow) : 1;
            sums.Used++;
        }

        /// <summary>Returns the groups that read a post, with an accumulator each.</summary>
        public readonly GroupedAccumulators<RatioAccumulator> ToGroups(bool perPost)
        {
            var groups = new List<(ReportingPeriod Period, Channel? Channel, RatioAccumulator Accumulator)>();
            var columns = _channels.InNameOrder();
            foreach (var slot in _assignment.SlotsInTimeOrder)
            {
                var row = slot < _bySlot.Length ? _bySlot[slot] ?? [] : [];
                foreach (var column in columns)
                {
                    var sums = column < row.Length ? row[column] : default;
                    if (sums.Used + sums.Missing > 0)
                    {
                        var denominator = perPost ? sums.Used : sums.Denominator;
                        groups.Add((
                            _assignment.PeriodAt(slot),
                            _byChannel ? _channels[column] : null,
                            RatioAccumulator.FromTotals(Aggregation.RatioOfSums, sums.Numerator, denominator, sums.Used, recordsSkippedForMissingCounters: sums.Missing)));
                    }
                }
            }

            return GroupedAccumulators<RatioAccumulator>.FromGroups(_byChannel, groups);
        }

        /// <summary>Moves to the period of an instant; returns false (bounds emptied, so the next post looks again) when no period wants it.</summary>
        private bool Enter(Instant at)
        {
            var slot = _assignment.SlotOf(at);
            if (slot < 0)
            {
                (_start, _end) = (Instant.MaxValue, Instant.MinValue);
                return false;
            }

            (_start, _end, _slot) = (_assignment.StartAt(slot), _assignment.EndAt(slot), slot);
            if (slot >= _bySlot.Length)
            {
                Array.Resize(ref _bySlot, Math.Max(slot + 1, _bySlot.Length * 2));
            }

            _current = _bySlot[slot] ??= new RowGroupSums[Math.Max(_channels.Count, 1)];
            return true;
        }

        private void Widen(int column)
        {
            Array.Resize(ref _bySlot[_slot], Math.Max(column + 1, _channels.Count));
            _current = _bySlot[_slot]!;
        }
    }
}
