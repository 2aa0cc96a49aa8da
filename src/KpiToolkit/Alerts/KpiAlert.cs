using System.Globalization;
using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Alerts;

/// <summary>What an alert says happened.</summary>
public enum KpiAlertKind
{
    /// <summary>The value rose unusually high for its series: more mentions than usual, say.</summary>
    Spike,

    /// <summary>The value fell unusually low for its series.</summary>
    Drop,

    /// <summary>The value crossed a threshold a rule set, such as the baseline of an objective.</summary>
    ThresholdCrossed,
}

/// <summary>Which ways of departing from the usual a rule alerts on.</summary>
[Flags]
public enum AlertDirections
{
    /// <summary>Rises above the expected band.</summary>
    Spikes = 1,

    /// <summary>Falls below the expected band.</summary>
    Drops = 2,

    /// <summary>Both.</summary>
    Both = Spikes | Drops,
}

/// <summary>An alert: a value that a rule found worth telling someone about, with what it was compared with.</summary>
/// <remarks>Sent to every registered <see cref="IKpiAlertSink"/> by an <see cref="IKpiAlertPublisher"/>.</remarks>
public sealed record KpiAlert
{
    /// <summary>Gets the name of the rule that raised it.</summary>
    public required string Rule { get; init; }

    /// <summary>Gets what series it is about: <c>mentions</c>, or an indicator's key.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the part of the series it is about, such as a brand or a channel; null for the whole series.</summary>
    public string? Scope { get; init; }

    /// <summary>Gets what happened.</summary>
    public required KpiAlertKind Kind { get; init; }

    /// <summary>Gets when the bucket or period the value belongs to starts.</summary>
    public required Instant Start { get; init; }

    /// <summary>Gets when that bucket or period ends (exclusive).</summary>
    public required Instant End { get; init; }

    /// <summary>Gets the value that raised the alert.</summary>
    public required double Value { get; init; }

    /// <summary>Gets the value expected from the earlier ones, or the threshold crossed; NaN when there is none.</summary>
    public double Expected { get; init; } = double.NaN;

    /// <summary>Gets the lowest value that would not have been a drop; NaN when there is none.</summary>
    public double Lower { get; init; } = double.NaN;

    /// <summary>Gets the highest value that would not have been a spike; NaN when there is none.</summary>
    public double Upper { get; init; } = double.NaN;

    /// <summary>Gets how unusual the value is, from 0 to 1; 1 for a threshold crossed.</summary>
    public required double Score { get; init; }

    /// <summary>Gets when the alert was raised, from the monitor's clock.</summary>
    public required Instant RaisedAt { get; init; }

    /// <summary>Gets, for a mention spike, the mentions behind it: whether it is the good kind or the bad kind; null otherwise.</summary>
    public SpikeExplanation? Explanation { get; init; }

    /// <summary>Returns the alert as one sentence, in English, for logs.</summary>
    /// <returns>Such as <c>mention-spike: mentions (maison-verdier) at 88 from 2026-06-17T14:00:00Z to 15:00, expected 17.2 (up to 20.7), score 0.99</c>.</returns>
    public override string ToString()
    {
        var scope = Scope is null ? string.Empty : $" ({Scope})";
        var expected = double.IsNaN(Expected) ? string.Empty
            : Kind == KpiAlertKind.ThresholdCrossed ? string.Create(CultureInfo.InvariantCulture, $", threshold {Expected:0.####}")
            : string.Create(CultureInfo.InvariantCulture, $", expected {Expected:0.####}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Rule}: {KindWords()} of {Subject}{scope} at {Value:0.####} from {Start} to {End}{expected}, score {Score:0.##}");
    }

    private string KindWords() => Kind switch
    {
        KpiAlertKind.Spike => "spike",
        KpiAlertKind.Drop => "drop",
        _ => "threshold crossed",
    };
}
