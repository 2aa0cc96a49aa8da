using System.Globalization;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// A detector that reports a change once, sharply, then waits. Each point's raw surprise adds how many standard
/// deviations it lies from the mean of the points before, how unusual its step from the previous point is, and
/// how unusual its change from the same time the day before is; the square root of that sum, averaged over a few
/// points, is compared with the raw surprises of a long window, and the Gaussian tail probability of the average
/// (Numenta's anomaly likelihood) on a log scale is the score; a longer average against the earlier long averages
/// catches a slow change of regime the same way. A point much like one near the same time the day before (a nightly
/// job, a daily show) is as surprising as its difference from that point, and a burst smaller than the largest of the
/// last days scores a little less. A value beyond the whole range seen so far scores 1 at once (Numenta's spatial
/// anomaly). After a report the detector stays quiet until the event is over, so one burst is one alarm.
/// </summary>
/// <remarks>See <see cref="SpikeLikelihoodDetectorOptions"/> for the settings and why they are what they are.</remarks>
public sealed class SpikeLikelihoodDetector : IOnlineSpikeDetector
{
    // ln(1e10): a tail probability of 1e-10 or less scores 1, as in Numenta's log likelihood.
    private const double LogScale = 23.025850929940457;
    private readonly SpikeLikelihoodDetectorOptions _options;
    private readonly MovingMoments _values;
    private readonly MovingMoments _steps;
    private readonly MovingMoments _raw;
    private readonly double[] _recent;
    private readonly MovingMoments _seasonal;
    private readonly double[] _longRecent;
    private readonly MovingMoments _longAverages;
    private readonly MovingMaximum? _record;
    private double[] _history = [];
    private int _perDay;
    private Instant _first;
    private double _lowest = double.PositiveInfinity;
    private double _highest = double.NegativeInfinity;
    private double _recentSum;
    private double _longRecentSum;
    private long _count;
    private double _previous;
    private int _quietLeft;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The windows, the alarm and the quiet time; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public SpikeLikelihoodDetector(SpikeLikelihoodDetectorOptions? options = null)
    {
        _options = (options ?? new SpikeLikelihoodDetectorOptions()).Validated();
        _values = new MovingMoments(_options.Window);
        _steps = new MovingMoments(_options.Window);
        _raw = new MovingMoments(_options.SurpriseWindow);
        _recent = new double[_options.AveragingWindow];
        _seasonal = new MovingMoments(_options.Window);
        _longRecent = new double[Math.Max(_options.LongAveragingWindow, 1)];
        _longAverages = new MovingMoments(_options.SurpriseWindow);
        _record = _options.RecordWindow > 0 ? new MovingMaximum(_options.RecordWindow) : null;
    }

    /// <inheritdoc />
    public string Name => string.Create(
        CultureInfo.InvariantCulture,
        $"spike likelihood over {_options.Window} points ({_options.AveragingWindow} against {_options.SurpriseWindow}), quiet {_options.QuietPoints} points after {_options.AlarmScore}");

    /// <inheritdoc />
    public SpikeVerdict Observe(Instant timestamp, double value)
    {
        Preconditions.Finite(value);
        var step = _count == 0 ? 0 : value - _previous;
        if (_count == 0)
        {
            _first = timestamp;
        }
        else if (_count == 1)
        {
            // Points a day apart, from the first spacing, when a day is a whole number of points.
            var spacing = (timestamp - _first).TotalMinutes;
            var perDay = spacing > 0 ? 1440 / spacing : 0;
            if (perDay >= 2 && perDay <= 2016 && Math.Abs(perDay - Math.Round(perDay)) < 1e-9 && _options.SeasonWeight > 0)
            {
                // A day of points and the tolerance before it, for the closest match near the same time.
                _perDay = (int)Math.Round(perDay);
                _history = new double[_perDay + _options.SeasonTolerance + 1];
            }
        }

        var seasonal = _perDay > 0 && _count >= _perDay ? value - Past(_count - _perDay) : double.NaN;
        var verdict = Judge(timestamp, value, step, seasonal);
        _values.Add(value);
        _lowest = Math.Min(_lowest, value);
        _highest = Math.Max(_highest, value);
        if (_perDay > 0)
        {
            _history[(int)(_count % _history.Length)] = value;
        }

        if (!double.IsNaN(seasonal))
        {
            _seasonal.Add(seasonal);
        }

        if (_count > 0)
        {
            _steps.Add(step);
        }

        _previous = value;
        _count++;
        return verdict;
    }

    private SpikeVerdict Judge(Instant timestamp, double value, double step, double seasonal)
    {
        if (_values.Count < Math.Min(_options.Window, _options.MinimumHistory))
        {
            return SpikeVerdict.Learning(timestamp, value);
        }

        var expected = _values.Mean;
        var spread = _values.StandardDeviation;
        // The square root tames the surprises' long tail, so the mean and spread of the long window describe them.
        var surprise = Surprise(value - expected, spread) + (_options.StepWeight * Surprise(step - _steps.Mean, _steps.StandardDeviation))
            + (double.IsNaN(seasonal) || _seasonal.Count < 2 ? 0 : _options.SeasonWeight * Surprise(seasonal - _seasonal.Mean, _seasonal.StandardDeviation));
        var raw = Math.Sqrt(Math.Min(surprise, ClosestMatchTheDayBefore(value, step)));

        // The short average of the raw surprise, against the distribution of the raw surprises before it.
        var shortAverage = Average(_recent, ref _recentSum, raw);
        var score = _raw.Count >= _options.AveragingWindow * 2 ? Likelihood(shortAverage, _raw) : 0;
        _raw.Add(raw);

        // The long average, against the long averages before it: a change of regime no few points show.
        if (_options.LongAveragingWindow > 0)
        {
            var longAverage = Average(_longRecent, ref _longRecentSum, raw);
            if (_longAverages.Count >= _options.LongAveragingWindow * 2)
            {
                score = Math.Max(score, Likelihood(longAverage, _longAverages));
            }

            if (_raw.Count >= _options.LongAveragingWindow)
            {
                _longAverages.Add(longAverage);
            }
        }

        // A burst no larger than the largest of the last days is less news than the first of its size.
        if (_record is not null && _raw.Count > _options.AveragingWindow)
        {
            if (shortAverage < _record.Maximum)
            {
                score *= _options.BelowRecordFactor;
            }

            _record.Add(shortAverage);
        }

        // A value beyond the whole range seen so far, by more than a share of that range, is new ground (Numenta's spatial anomaly).
        var margin = _options.RangeTolerance * (_highest - _lowest);
        if (_options.RangeTolerance > 0 && (value > _highest + margin || value < _lowest - margin))
        {
            score = 1;
        }

        if (_quietLeft > 0)
        {
            // Quiet for a while after a report: NAB, like a person on call, counts the first alarm of an event and charges the rest.
            // The quiet lasts until the event is over: it starts again while the score stays at the alarm.
            _quietLeft = score >= _options.AlarmScore ? _options.QuietPoints : _quietLeft - 1;
            score = 0;
        }
        else if (score >= _options.AlarmScore)
        {
            _quietLeft = _options.QuietPoints;
        }

        var band = _options.BandWidth * spread;
        // A point outside the band, or a reported one (its surprise may come from its step), departs the way it lies from the mean.
        var departs = Math.Abs(value - expected) > band || score >= _options.AlarmScore;
        var direction = !departs || value == expected ? VolumeDirection.None : value > expected ? VolumeDirection.Spike : VolumeDirection.Drop;
        return new SpikeVerdict(timestamp, value, direction, score, expected, expected - band, expected + band, _values.Count);
    }

    // The smallest surprise of the point against the points near the same time the day before, each with its step:
    // a burst that comes every day, a little earlier or later, is no news. Infinity when there is no such day.
    private double ClosestMatchTheDayBefore(double value, double step)
    {
        var tolerance = _options.SeasonTolerance;
        if (tolerance == 0 || _perDay == 0 || _count <= _perDay + tolerance || _seasonal.Count < 2)
        {
            return double.PositiveInfinity;
        }

        // One modulo for the first slot, then the ring is walked: a modulo per point would cost more than the rest.
        // Multiplications by the inverse spreads: divisions would be most of the loop's cost.
        var valueInverse = Inverse(_seasonal.StandardDeviation);
        var stepInverse = Inverse(_steps.StandardDeviation);
        var length = _history.Length;
        var slot = (int)((_count - _perDay - tolerance - 1) % length);
        var before = _history[slot];
        var closest = double.PositiveInfinity;
        for (var i = 0; i <= 2 * tolerance; i++)
        {
            slot = slot + 1 == length ? 0 : slot + 1;
            var past = _history[slot];
            var distance = Capped(value - past, valueInverse) + (_options.StepWeight * Capped(step - (past - before), stepInverse));
            closest = Math.Min(closest, distance);
            before = past;
        }

        return closest;
    }

    // 1 / spread, infinite for no spread, so that any departure from it is capped as in Surprise.
    private static double Inverse(double spread) => spread > 0 ? 1 / spread : double.PositiveInfinity;

    // Surprise from the spread's inverse: no departure is no surprise, even with no spread.
    private double Capped(double departure, double inverse) => departure == 0 ? 0 : Math.Min(Math.Abs(departure) * inverse, _options.SurpriseCap);

    private double Past(long index) => _history[(int)(index % _history.Length)];

    // Adds the raw surprise to a ring of the last ones and returns their average.
    private double Average(double[] ring, ref double sum, double raw)
    {
        var slot = (int)(_count % ring.Length);
        sum += raw - ring[slot];
        ring[slot] = raw;
        return sum / ring.Length;
    }

    // The Gaussian tail probability of an average against the distribution of earlier values, on a log scale.
    private double Likelihood(double average, MovingMoments earlier)
    {
        var z = (average - earlier.Mean) / Math.Max(earlier.StandardDeviation, _options.MinimumSurpriseSpread);
        return Math.Clamp(-Math.Log(GaussianTail.Above(z) + 1e-10) / LogScale, 0, 1);
    }

    // How many spreads a departure is, capped so one wild point cannot dominate the long window's distribution.
    private double Surprise(double departure, double spread)
    {
        if (spread <= 0)
        {
            return departure == 0 ? 0 : _options.SurpriseCap;
        }

        return Math.Min(Math.Abs(departure) / spread, _options.SurpriseCap);
    }
}
