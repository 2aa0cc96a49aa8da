using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// The verdict of an <see cref="IOnlineSpikeDetector"/> on one point of a series: which way the value departs
/// from what was expected, how unusual it is, and what it was compared with.
/// </summary>
/// <param name="Timestamp">The point's time.</param>
/// <param name="Value">The point's value.</param>
/// <param name="Direction">
/// <see cref="VolumeDirection.Spike"/> above the band, <see cref="VolumeDirection.Drop"/> below it,
/// <see cref="VolumeDirection.None"/> within it or while the detector is still learning. A detector that reports
/// changes (<see cref="SpikeLikelihoodDetector"/>) also gives a reported point the side of the expected value it lies on.
/// </param>
/// <param name="Score">How unusual the point is, from 0 (ordinary, or not judged) to 1 (as unusual as it gets).</param>
/// <param name="Expected">The value expected from the earlier points; NaN while the detector is still learning.</param>
/// <param name="Lower">The lowest value that is not a drop; NaN while the detector is still learning.</param>
/// <param name="Upper">The highest value that is not a spike; NaN while the detector is still learning.</param>
/// <param name="Compared">How many earlier points the expected value and the band come from; 0 while the detector is still learning.</param>
public readonly record struct SpikeVerdict(
    Instant Timestamp, double Value, VolumeDirection Direction, double Score, double Expected, double Lower, double Upper, int Compared)
{
    /// <summary>Gets whether the detector had enough history to judge the point.</summary>
    public bool IsJudged => Compared > 0;

    /// <summary>Builds the verdict of a point judged before the detector has enough history.</summary>
    /// <param name="timestamp">The point's time.</param>
    /// <param name="value">The point's value.</param>
    /// <returns>A verdict with no direction, a score of 0 and no band.</returns>
    public static SpikeVerdict Learning(Instant timestamp, double value) =>
        new(timestamp, value, VolumeDirection.None, 0, double.NaN, double.NaN, double.NaN, 0);
}

/// <summary>
/// A detector of unusual values that reads a regular series one point at a time, as the points arrive, and judges
/// each point against the points before it only. Its memory is bounded by its window, whatever the series' length.
/// </summary>
/// <remarks>
/// An instance follows one series: create a fresh one per series. Instances are not thread-safe.
/// <see cref="OnlineSpikeDetection.Detect"/> runs one over a whole series.
/// </remarks>
public interface IOnlineSpikeDetector
{
    /// <summary>Gets a short name of the method and its settings.</summary>
    string Name { get; }

    /// <summary>Reads the next point of the series and judges it.</summary>
    /// <param name="timestamp">The point's time; the points of a series come in time order at a regular spacing.</param>
    /// <param name="value">The point's value; finite.</param>
    /// <returns>The verdict on this point.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    SpikeVerdict Observe(Instant timestamp, double value);
}

/// <summary>Runs an <see cref="IOnlineSpikeDetector"/> over a whole series.</summary>
public static class OnlineSpikeDetection
{
    /// <summary>Feeds every point of a series, in order, to a fresh detector and collects its verdicts.</summary>
    /// <param name="detector">A detector that has read nothing yet.</param>
    /// <param name="series">The points, in time order.</param>
    /// <returns>One verdict per point, in the same order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static IReadOnlyList<SpikeVerdict> Detect(IOnlineSpikeDetector detector, IEnumerable<(Instant Timestamp, double Value)> series)
    {
        Preconditions.NotNull(detector);
        Preconditions.NotNull(series);
        var verdicts = new List<SpikeVerdict>();
        foreach (var (timestamp, value) in series)
        {
            verdicts.Add(detector.Observe(timestamp, value));
        }

        return verdicts;
    }
}
