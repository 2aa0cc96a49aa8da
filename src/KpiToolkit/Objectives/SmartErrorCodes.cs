namespace KpiToolkit.Objectives;

/// <summary>
/// The stable codes of the built-in SMART findings. A code never changes meaning; new checks get new
/// codes. Each is explained in docs/smart-objectives.md.
/// </summary>
public static class SmartErrorCodes
{
    /// <summary>Specific, error: the statement is empty.</summary>
    public const string StatementEmpty = "SMART-S01";

    /// <summary>Specific, warning: the statement has fewer words than <see cref="SmartValidationOptions.MinimumStatementWords"/>.</summary>
    public const string StatementTooShort = "SMART-S02";

    /// <summary>Specific, error: neither a channel nor an audience is stated.</summary>
    public const string ScopeMissing = "SMART-S03";

    /// <summary>Specific, warning: nobody is named as accountable.</summary>
    public const string OwnerMissing = "SMART-S04";

    /// <summary>Measurable, error: there is no target.</summary>
    public const string TargetMissing = "SMART-M01";

    /// <summary>Measurable, error: there is no baseline to measure progress from.</summary>
    public const string BaselineMissing = "SMART-M02";

    /// <summary>Measurable, error: a target value is outside the bounds of the indicator (such as 45 for a rate, meaning 45 %).</summary>
    public const string TargetOutOfBounds = "SMART-M03";

    /// <summary>Measurable, error: the baseline is outside the bounds of the indicator.</summary>
    public const string BaselineOutOfBounds = "SMART-M04";

    /// <summary>Measurable, error: the target equals the baseline, so no change is asked for.</summary>
    public const string TargetEqualsBaseline = "SMART-M05";

    /// <summary>Measurable, error: the baseline already passes the target in its direction (an increase to a value below the baseline).</summary>
    public const string TargetAlreadyMet = "SMART-M06";

    /// <summary>
    /// Measurable, warning: a target value is within the indicator's bounds but above its plausible maximum
    /// (<see cref="Indicators.Indicator.PlausibleMaximum"/>), such as an engagement-rate target of 4.5 (450 %).
    /// </summary>
    public const string TargetImplausible = "SMART-M07";

    /// <summary>Achievable, info: no measured history was given, so achievability was not checked.</summary>
    public const string HistoryMissing = "SMART-A01";

    /// <summary>Achievable, info: the history has no two adjacent periods, so no change could be observed.</summary>
    public const string HistoryTooShort = "SMART-A02";

    /// <summary>Achievable, error: the change per period the target needs exceeds the best change ever observed (plus the tolerance).</summary>
    public const string TargetOutOfReach = "SMART-A03";

    /// <summary>Achievable, info: achievability could not be checked because the target, baseline, start or deadline is missing.</summary>
    public const string AchievabilityNotChecked = "SMART-A04";

    /// <summary>Relevant, error: the objective serves no stated business goal and has no parent objective.</summary>
    public const string BusinessGoalMissing = "SMART-R01";

    /// <summary>Relevant, warning: a sub-objective starts before or ends after its parent objective.</summary>
    public const string OutsideParentWindow = "SMART-R02";

    /// <summary>Relevant, warning: the target moves the indicator the way its polarity calls worse.</summary>
    public const string TargetAgainstPolarity = "SMART-R03";

    /// <summary>Time-bound, error: there is no start date.</summary>
    public const string StartMissing = "SMART-T01";

    /// <summary>Time-bound, error: there is no deadline.</summary>
    public const string DeadlineMissing = "SMART-T02";

    /// <summary>Time-bound, error: the deadline is already past.</summary>
    public const string DeadlinePassed = "SMART-T03";

    /// <summary>Time-bound, warning: the horizon is longer than <see cref="SmartValidationOptions.MaximumHorizon"/>.</summary>
    public const string HorizonTooLong = "SMART-T04";

    /// <summary>Time-bound, warning: the horizon is shorter than <see cref="SmartValidationOptions.MinimumHorizon"/>.</summary>
    public const string HorizonTooShort = "SMART-T05";

    /// <summary>Any criterion, error: a rule threw an exception; the objective is reported, not the crash.</summary>
    public const string RuleFailed = "SMART-X01";
}
