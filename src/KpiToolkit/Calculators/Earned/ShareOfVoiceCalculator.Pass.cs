using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The share of voice of many periods in one read of the mentions, alone or in a dashboard's shared pass.</summary>
public sealed partial class ShareOfVoiceCalculator : IMentionPass
{
    /// <inheritdoc />
    /// <remarks>Reads the mentions once for all the periods: their columns when the data holds them as columns.</remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
        SharedPass.CalculateMany(this, Calendar, data, periods, channel);

    /// <inheritdoc />
    PassReader<Mention> IMentionPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, lookup, channel);

    /// <summary>What <see cref="Analyze(IEnumerable{Mention}, ReportingPeriod, Channel?)"/> adds up, kept for one period.</summary>
    private sealed class Weights(int setSize)
    {
        public Int128[] BySubject { get; } = new Int128[setSize];

        public long Outside { get; set; }

        public long Missing { get; set; }

        public long Used { get; set; }

        public void Add(int index, Int128? weight)
        {
            if (index < 0)
            {
                Outside++;
            }
            else if (weight is { } known)
            {
                BySubject[index] += known;
                Used++;
            }
            else
            {
                Missing++;
            }
        }
    }

    // The channel is the pass's to filter: every record given is of the scope.
    private sealed class Reader(ShareOfVoiceCalculator calculator, PeriodLookup lookup, Channel? channel)
        : PassReader<Mention>, IColumnStepReader<MentionColumns>
    {
        private readonly Weights[] _periods = [.. lookup.Periods.Select(_ => new Weights(calculator._set.Length))];
        private MentionColumns? _columns;
        private int[] _setIndexOf = [];

        public override void Add(Mention record, ReadOnlySpan<int> periods)
        {
            var index = Array.IndexOf(calculator._set, record.Subject);
            var weight = calculator.WeightOf(record);
            foreach (var period in periods)
            {
                _periods[period].Add(index, weight);
            }
        }

        [MethodImpl(HotLoop.Options)]
        public void AddStep(MentionColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            // Each subject of the columns' table is placed in the set once, not each mention.
            if (!ReferenceEquals(_columns, columns))
            {
                _columns = columns;
                _setIndexOf = [.. columns.Subjects.Select(subject => Array.IndexOf(calculator._set, subject))];
            }

            var subjects = columns.SubjectIds;
            for (var k = 0; k < rows.Length; k++)
            {
                _periods[periods[k]].Add(_setIndexOf[subjects[rows[k]]], calculator.WeightOf(columns, rows[k]));
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) =>
            [.. lookup.Periods.Select((period, i) =>
            {
                var weights = _periods[i];
                return calculator.Result(period, channel, weights.BySubject, weights.Outside, weights.Missing, weights.Used).Company;
            })];
    }
}
