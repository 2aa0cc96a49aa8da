namespace KpiToolkit.Objectives;

/// <summary>
/// The result of checking an objective and its sub-objectives against the SMART criteria: the findings
/// about the objective itself and one report per sub-objective.
/// </summary>
public sealed class SmartReport
{
    internal SmartReport(Objective objective, IReadOnlyList<SmartFinding> findings, IReadOnlyList<SmartReport> subReports)
    {
        Objective = objective;
        Findings = findings;
        SubReports = subReports;
    }

    /// <summary>Gets the objective checked.</summary>
    public Objective Objective { get; }

    /// <summary>Gets the findings about this objective alone, in the order of the rules.</summary>
    public IReadOnlyList<SmartFinding> Findings { get; }

    /// <summary>Gets one report per sub-objective, in the order of <see cref="Objectives.Objective.SubObjectives"/>.</summary>
    public IReadOnlyList<SmartReport> SubReports { get; }

    /// <summary>Gets whether this objective alone has no finding of <see cref="SmartSeverity.Error"/> severity.</summary>
    public bool IsObjectiveSmart => Findings.All(finding => finding.Severity != SmartSeverity.Error);

    /// <summary>Gets whether this objective and every sub-objective have no finding of <see cref="SmartSeverity.Error"/> severity.</summary>
    public bool IsSmart => SelfAndDescendants().All(report => report.IsObjectiveSmart);

    /// <summary>Gets every finding of the tree, depth first, parents before children.</summary>
    public IEnumerable<SmartFinding> AllFindings => SelfAndDescendants().SelectMany(report => report.Findings);

    /// <summary>Returns the report of the objective with the given id, searching the whole tree.</summary>
    /// <param name="objectiveId">The id.</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">No objective of the tree has that id.</exception>
    public SmartReport For(string objectiveId) =>
        Find(objectiveId) ?? throw new KeyNotFoundException($"No objective with the id '{objectiveId}' is in the report of '{Objective.Id}'.");

    private SmartReport? Find(string objectiveId) =>
        SelfAndDescendants().FirstOrDefault(report => string.Equals(report.Objective.Id, objectiveId, StringComparison.Ordinal));

    private IEnumerable<SmartReport> SelfAndDescendants() => Trees.PreOrder(this, static report => report.SubReports);
}
