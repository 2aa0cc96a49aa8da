using System.Globalization;
using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Extensions;

namespace KpiToolkit.Dashboard;

/// <content>The sentences that explain an objective's evaluation.</content>
internal sealed partial class DashboardText
{
    // ---- Objectives ----------------------------------------------------------------------------------------------

    /// <summary>Explains an evaluation's status in the labels' language with the culture's numbers.</summary>
    public string Explanation(ObjectiveEvaluation evaluation)
    {
        var objective = evaluation.Objective;
        var unit = objective.Indicator.Unit;
        var value = evaluation.Current is { } current ? FormatValue(unit, current.Value) : NotAvailable;
        var target = objective.Target is { } t ? TargetText(t, unit) : NotAvailable;
        var progress = evaluation.Progress is { } p ? ProgressText(p) : NotAvailable;
        var expected = evaluation.ExpectedProgress is { } e ? ProgressText(e) : NotAvailable;

        // A parent rolled up by weighted progress is judged on its sub-objectives' numbers, not on its own (often none).
        var rollUp = evaluation.RollUp;
        var rolledUp = rollUp?.Progress is { } rp ? ProgressText(rp) : NotAvailable;
        var rolledUpExpected = rollUp?.ExpectedProgress is { } re ? ProgressText(re) : NotAvailable;
        var text = evaluation.Reason switch
        {
            StatusReason.NoTarget => T("Explanation.NoTarget"),
            StatusReason.NoMeasurement => T("Explanation.NoMeasurement"),
            StatusReason.BeforeStart => objective.Start is { } start
                ? T("Explanation.StartsOn", DateText(start))
                : T("Explanation.NotStarted"),
            StatusReason.TargetMet => T("Explanation.TargetMet", value, target),
            StatusReason.InsideRange => T("Explanation.InsideRange", value, target),
            StatusReason.OutsideRange => T("Explanation.OutsideRange", value, target),
            StatusReason.OnPace => T("Explanation.OnPace", progress, expected),
            StatusReason.BehindPace => T("Explanation.BehindPace", progress, expected),
            StatusReason.FarBehindPace => T("Explanation.FarBehindPace", progress, expected),
            StatusReason.NoDeadline when rollUp is not null => T("Explanation.NoDeadlineRollUp", rolledUp),
            StatusReason.NoDeadline => T("Explanation.NoDeadline", value, target),
            StatusReason.DeadlinePassed when rollUp is not null && evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? T("Explanation.DeadlinePeriodCompleteRollUpAchieved", rolledUp)
                : T("Explanation.DeadlinePeriodCompleteRollUpMissed", rolledUp),
            StatusReason.DeadlinePassed when rollUp is not null => evaluation.Status == ObjectiveStatus.Achieved
                ? T("Explanation.DeadlinePassedRollUpAchieved", rolledUp)
                : T("Explanation.DeadlinePassedRollUpMissed", rolledUp),
            StatusReason.DeadlinePassed when evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? T("Explanation.DeadlinePeriodCompleteAchieved", value, target)
                : T("Explanation.DeadlinePeriodCompleteMissed", value, target),
            StatusReason.DeadlinePassed => evaluation.Status == ObjectiveStatus.Achieved
                ? T("Explanation.DeadlinePassedAchieved", value, target)
                : T("Explanation.DeadlinePassedMissed", value, target),
            StatusReason.WeakestSubObjective => WeakestExplanation(evaluation),
            StatusReason.WeightedSubObjectives => rollUp?.Progress is not null
                ? T("Explanation.WeightedProgress", rolledUp, rolledUpExpected)
                : T("Explanation.NoSubObjectiveProgress"),
            _ => evaluation.Reason.ToString(),
        };

        if (evaluation.RollUp is not null && evaluation.OwnStatus != evaluation.Status)
        {
            text += " " + T("Explanation.OnItsOwn", StatusName(evaluation.OwnStatus));
        }

        return text;
    }

    private string WeakestExplanation(ObjectiveEvaluation evaluation)
    {
        var rollUp = evaluation.RollUp;
        var weakest = evaluation.SubObjectives.FirstOrDefault(sub => sub.Status == evaluation.Status && sub.Status.IsGraded());
        if (rollUp is null || weakest is null)
        {
            return T("Explanation.NoSubObjectiveGrade");
        }

        var id = weakest.Objective.Id;
        var status = StatusName(weakest.Status);
        return T("Explanation.Weakest", Count(rollUp.Graded), id, status, Count(rollUp.Skipped));
    }
}
