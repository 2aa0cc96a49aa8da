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
            StatusReason.NoTarget => L("No target to compare with.", "Aucune cible à laquelle comparer."),
            StatusReason.NoMeasurement => L("No measurement yet since the start.", "Aucune mesure depuis le début."),
            StatusReason.BeforeStart => objective.Start is { } start
                ? L($"Starts on {DateText(start)}.", $"Commence le {DateText(start)}.")
                : L("Not started yet.", "Pas encore commencé."),
            StatusReason.TargetMet => L($"{value} meets the target ({target}).", $"{value} atteint la cible ({target})."),
            StatusReason.InsideRange => L($"{value} is inside the range to keep ({target}).", $"{value} est dans la plage à tenir ({target})."),
            StatusReason.OutsideRange => L($"{value} is outside the range to keep ({target}).", $"{value} est hors de la plage à tenir ({target})."),
            StatusReason.OnPace => L($"Progress {progress} against {expected} expected by now: on pace.", $"Progression de {progress} pour {expected} attendus à date : dans le rythme."),
            StatusReason.BehindPace => L($"Progress {progress} against {expected} expected by now: behind the pace.", $"Progression de {progress} pour {expected} attendus à date : en retard sur le rythme."),
            StatusReason.FarBehindPace => L($"Progress {progress} against {expected} expected by now: far behind the pace.", $"Progression de {progress} pour {expected} attendus à date : très en retard sur le rythme."),
            StatusReason.NoDeadline when rollUp is not null => L(
                $"Weighted progress of the sub-objectives {rolledUp}, with no deadline to pace it.",
                $"Progression pondérée des sous-objectifs de {rolledUp}, sans échéance pour en fixer le rythme."),
            StatusReason.NoDeadline => L($"{value} does not meet the target ({target}) and there is no deadline to pace it.", $"{value} n’atteint pas la cible ({target}) et aucune échéance ne fixe de rythme."),
            StatusReason.DeadlinePassed when rollUp is not null && evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The period of the deadline is complete with {rolledUp} of the way covered.", $"La période de l’échéance est terminée avec {rolledUp} du chemin parcouru.")
                : L($"The period of the deadline is complete with only {rolledUp} of the way covered.", $"La période de l’échéance est terminée avec seulement {rolledUp} du chemin parcouru."),
            StatusReason.DeadlinePassed when rollUp is not null => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The deadline has passed with {rolledUp} of the way covered.", $"L’échéance est passée avec {rolledUp} du chemin parcouru.")
                : L($"The deadline has passed with only {rolledUp} of the way covered.", $"L’échéance est passée avec seulement {rolledUp} du chemin parcouru."),
            StatusReason.DeadlinePassed when evaluation.AsOf <= objective.Deadline => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The period of the deadline is complete and {value} meets the target ({target}).", $"La période de l’échéance est terminée et {value} atteint la cible ({target}).")
                : L($"The period of the deadline is complete and {value} does not meet the target ({target}).", $"La période de l’échéance est terminée et {value} n’atteint pas la cible ({target})."),
            StatusReason.DeadlinePassed => evaluation.Status == ObjectiveStatus.Achieved
                ? L($"The deadline has passed and {value} meets the target ({target}).", $"L’échéance est passée et {value} atteint la cible ({target}).")
                : L($"The deadline has passed and {value} does not meet the target ({target}).", $"L’échéance est passée et {value} n’atteint pas la cible ({target})."),
            StatusReason.WeakestSubObjective => WeakestExplanation(evaluation),
            StatusReason.WeightedSubObjectives => rollUp?.Progress is not null
                ? L($"Weighted progress of the sub-objectives {rolledUp}, against {rolledUpExpected} expected.", $"Progression pondérée des sous-objectifs de {rolledUp}, pour {rolledUpExpected} attendus.")
                : L("No sub-objective has a progress yet.", "Aucun sous-objectif n’a encore de progression."),
            _ => evaluation.Reason.ToString(),
        };

        if (evaluation.RollUp is not null && evaluation.OwnStatus != evaluation.Status)
        {
            text += " " + L($"On its own: {StatusName(evaluation.OwnStatus)}.", $"Seul : {StatusName(evaluation.OwnStatus)}.");
        }

        return text;
    }

    private string WeakestExplanation(ObjectiveEvaluation evaluation)
    {
        var rollUp = evaluation.RollUp;
        var weakest = evaluation.SubObjectives.FirstOrDefault(sub => sub.Status == evaluation.Status && sub.Status.IsGraded());
        if (rollUp is null || weakest is null)
        {
            return L("No sub-objective has a grade yet.", "Aucun sous-objectif n’est encore évalué.");
        }

        var id = weakest.Objective.Id;
        var status = StatusName(weakest.Status);
        return L(
            $"The weakest of {Count(rollUp.Graded)} graded sub-objectives is “{id}” ({status}); {Count(rollUp.Skipped)} without a grade skipped.",
            $"Le plus faible des {Count(rollUp.Graded)} sous-objectifs évalués est « {id} » ({status}) ; {Count(rollUp.Skipped)} sans évaluation ignoré(s).");
    }
}
