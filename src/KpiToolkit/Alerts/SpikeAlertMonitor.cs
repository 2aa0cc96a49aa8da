using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Alerts;

/// <summary>
/// Follows one series with one <see cref="SpikeAlertRule"/>: each value that arrives goes to the rule's detector, and
/// the monitor says whether it makes an alert. Keep one per series (a brand's hourly mentions, say) for as long as the
/// series runs: its memory is the detector's window.
/// </summary>
/// <remarks>
/// Not thread-safe: feed it from one place, in time order. A bucket that does not start after the last one read is
/// refused rather than read twice, as a detector would count it twice; <see cref="LastObserved"/> tells a host that
/// may receive a bucket again (a retried message) which ones it has already read.
/// </remarks>
public sealed class SpikeAlertMonitor
{
    private readonly IOnlineSpikeDetector _detector;
    private readonly IClock _clock;
    private readonly Func<Interval, SpikeExplanation?>? _explain;
    // When each direction last alerted: a cool-down silences its own direction only.
    private Instant? _lastSpike;
    private Instant? _lastDrop;

    /// <summary>Creates a monitor.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="subject">What the series is: <c>mentions</c>, or an indicator's key.</param>
    /// <param name="clock">Gives <see cref="KpiAlert.RaisedAt"/>: the host's <see cref="IClock"/>, as registered by <c>AddKpiToolkit()</c>.</param>
    /// <param name="scope">The part of the series followed, such as a brand; null for all of it.</param>
    /// <param name="explain">
    /// For a mention series, says what is behind a spiking bucket (see <see cref="SpikeExplainer"/>), so the alert says
    /// whether it is the good kind or the bad kind; null for none.
    /// </param>
    /// <exception cref="ArgumentException">The rule or the clock is null, or the subject blank.</exception>
    public SpikeAlertMonitor(SpikeAlertRule rule, string subject, IClock clock, string? scope = null, Func<Interval, SpikeExplanation?>? explain = null)
    {
        Rule = Preconditions.NotNull(rule);
        Subject = Preconditions.NotBlank(subject).Trim();
        Scope = scope;
        _clock = Preconditions.NotNull(clock);
        _explain = explain;
        _detector = rule.Detector() ?? throw new ArgumentException($"The detector factory of rule '{rule.Name}' returned null.", nameof(rule));
    }

    /// <summary>Gets the rule.</summary>
    public SpikeAlertRule Rule { get; }

    /// <summary>Gets what the series is.</summary>
    public string Subject { get; }

    /// <summary>Gets the part of the series followed.</summary>
    public string? Scope { get; }

    /// <summary>Gets when the last bucket read starts; null before the first.</summary>
    public Instant? LastObserved { get; private set; }

    /// <summary>Reads the next value of the series and returns the alert it makes, if any.</summary>
    /// <param name="start">When the value's bucket starts; after the previous one's.</param>
    /// <param name="end">When it ends.</param>
    /// <param name="value">The value; finite.</param>
    /// <returns>The alert, or null.</returns>
    /// <exception cref="ArgumentException">
    /// The value is NaN or infinite, the bucket ends before it starts, or it does not start after the last bucket read.
    /// </exception>
    public KpiAlert? Observe(Instant start, Instant end, double value)
    {
        Preconditions.Finite(value);
        Preconditions.Check(end >= start, $"The bucket ends at {end}, before it starts at {start}.", nameof(end));
        Preconditions.Check(
            LastObserved is not { } last || start > last,
            $"The bucket starting at {start} does not start after the last one read, at {LastObserved}: buckets are read once each, in time order.",
            nameof(start));
        LastObserved = start;
        var verdict = _detector.Observe(start, value);
        if (!Alerts(verdict, out var kind))
        {
            return null;
        }

        if (kind == KpiAlertKind.Drop)
        {
            _lastDrop = start;
        }
        else
        {
            _lastSpike = start;
        }

        return new KpiAlert
        {
            Rule = Rule.Name,
            Subject = Subject,
            Scope = Scope,
            Kind = kind,
            Direction = verdict.Direction,
            Start = start,
            End = end,
            Value = value,
            Expected = verdict.Expected,
            Lower = verdict.Lower,
            Upper = verdict.Upper,
            Score = verdict.Score,
            RaisedAt = _clock.GetCurrentInstant(),
            Explanation = kind == KpiAlertKind.Spike ? _explain?.Invoke(new Interval(start, end)) : null,
        };
    }

    /// <summary>
    /// Reads a bucket of mentions once it is complete. A bucket still filling (<see cref="IntradayBucket.IsComplete"/>
    /// false) is not read, so its partial count is never judged as a drop; give it again once it has closed.
    /// </summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The alert, or null; null too for a bucket still filling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> is null.</exception>
    public KpiAlert? Observe(IntradayBucket bucket)
    {
        Preconditions.NotNull(bucket);
        return bucket.IsComplete ? Observe(bucket.Start, bucket.End, bucket.Count) : null;
    }

    private bool Alerts(SpikeVerdict verdict, out KpiAlertKind kind)
    {
        kind = verdict.Direction == VolumeDirection.Drop ? KpiAlertKind.Drop : KpiAlertKind.Spike;
        var wanted = verdict.Direction switch
        {
            VolumeDirection.Spike => Rule.Direction.HasFlag(AlertDirections.Spikes),
            VolumeDirection.Drop => Rule.Direction.HasFlag(AlertDirections.Drops),
            _ => false,
        };

        // A drop concerns the volume that went missing: the expected value, not the few that remain.
        var volume = verdict.Direction == VolumeDirection.Drop ? verdict.Expected : verdict.Value;
        if (!wanted || verdict.Score < Rule.MinimumScore || !(volume >= Rule.MinimumVolume))
        {
            return false;
        }

        var last = kind == KpiAlertKind.Drop ? _lastDrop : _lastSpike;
        return last is not { } at || verdict.Timestamp - at >= Rule.CoolDown;
    }
}
