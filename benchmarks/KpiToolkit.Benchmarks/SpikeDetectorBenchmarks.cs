using BenchmarkDotNet.Attributes;
using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// The online cost per point of the recommended spike detector: one operation is one point read and judged
/// (OperationsPerInvoke), over a series of 100,000 five-minute points, a daily cycle with noise and a few bursts.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("SpikeDetector")]
public class SpikeDetectorBenchmarks
{
    private const int Points = 100_000;
    private readonly Instant[] _timestamps = new Instant[Points];
    private readonly double[] _values = new double[Points];

    /// <summary>Builds the series.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (var i = 0; i < Points; i++)
        {
            _timestamps[i] = start + Duration.FromMinutes(5 * i);
            _values[i] = 100 + (30 * Math.Sin(i * 2 * Math.PI / 288)) + (random.NextDouble() * 10) + (i % 5_000 < 20 ? 80 : 0);
        }
    }

    /// <summary>Feeds every point to a fresh <see cref="SpikeLikelihoodDetector"/> with its default settings.</summary>
    /// <returns>The sum of the scores, so the work cannot be skipped.</returns>
    [Benchmark(OperationsPerInvoke = Points)]
    public double SpikeLikelihood()
    {
        var detector = new SpikeLikelihoodDetector();
        var sum = 0.0;
        for (var i = 0; i < Points; i++)
        {
            sum += detector.Observe(_timestamps[i], _values[i]).Score;
        }

        return sum;
    }
}
