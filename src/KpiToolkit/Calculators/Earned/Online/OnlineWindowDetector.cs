using System.Globalization;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// The shared skeleton of online detectors that compare each point with a window of earlier points, plain or
/// seasonal: it keeps the last points in a ring, finds the season when asked to, and turns the baseline a
/// subclass computes into a verdict.
/// </summary>
/// <remarks>
/// The band is expected ± <see cref="OnlineWindowOptions.K"/> × scale, and the score is |z| / (|z| + K) with
/// z = (value − expected) / scale: 0 on the expected value, 0.5 on the band's edge, towards 1 far outside.
/// A window that does not vary (scale 0) gives a score of 0 on its value and 1 anywhere else.
/// </remarks>
public abstract class OnlineWindowDetector : IOnlineSpikeDetector
{
    private readonly double[] _ring;
    private readonly double[] _window;
    private readonly int[] _candidates;
    private readonly int _configuredSeason;
    private long _count;
    private int _season;

    /// <summary>Initialises the detector.</summary>
    /// <param name="options">The window, season and band.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    protected OnlineWindowDetector(OnlineWindowOptions options)
    {
        Preconditions.NotNull(options);
        var type = options.GetType().Name;
        Check(options.Window >= 2, $"{type}.Window must be at least 2 points, but was {options.Window}.");
        Check(options.SeasonLength >= 0, $"{type}.SeasonLength must be at least 0 (0 finds it from the series), but was {options.SeasonLength}.");
        Check(double.IsFinite(options.K) && options.K > 0, $"{type}.K must be a positive number, but was {options.K}.");
        Check(
            options.MinimumCorrelation > 0 && options.MinimumCorrelation <= 1,
            $"{type}.MinimumCorrelation must be in (0, 1], but was {options.MinimumCorrelation}.");
        Preconditions.NotNull(options.SeasonCandidates);
        _candidates = [.. options.SeasonCandidates];
        if (options.SeasonLength == 0)
        {
            Check(_candidates.Length > 0, $"{type}.SeasonCandidates must hold at least one period when SeasonLength is 0 (found from the series).");
            Check(_candidates.All(c => c >= 2), $"{type}.SeasonCandidates must be periods of at least 2 points, but were {string.Join(", ", _candidates)}.");
        }

        var longest = options.SeasonLength == 0 ? _candidates.Max() : options.SeasonLength;
        Check((long)options.Window * longest <= 10_000_000, $"{type}.Window × the season must not exceed 10,000,000 points, but was {(long)options.Window * longest}.");
        Window = options.Window;
        K = options.K;
        MinimumCorrelation = options.MinimumCorrelation;
        _configuredSeason = options.SeasonLength;
        _season = options.SeasonLength;
        _ring = new double[Window * longest];
        _window = new double[Window];
    }

    /// <summary>Gets how many earlier points form the baseline.</summary>
    public int Window { get; }

    /// <summary>Gets how many spreads from the expected value the band reaches.</summary>
    public double K { get; }

    /// <summary>Gets the autocorrelation a candidate season needs.</summary>
    public double MinimumCorrelation { get; }

    /// <summary>Gets the step between baseline points; 0 until it has been found from the series.</summary>
    public int SeasonLength => _season;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public SpikeVerdict Observe(Instant timestamp, double value)
    {
        Preconditions.Finite(value);
        var capacity = _ring.Length;
        if (_season == 0 && _count == capacity)
        {
            // The ring is full and in time order from its start: the whole history the season is found from.
            _season = Seasonality.FindPeriod(_ring, _candidates, MinimumCorrelation);
        }

        SpikeVerdict verdict;
        if (_season == 0 || _count < (long)Window * _season)
        {
            verdict = SpikeVerdict.Learning(timestamp, value);
        }
        else
        {
            // The point read n points ago sits at (count − n) modulo the ring's length.
            for (var k = 0; k < Window; k++)
            {
                _window[k] = _ring[(int)((_count - ((k + 1) * (long)_season)) % capacity)];
            }

            verdict = Verdict(timestamp, value);
        }

        _ring[(int)(_count % capacity)] = value;
        _count++;
        return verdict;
    }

    /// <summary>
    /// Judges a whole series from its array, each point against the earlier points read by position: the same
    /// verdicts as feeding the points one by one to a fresh detector with the same options.
    /// </summary>
    /// <param name="series">The points, in time order.</param>
    /// <returns>One verdict per point, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public IReadOnlyList<SpikeVerdict> DetectAll(IReadOnlyList<(Instant Timestamp, double Value)> series)
    {
        Preconditions.NotNull(series);
        var values = new double[series.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Preconditions.Finite(series[i].Value, $"{nameof(series)}[{i}].Value");
        }

        var season = _configuredSeason;
        if (season == 0 && values.Length > _ring.Length)
        {
            season = Seasonality.FindPeriod(values.AsSpan(0, _ring.Length), _candidates, MinimumCorrelation);
        }

        var verdicts = new SpikeVerdict[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var judged = season > 0 && i >= (long)Window * season && (_configuredSeason > 0 || i >= _ring.Length);
            if (!judged)
            {
                verdicts[i] = SpikeVerdict.Learning(series[i].Timestamp, values[i]);
                continue;
            }

            for (var k = 0; k < Window; k++)
            {
                _window[k] = values[i - ((k + 1) * season)];
            }

            verdicts[i] = Verdict(series[i].Timestamp, values[i]);
        }

        return verdicts;
    }

    /// <summary>Computes the baseline of a window of earlier values.</summary>
    /// <param name="window">The earlier values, most recent first; reused, do not keep it, but it may be reordered.</param>
    /// <returns>The expected value and the scale: what a z-score of 1 is worth.</returns>
    protected abstract (double Expected, double Scale) Baseline(Span<double> window);

    private SpikeVerdict Verdict(Instant timestamp, double value)
    {
        var (expected, scale) = Baseline(_window);
        var direction = value > expected + (K * scale) ? VolumeDirection.Spike : value < expected - (K * scale) ? VolumeDirection.Drop : VolumeDirection.None;
        double score;
        if (scale > 0)
        {
            var z = Math.Abs(value - expected) / scale;
            score = double.IsFinite(z) ? z / (z + K) : 1;
        }
        else
        {
            score = value == expected ? 0 : 1;
        }

        return new SpikeVerdict(timestamp, value, direction, score, expected, expected - (K * scale), expected + (K * scale), Window);
    }

    private static void Check(bool condition, FormattableString message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToString(CultureInfo.InvariantCulture), "options");
        }
    }
}
