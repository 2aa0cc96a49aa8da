using System.Collections.Immutable;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>
/// A goal set before a campaign: what should change, measured by which indicator, for which channels
/// and audience, from which baseline to which target, between which dates, and why. A global objective
/// holds sub-objectives, typically one per campaign (social, blog, e-mail).
/// </summary>
/// <remarks>
/// <para>Immutable. Only impossible states are refused at construction (a deadline before the start, a
/// blank id, the same id twice in one tree). An objective that is possible but not SMART — an empty
/// statement, no baseline, no deadline, a target out of reach — can be built, and
/// <see cref="ISmartValidator"/> reports what is missing.</para>
/// <para>Dates are local dates of the reporting calendar; the deadline is the last day included.</para>
/// </remarks>
public sealed class Objective
{
    // The ids of this objective and of every objective below it.
    private ImmutableHashSet<string> _treeIds = ImmutableHashSet<string>.Empty;

    /// <summary>Creates an objective.</summary>
    /// <param name="id">A stable identifier, unique within its tree of objectives.</param>
    /// <param name="statement">The objective in one sentence; an empty statement is allowed here and reported by the SMART validator.</param>
    /// <param name="indicator">The indicator that measures it.</param>
    /// <param name="target">The value aimed at, in the indicator's unit.</param>
    /// <param name="baseline">The value when the objective was set.</param>
    /// <param name="start">The first day of the objective.</param>
    /// <param name="deadline">The last day of the objective, included.</param>
    /// <param name="scope">The channels and audience it applies to; <see cref="ObjectiveScope.None"/> when null.</param>
    /// <param name="owner">Who is accountable for it.</param>
    /// <param name="businessGoal">The business goal it serves.</param>
    /// <param name="subObjectives">The objectives that contribute to this one.</param>
    /// <param name="weight">Its share when a parent objective rolls up weighted progress; 1 by default. Weights are relative to the siblings.</param>
    /// <param name="cadence">The period the target is measured over, such as a month for "700 mentions a month"; null to use the indicator's <see cref="Indicator.DefaultCadence"/>. Day, week, month, quarter or year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/> or <paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank, <paramref name="deadline"/> is before <paramref name="start"/>, a text is whitespace, a sub-objective is null, or two objectives of the tree share an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not a finite number above 0, or <paramref name="cadence"/> is custom or not defined.</exception>
    public Objective(
        string id,
        string statement,
        Indicator indicator,
        Target? target = null,
        Baseline? baseline = null,
        LocalDate? start = null,
        LocalDate? deadline = null,
        ObjectiveScope? scope = null,
        string? owner = null,
        string? businessGoal = null,
        IEnumerable<Objective>? subObjectives = null,
        double weight = 1.0,
        Cadence? cadence = null)
    {
        Id = Preconditions.NotBlank(id).Trim();
        Statement = Preconditions.NotNull(statement).Trim();
        Indicator = Preconditions.NotNull(indicator);
        Target = target;
        Baseline = baseline;
        Start = start is { } s ? Preconditions.IsoDate(s, nameof(start)) : null;
        Deadline = deadline is { } d ? Preconditions.IsoDate(d, nameof(deadline)) : null;
        if (start is { } from && deadline is { } to)
        {
            Preconditions.Check(
                to >= from,
                $"deadline ({to:uuuu-MM-dd}) must not be before start ({from:uuuu-MM-dd}) for objective '{Id}'.",
                nameof(deadline));
        }

        Scope = scope ?? ObjectiveScope.None;
        Owner = Preconditions.OptionalText(owner);
        BusinessGoal = Preconditions.OptionalText(businessGoal);
        SubObjectives = CheckSubObjectives(subObjectives);
        Weight = Preconditions.Positive(weight);
        if (cadence is { } c && (!Enum.IsDefined(c) || c == Time.Cadence.Custom))
        {
            throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "cadence must be day, week, month, quarter or year: a custom period has no length to measure a target over.");
        }

        Cadence = cadence;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the objective in one sentence (trimmed; may be empty).</summary>
    public string Statement { get; }

    /// <summary>Gets the indicator that measures the objective.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the value aimed at, or null when none is set.</summary>
    public Target? Target { get; }

    /// <summary>Gets the value when the objective was set, or null when unknown.</summary>
    public Baseline? Baseline { get; }

    /// <summary>Gets the first day, or null when not set.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day (included), or null when not set.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the channels and audience the objective applies to.</summary>
    public ObjectiveScope Scope { get; }

    /// <summary>Gets who is accountable, if stated.</summary>
    public string? Owner { get; }

    /// <summary>Gets the business goal the objective serves, if stated.</summary>
    public string? BusinessGoal { get; }

    /// <summary>Gets the objectives that contribute to this one.</summary>
    public IReadOnlyList<Objective> SubObjectives { get; }

    /// <summary>Gets the period the target is measured over, such as a month for "700 mentions a month".</summary>
    /// <value>Null unless set: the indicator's <see cref="Indicator.DefaultCadence"/> applies. A dashboard evaluates the objective at this cadence, whatever its own.</value>
    public Cadence? Cadence { get; }

    /// <summary>Gets the objective's share when its parent rolls up weighted progress.</summary>
    /// <value>1 unless set; always finite and above 0. Only the ratio between siblings matters.</value>
    public double Weight { get; }

    /// <summary>Returns this objective and every objective below it, depth first, parents before children.</summary>
    /// <returns>The objectives of the tree.</returns>
    /// <remarks>Walked with a stack of its own: a chain of any depth costs time proportional to its size.</remarks>
    public IEnumerable<Objective> SelfAndDescendants() => Trees.PreOrder(this, static objective => objective.SubObjectives);

    /// <summary>Returns the id and the statement.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id}: {Statement}";

    private IReadOnlyList<Objective> CheckSubObjectives(IEnumerable<Objective>? subObjectives)
    {
        var list = new List<Objective>();
        foreach (var sub in subObjectives ?? [])
        {
            Preconditions.Check(sub is not null, $"subObjectives of '{Id}' must not contain null.", nameof(subObjectives));
            list.Add(sub);
        }

        // The ids of the tree grow from those of the largest sub-tree, shared rather than copied, and only the smaller
        // sub-trees' ids are added to them: each id is added O(log n) times over the whole tree, so a chain of n levels
        // is built in O(n log n) instead of walking every sub-tree again at each level.
        // The largest is skipped by its position, once: the same instance given twice must still meet its own ids.
        var largestIndex = -1;
        for (var i = 0; i < list.Count; i++)
        {
            largestIndex = largestIndex < 0 || list[i]._treeIds.Count > list[largestIndex]._treeIds.Count ? i : largestIndex;
        }

        var ids = (largestIndex < 0 ? ImmutableHashSet.Create<string>(StringComparer.Ordinal) : list[largestIndex]._treeIds).ToBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            if (i == largestIndex)
            {
                continue;
            }

            foreach (var objective in list[i].SelfAndDescendants())
            {
                CheckUnique(ids.Add(objective.Id), objective.Id);
            }
        }

        CheckUnique(ids.Add(Id), Id);
        _treeIds = ids.ToImmutable();
        return list.AsReadOnly();
    }

    private void CheckUnique(bool added, string id) =>
        Preconditions.Check(
            added,
            $"The id '{id}' appears twice in the objectives under '{Id}'; ids must be unique within a tree.",
            "subObjectives");
}
