using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Alerts;

/// <summary>
/// When an unusual value is worth an alert: a detector judges each value of a series as it arrives; the rule keeps the
/// verdicts that go the chosen way, are unusual enough and concern enough volume, and stays quiet for a cool-down after
/// each alert so one crisis makes one alert, not one per bucket.
/// </summary>
/// <remarks>Immutable; one rule serves any number of <see cref="SpikeAlertMonitor"/>s, each with a detector of its own.</remarks>
public sealed class SpikeAlertRule
{
    /// <summary>The default <see cref="MinimumVolume"/>: ten mentions in a bucket.</summary>
    public const double DefaultMinimumVolume = 10;

    /// <summary>The default <see cref="MinimumScore"/>.</summary>
    public const double DefaultMinimumScore = 0.5;

    /// <summary>Creates a rule.</summary>
    /// <param name="name">The rule's name, carried by its alerts (<c>mention-spike</c>).</param>
    /// <param name="detector">
    /// Makes a fresh detector for each series; a <see cref="SpikeLikelihoodDetector"/> with its defaults when null,
    /// the detector the docs recommend for mention volume.
    /// </param>
    /// <param name="minimumVolume">
    /// A value, or for a drop the expected value, below this never alerts: on a quiet account a rise from 2 to 6
    /// mentions is unusual and still not worth waking anyone. 0 alerts on any volume.
    /// </param>
    /// <param name="direction">Which ways alert: spikes only by default, the usual concern of mention volume.</param>
    /// <param name="minimumScore">
    /// The lowest score, in [0, 1], that alerts: 0.5 by default, the alarm score of <see cref="SpikeLikelihoodDetector"/>,
    /// which also marks a point merely outside its band as a spike or a drop with a lower score.
    /// </param>
    /// <param name="coolDown">
    /// How long after an alert the rule stays quiet for the same direction: six hours by default, so that an hour-by-hour
    /// series of a crisis makes one alert a working morning, not one an hour. A change of direction alerts at once.
    /// </param>
    /// <exception cref="ArgumentException">The name is blank, a number is out of range or the direction is none.</exception>
    public SpikeAlertRule(
        string name,
        Func<IOnlineSpikeDetector>? detector = null,
        double minimumVolume = DefaultMinimumVolume,
        AlertDirections direction = AlertDirections.Spikes,
        double minimumScore = DefaultMinimumScore,
        Duration? coolDown = null)
    {
        Name = Preconditions.NotBlank(name).Trim();
        Detector = detector ?? (static () => new SpikeLikelihoodDetector());
        Preconditions.Check(double.IsFinite(minimumVolume) && minimumVolume >= 0, $"minimumVolume must be a finite number of 0 or more, but was {minimumVolume}.", nameof(minimumVolume));
        MinimumVolume = minimumVolume;
        Preconditions.Check(direction is AlertDirections.Spikes or AlertDirections.Drops or AlertDirections.Both, $"direction must be Spikes, Drops or Both, but was {direction}.", nameof(direction));
        Direction = direction;
        Preconditions.Check(minimumScore is >= 0 and <= 1, $"minimumScore must be between 0 and 1, but was {minimumScore}.", nameof(minimumScore));
        MinimumScore = minimumScore;
        CoolDown = coolDown ?? Duration.FromHours(6);
        Preconditions.Check(CoolDown >= Duration.Zero, $"coolDown must not be negative, but was {CoolDown}.", nameof(coolDown));
    }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <summary>Gets what makes a fresh detector for each series.</summary>
    public Func<IOnlineSpikeDetector> Detector { get; }

    /// <summary>Gets the volume below which nothing alerts.</summary>
    public double MinimumVolume { get; }

    /// <summary>Gets which ways alert.</summary>
    public AlertDirections Direction { get; }

    /// <summary>Gets the lowest score that alerts.</summary>
    public double MinimumScore { get; }

    /// <summary>Gets how long the rule stays quiet for the same direction after an alert.</summary>
    public Duration CoolDown { get; }

    /// <summary>The rule the docs recommend for a brand's hourly mention volume: spikes of ten mentions or more, six hours apart.</summary>
    /// <returns>A rule named <c>mention-spike</c>.</returns>
    public static SpikeAlertRule MentionSpikes() => new("mention-spike");
}
