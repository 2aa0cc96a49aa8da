using KpiToolkit.Calculators;

namespace KpiToolkit.Measurements;

/// <summary>Turns the results of a calculator into a <see cref="MeasurementSeries"/>, the input of evaluation and of the dashboard's history.</summary>
public static class KpiResultSeriesExtensions
{
    private const string ResultsName = "results";

    /// <summary>
    /// Makes a measurement series of results of one indicator and one channel (or all channels), such as those of
    /// <c>CalculateByPeriod</c> or <c>CalculateMany</c>: each result with a value becomes a measurement of its
    /// period; each result without one is listed in <see cref="SeriesFromResults.Unavailable"/>.
    /// </summary>
    /// <param name="results">The results, in any order.</param>
    /// <param name="source">Where the numbers came from, set on every measurement; null when not recorded.</param>
    /// <returns>The series and the results without a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="results"/> is empty or holds a null; or its results differ in indicator, channel or cadence, or two are for
    /// the same or overlapping periods (the message names both).
    /// </exception>
    public static SeriesFromResults ToMeasurementSeries(this IEnumerable<KpiResult> results, MeasurementSource? source = null)
    {
        Preconditions.NotNull(results);
        KpiResult[] all = [.. results];
        Preconditions.Check(all.Length > 0, "results must hold at least one result: the series takes its indicator from them.", nameof(results));
        for (var i = 0; i < all.Length; i++)
        {
            var result = Preconditions.Item(all[i], i, nameof(results));
            CheckFits(all[0], result, i);
        }

        Array.Sort(all, (a, b) => a.Period.CompareTo(b.Period));
        for (var i = 1; i < all.Length; i++)
        {
            Preconditions.Check(
                all[i].Period != all[i - 1].Period,
                $"results holds two results for the period {all[i].Period}: {all[i - 1]} and {all[i]}. A series holds one value per period.",
                nameof(results));
        }

        var measurements = all
            .Where(result => result.Value is not null)
            .Select(result => new Measurement(result.Indicator, result.Period, result.Value!.Value, result.Channel, source));
        var series = new MeasurementSeries(all[0].Indicator, measurements, nameof(results));
        return new SeriesFromResults(series, Array.AsReadOnly(all.Where(result => result.Value is null).ToArray()));
    }

    private static void CheckFits(KpiResult first, KpiResult result, int index)
    {
        Preconditions.Check(
            result.Indicator == first.Indicator,
            $"results mixes indicators: results[0] is '{first.Indicator}' but results[{index}] is '{result.Indicator}' ({result.Period}). A series holds one indicator.",
            ResultsName);
        Preconditions.Check(
            Nullable.Equals(result.Channel, first.Channel),
            $"results mixes channels: results[0] is for {Describe(first.Channel)} but results[{index}] is for {Describe(result.Channel)} ({result.Period}). A series holds one channel; group the results by channel first.",
            ResultsName);
        Preconditions.Check(
            result.Period.Cadence == first.Period.Cadence,
            $"results mixes cadences: results[0] is a {first.Period.Cadence} ({first.Period}) but results[{index}] is a {result.Period.Cadence} ({result.Period}). A series holds one cadence.",
            ResultsName);
    }

    private static string Describe(Channel? channel) => channel is { } c ? $"'{c.Name}'" : "all channels";
}
