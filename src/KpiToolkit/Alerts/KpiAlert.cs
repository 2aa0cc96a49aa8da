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

    /// <summary>An objective fell behind the pace its deadline asks for: at risk, off track or missed.</summary>
    BehindPace,
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

    /// <summary>
    /// Gets which way the value went: <see cref="VolumeDirection.Spike"/> for a spike or a threshold crossed upwards,
    /// <see cref="VolumeDirection.Drop"/> for a drop or a threshold crossed downwards.
    /// </summary>
    /// <value><see cref="VolumeDirection.None"/> unless set.</value>
    public VolumeDirection Direction { get; init; }

    /// <summary>Gets when the bucket or period the value belongs to starts.</summary>
    public required Instant Start { get; init; }

    /// <summary>Gets when that bucket or period ends (exclusive).</summary>
    public required Instant End { get; init; }

    /// <summary>Gets the value that raised the alert.</summary>
    public required double Value { get; init; }

    /// <summary>Gets the value expected from the earlier ones, the threshold crossed, or where an objective's pace asks the KPI to be; NaN when there is none.</summary>
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
    /// <returns>
    /// Such as <c>mention-spike: spike of mentions (maison-verdier) at 88 from 2026-06-17T14:00:00Z to
    /// 2026-06-17T15:00:00Z, expected 17.2, score 0.99, mostly negative mentions</c>, or for a threshold
    /// <c>engagement: back past the baseline: engagement-rate (engagement) at 0.038 from … to …, below the threshold 0.04</c>,
    /// or for a pace <c>engagement: at risk: engagement-rate (engagement) at 0.042 from … to …, where its pace asks for 0.0467</c>.
    /// </returns>
    public override string ToString()
    {
        var scope = Scope is null ? string.Empty : $" ({Scope})";
        var when = string.Create(CultureInfo.InvariantCulture, $"at {Value:0.####} from {Start} to {End}");
        if (Kind == KpiAlertKind.ThresholdCrossed)
        {
            var side = Direction == VolumeDirection.Drop ? "below" : "above";
            var threshold = double.IsNaN(Expected) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {side} the threshold {Expected:0.####}");
            return $"{Rule}: {Subject}{scope} {when}{threshold}";
        }

        if (Kind == KpiAlertKind.BehindPace)
        {
            var pace = double.IsNaN(Expected) ? ", behind its pace" : string.Create(CultureInfo.InvariantCulture, $", where its pace asks for {Expected:0.####}");
            return $"{Rule}: {Subject}{scope} {when}{pace}";
        }

        var expected = double.IsNaN(Expected) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", expected {Expected:0.####}");
        var character = Explanation?.Character is SpikeCharacter.Positive or SpikeCharacter.Negative or SpikeCharacter.Mixed
            ? $", {CharacterWords(Explanation.Character)}"
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Rule}: {(Kind == KpiAlertKind.Drop ? "drop" : "spike")} of {Subject}{scope} {when}{expected}, score {Score:0.##}{character}");
    }

    private static string CharacterWords(SpikeCharacter character) => character switch
    {
        SpikeCharacter.Positive => "mostly positive mentions",
        SpikeCharacter.Negative => "mostly negative mentions",
        _ => "mentions of mixed tone",
    };
}
