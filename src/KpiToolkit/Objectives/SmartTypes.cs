namespace KpiToolkit.Objectives;

/// <summary>The five SMART criteria an objective is checked against.</summary>
public enum SmartCriterion
{
    /// <summary>A precise statement, tied to one indicator and a scope (channels, audience) and owned by someone.</summary>
    Specific,

    /// <summary>A numeric target in the indicator's unit, with a baseline to measure progress from.</summary>
    Measurable,

    /// <summary>A target within reach, given the baseline and the change the measured history shows possible.</summary>
    Achievable,

    /// <summary>Linked to a business goal or to a parent objective, and pointing the indicator the right way.</summary>
    Relevant,

    /// <summary>A start and a deadline, the deadline not yet past, over a sensible horizon.</summary>
    TimeBound,
}

/// <summary>How serious a SMART finding is, from the least to the most serious.</summary>
public enum SmartSeverity
{
    /// <summary>Worth knowing, such as a check that could not run; does not make the objective non-SMART.</summary>
    Info,

    /// <summary>A weakness to look at; does not make the objective non-SMART.</summary>
    Warning,

    /// <summary>The objective is not SMART until this is fixed.</summary>
    Error,
}
