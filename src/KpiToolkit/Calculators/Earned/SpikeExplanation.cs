using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>Whether the mentions behind a spike are the good kind or the bad kind.</summary>
public enum SpikeCharacter
{
    /// <summary>Too few mentions have a known tone to say (fewer than half of them, or none).</summary>
    Unknown,

    /// <summary>Mostly positive: enthusiasm to keep going and convert.</summary>
    Positive,

    /// <summary>Mostly negative: a possible crisis, to answer quickly.</summary>
    Negative,

    /// <summary>Positive and negative mentions in comparable numbers: a debate.</summary>
    Mixed,

    /// <summary>Only neutral mentions, or so few positive and negative ones that neither side leads: news, not opinion.</summary>
    Neutral,
}

/// <summary>An author or an outlet behind a spike, with its mentions and the interactions they received.</summary>
/// <param name="Name">The author, or the outlet (the channel or site, or the kind of source when the channel is unknown).</param>
/// <param name="Mentions">Its mentions in the window.</param>
/// <param name="Interactions">Reactions + comments + shares reported on them; a counter not reported adds nothing.</param>
public sealed record SpikeContributor(string Name, long Mentions, long Interactions);

/// <summary>The mentions behind a window of unusual volume: how many, who wrote them, where, in what tone, and which drew the most interactions.</summary>
public sealed record SpikeExplanation
{
    /// <summary>Gets the instants explained.</summary>
    public required Interval Window { get; init; }

    /// <summary>Gets the mentions of the subject published in the window.</summary>
    public required long Mentions { get; init; }

    /// <summary>Gets the authors with the most mentions in the window, most first.</summary>
    public required IReadOnlyList<SpikeContributor> TopAuthors { get; init; }

    /// <summary>Gets the outlets (channels or sites) with the most mentions in the window, most first.</summary>
    public required IReadOnlyList<SpikeContributor> TopOutlets { get; init; }

    /// <summary>Gets the positive mentions.</summary>
    public required long Positive { get; init; }

    /// <summary>Gets the neutral mentions.</summary>
    public required long Neutral { get; init; }

    /// <summary>Gets the negative mentions.</summary>
    public required long Negative { get; init; }

    /// <summary>Gets the mentions whose tone is unknown.</summary>
    public required long UnknownTone { get; init; }

    /// <summary>Gets the positive share of the mentions of known tone, or null when none has a known tone.</summary>
    public double? PositiveShare => KnownTone == 0 ? null : (double)Positive / KnownTone;

    /// <summary>Gets the negative share of the mentions of known tone, or null when none has a known tone.</summary>
    public double? NegativeShare => KnownTone == 0 ? null : (double)Negative / KnownTone;

    /// <summary>
    /// Gets the net sentiment of the mentions of known tone, neutral ones included: (positive − negative) / (positive +
    /// neutral + negative), from −1 to 1; null when none has a known tone.
    /// </summary>
    public double? NetSentiment => KnownTone == 0 ? null : (double)(Positive - Negative) / KnownTone;

    /// <summary>Gets whether the spike is the good kind or the bad kind; see <see cref="SpikeExplainer"/> for the rule.</summary>
    public required SpikeCharacter Character { get; init; }

    /// <summary>Gets the mentions that drew the most interactions (the counters they reported), most first; a mention that reported none is left out.</summary>
    public required IReadOnlyList<Mention> MostEngaged { get; init; }

    private long KnownTone => Positive + Neutral + Negative;
}
