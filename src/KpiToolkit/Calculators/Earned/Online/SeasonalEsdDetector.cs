using System.Globalization;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>Which departures a detector reports.</summary>
public enum SpikeSide
{
    /// <summary>Values above and below what was expected.</summary>
    Both,

    /// <summary>Values above what was expected only (spikes).</summary>
    Above,

    /// <summary>Values below what was expected only (drops).</summary>
    Below,
}

/// <summary>The options of <see cref="SeasonalEsdDetector"/>.</summary>
public sealed class SeasonalEsdDetectorOptions
{
    /// <summary>Gets or sets the season in points; 0 takes a day, from the spacing of the first two points.</summary>
    /// <value>0. Must be at least 0; a day that is not a whole number of points gives no season.</value>
    public int SeasonLength { get; set; }

    /// <summary>
    /// Gets or sets how many seasons the trailing window holds (Twitter's piecewise window, which it sets to two weeks);
    /// as many days of points when a day is no whole number of points.
    /// </summary>
    /// <value>7: a week of days, so the weekly cycle is within the window. Must be at least 2.</value>
    public int Seasons { get; set; } = 7;

    /// <summary>Gets or sets the largest share of the window that may be anomalous (Twitter's <c>max_anoms</c>).</summary>
    /// <value>0.02. Must be in (0, 0.49].</value>
    public double MaxAnoms { get; set; } = 0.02;

    /// <summary>Gets or sets the significance level of the generalized ESD test.</summary>
    /// <value>0.05. Must be in (0, 0.5).</value>
    public double Alpha { get; set; } = 0.05;

    /// <summary>Gets or sets which departures are reported (Twitter's <c>direction</c>).</summary>
    /// <value><see cref="SpikeSide.Both"/>.</value>
    public SpikeSide Direction { get; set; } = SpikeSide.Both;
}

/// <summary>
/// Seasonal Hybrid ESD (Twitter's S-H-ESD), online over a trailing window: the window is split into its season's
/// median per slot and the window's median, and the generalized ESD test (Rosner), with the median and MAD in
/// place of the mean and standard deviation, runs on the residuals; the newest point is reported when the test
/// counts it among the anomalies. It judges from two seasons on, over the window as it grows.
/// </summary>
/// <remarks>
/// The seasonal part is the median of each slot over the window rather than STL's loess, so that it is cheap
/// and robust to the anomalies themselves. The score is z / (z + λ), z the newest residual's robust z-score and
/// λ the ESD critical value of the step that removed it (the first step's when it was not removed): above 0.5
/// when reported.
/// </remarks>
public sealed class SeasonalEsdDetector : IOnlineSpikeDetector
{
    private const double MadConsistency = 1.4826;

    // The fewest points the test runs on.
    private const int MinimumPoints = 8;
    private readonly SeasonalEsdDetectorOptions _options;
    private double[] _ring = [];
    private double[] _residuals = [];
    private double[] _work = [];
    private long _count;
    private Instant _first;
    private int _season;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The season, window, maximum share of anomalies, level and direction; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public SeasonalEsdDetector(SeasonalEsdDetectorOptions? options = null)
    {
        var o = options ?? new SeasonalEsdDetectorOptions();
        Check(o.SeasonLength >= 0, $"SeasonLength must be at least 0 (0 takes a day), but was {o.SeasonLength}.");
        Check(o.Seasons >= 2, $"Seasons must be at least 2, but was {o.Seasons}.");
        Check(o.MaxAnoms > 0 && o.MaxAnoms <= 0.49, $"MaxAnoms must be in (0, 0.49], but was {o.MaxAnoms}.");
        Check(o.Alpha > 0 && o.Alpha < 0.5, $"Alpha must be in (0, 0.5), but was {o.Alpha}.");
        Check(Enum.IsDefined(o.Direction), $"Direction must be Both, Above or Below, but was {o.Direction}.");
        _options = new SeasonalEsdDetectorOptions { SeasonLength = o.SeasonLength, Seasons = o.Seasons, MaxAnoms = o.MaxAnoms, Alpha = o.Alpha, Direction = o.Direction };
        if (o.SeasonLength > 0)
        {
            Allocate(o.SeasonLength, 0);
        }
    }

    /// <inheritdoc />
    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"seasonal hybrid ESD over {_options.Seasons} seasons, max_anoms {_options.MaxAnoms}, alpha {_options.Alpha}, {_options.Direction}");

    /// <inheritdoc />
    public SpikeVerdict Observe(Instant timestamp, double value)
    {
        Preconditions.Finite(value);
        if (_count == 0)
        {
            _first = timestamp;
        }
        else if (_season == 0 && _count == 1)
        {
            var perDay = 1440 / Math.Max((timestamp - _first).TotalMinutes, 1e-9);
            var whole = perDay >= 2 && perDay <= 10_000 && Math.Abs(perDay - Math.Round(perDay)) < 1e-9;

            // Without a whole day of points there is no season, but the window still spans as many days.
            Allocate(whole ? (int)Math.Round(perDay) : 1, (int)Math.Round(Math.Min(perDay, 10_000)));
        }

        // Judged from two seasons on, over the window as it grows: each slot then has two points for its median.
        var verdict = _ring.Length > 0 && _count + 1 >= Math.Min(_ring.Length, Math.Max(2 * _season, MinimumPoints)) ? Judge(timestamp, value) : SpikeVerdict.Learning(timestamp, value);
        if (_ring.Length > 0)
        {
            _ring[(int)(_count % _ring.Length)] = value;
        }

        _count++;
        return verdict;
    }

    // The window holds Seasons seasons, or as many days of points when there is no season.
    private void Allocate(int season, int pointsPerDay)
    {
        _season = season;
        var length = Math.Max(Math.Max(season, pointsPerDay) * _options.Seasons, MinimumPoints);
        _ring = new double[length];
        _residuals = new double[length];
        _work = new double[length];
    }

    private SpikeVerdict Judge(Instant timestamp, double value)
    {
        // The window in time order, the newest point last; the slot of point j is j modulo the season.
        var length = _ring.Length;
        var n = (int)Math.Min(_count + 1, length);
        var window = _work;
        for (var i = 0; i < n - 1; i++)
        {
            window[i] = _ring[(int)((_count - (n - 1) + i) % length)];
        }

        window[n - 1] = value;
        var level = Median(window, n);
        var slots = new double[(n + _season - 1) / _season];
        var seasonal = new double[_season];
        for (var slot = 0; slot < _season; slot++)
        {
            var k = 0;
            for (var i = slot; i < n; i += _season)
            {
                slots[k++] = window[i];
            }

            seasonal[slot] = Statistics.MedianInPlace(slots.AsSpan(0, k)) - level;
        }

        for (var i = 0; i < n; i++)
        {
            _residuals[i] = window[i] - seasonal[i % _season] - level;
        }

        var expected = seasonal[(n - 1) % _season] + level;
        var (score, z, spread) = Test(n);
        var band = spread * Critical(n, 1);
        var side = value >= expected ? VolumeDirection.Spike : VolumeDirection.Drop;
        var reported = score >= 0.5 && z != 0;
        return new SpikeVerdict(timestamp, value, reported ? side : VolumeDirection.None, score, expected, expected - band, expected + band, n - 1);
    }

    // The generalized ESD test on the residuals, median and MAD in place of mean and σ: returns the newest point's
    // score, its robust z-score and the MAD-based spread of the residuals.
    private (double Score, double Z, double Spread) Test(int n)
    {
        var maxOutliers = Math.Max(1, (int)Math.Floor(n * _options.MaxAnoms));
        var alive = new bool[n];
        Array.Fill(alive, true);
        var copy = new double[n];
        double firstSpread = 0;
        var newestStep = 0;
        var anomalies = 0;
        var lambdaOfNewest = Critical(n, 1);
        for (var step = 1; step <= maxOutliers; step++)
        {
            var m = 0;
            for (var i = 0; i < n; i++)
            {
                if (alive[i])
                {
                    copy[m++] = _residuals[i];
                }
            }

            var median = Statistics.MedianInPlace(copy.AsSpan(0, m));
            var j = 0;
            for (var i = 0; i < n; i++)
            {
                if (alive[i])
                {
                    copy[j++] = Math.Abs(_residuals[i] - median);
                }
            }

            var spread = MadConsistency * Statistics.MedianInPlace(copy.AsSpan(0, m));
            if (step == 1)
            {
                firstSpread = spread;
            }

            if (spread == 0)
            {
                break;
            }

            var worst = -1;
            var worstR = -1.0;
            for (var i = 0; i < n; i++)
            {
                var departure = _residuals[i] - median;
                var r = _options.Direction switch
                {
                    SpikeSide.Above => departure,
                    SpikeSide.Below => -departure,
                    _ => Math.Abs(departure),
                };
                if (alive[i] && r / spread > worstR)
                {
                    worstR = r / spread;
                    worst = i;
                }
            }

            var lambda = Critical(n, step);
            if (worstR > lambda)
            {
                anomalies = step;
            }

            alive[worst] = false;
            if (worst == n - 1)
            {
                newestStep = step;
                lambdaOfNewest = lambda;
            }
        }

        var newest = _residuals[n - 1] - Median(_residuals, n);
        var z = firstSpread > 0 ? Math.Abs(newest) / firstSpread : newest == 0 ? 0 : double.PositiveInfinity;
        var wrongSide = (_options.Direction == SpikeSide.Above && newest < 0) || (_options.Direction == SpikeSide.Below && newest > 0);
        if (wrongSide)
        {
            return (0, 0, firstSpread);
        }

        var reported = newestStep > 0 && newestStep <= anomalies;
        var score = double.IsInfinity(z) ? 1 : z / (z + lambdaOfNewest);
        return (reported ? Math.Max(score, 0.5) : Math.Min(score, Math.BitDecrement(0.5)), z, firstSpread);
    }

    // Rosner's critical value λ_i = (n − i) t / √((n − i − 1 + t²)(n − i + 1)), t the Student quantile at 1 − α / (2(n − i + 1)).
    private double Critical(int n, int step)
    {
        var p = 1 - (_options.Alpha / (2.0 * (n - step + 1)));
        var t = StudentQuantile.Of(p, n - step - 1);
        return (n - step) * t / Math.Sqrt((n - step - 1 + (t * t)) * (n - step + 1));
    }

    private static double Median(double[] values, int n)
    {
        var copy = values.AsSpan(0, n).ToArray();
        return Statistics.MedianInPlace(copy);
    }

    private static void Check(bool condition, FormattableString message)
    {
        if (!condition)
        {
            throw new ArgumentException(string.Concat(nameof(SeasonalEsdDetectorOptions), ".", message.ToString(CultureInfo.InvariantCulture)), "options");
        }
    }
}
