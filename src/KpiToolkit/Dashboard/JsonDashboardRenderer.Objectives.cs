using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using static KpiToolkit.Dashboard.DashboardMachineNames;

namespace KpiToolkit.Dashboard;

/// <content>How the evaluation of an objective is written: its summary, target, measurement, projection and roll-up.</content>
public sealed partial class JsonDashboardRenderer
{
    private static void WriteEvaluationSummary(Utf8JsonWriter json, ObjectiveEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("objectiveId", evaluation.Objective.Id);
        json.WriteString("statement", evaluation.Objective.Statement);
        json.WriteString("status", Name(evaluation.Status));
        json.WriteString("reason", Name(evaluation.Reason));
        WriteNumber(json, "progress", evaluation.Progress);
        WriteNumber(json, "expectedProgress", evaluation.ExpectedProgress);
        json.WriteBoolean("isFinal", evaluation.IsFinal);
        json.WritePropertyName("target");
        WriteTarget(json, evaluation.Objective.Target);
        json.WriteEndObject();
    }

    /// <summary>Writes an evaluation and those below it with a stack of its own, so a chain of any depth is written without a stack overflow.</summary>
    private static void WriteEvaluation(Utf8JsonWriter json, ObjectiveEvaluation root)
    {
        var open = new Stack<(ObjectiveEvaluation Evaluation, int NextSub)>();
        WriteEvaluationUpToSubObjectives(json, root);
        open.Push((root, 0));
        while (open.Count > 0)
        {
            var (evaluation, nextSub) = open.Pop();
            if (nextSub < evaluation.SubObjectives.Count)
            {
                open.Push((evaluation, nextSub + 1));
                var sub = evaluation.SubObjectives[nextSub];
                WriteEvaluationUpToSubObjectives(json, sub);
                open.Push((sub, 0));
            }
            else
            {
                json.WriteEndArray();
                json.WriteEndObject();
            }
        }
    }

    /// <summary>Writes the start of an evaluation's object, up to and including the opening of its <c>subObjectives</c> array.</summary>
    private static void WriteEvaluationUpToSubObjectives(Utf8JsonWriter json, ObjectiveEvaluation evaluation)
    {
        var objective = evaluation.Objective;
        json.WriteStartObject();
        json.WriteString("id", objective.Id);
        json.WriteString("statement", objective.Statement);
        json.WritePropertyName("indicator");
        WriteIndicator(json, objective.Indicator);
        json.WritePropertyName("scope");
        json.WriteStartObject();
        json.WriteStartArray("channels");
        foreach (var channel in objective.Scope.Channels)
        {
            json.WriteStringValue(channel.Name);
        }

        json.WriteEndArray();
        json.WriteString("audience", objective.Scope.Audience);
        json.WriteEndObject();
        json.WriteString("owner", objective.Owner);
        json.WriteString("businessGoal", objective.BusinessGoal);
        json.WriteNumber("weight", objective.Weight);
        if (objective.Cadence is { } cadence)
        {
            json.WriteString("cadence", Name(cadence));
        }
        else
        {
            json.WriteNull("cadence");
        }

        WriteDate(json, "start", objective.Start);
        WriteDate(json, "deadline", objective.Deadline);
        json.WritePropertyName("target");
        WriteTarget(json, objective.Target);
        json.WritePropertyName("baseline");
        if (objective.Baseline is { } baseline)
        {
            json.WriteStartObject();
            json.WriteNumber("value", baseline.Value);
            json.WriteString("date", Date(baseline.Date));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteString("asOf", Date(evaluation.AsOf));
        json.WriteString("status", Name(evaluation.Status));
        json.WriteString("reason", Name(evaluation.Reason));
        json.WriteString("ownStatus", Name(evaluation.OwnStatus));
        json.WriteString("ownReason", Name(evaluation.OwnReason));
        json.WriteBoolean("isFinal", evaluation.IsFinal);
        json.WritePropertyName("current");
        WriteMeasurement(json, evaluation.Current);
        WriteNumber(json, "baselineValue", evaluation.BaselineValue);
        WriteNumber(json, "progress", evaluation.Progress);
        WriteNumber(json, "expectedProgress", evaluation.ExpectedProgress);
        json.WritePropertyName("projection");
        WriteProjection(json, evaluation.Projection);
        json.WritePropertyName("change");
        WriteChange(json, evaluation.Change);
        json.WritePropertyName("rollUp");
        WriteRollUp(json, evaluation.RollUp);
        json.WriteString("explanation", evaluation.Explanation);
        json.WriteStartArray("subObjectives");
    }

    private static void WriteTarget(Utf8JsonWriter json, Target? target)
    {
        if (target is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("kind", Name(target.Kind));
        WriteNumber(json, "value", target.Value);
        WriteNumber(json, "minimum", target.Minimum);
        WriteNumber(json, "maximum", target.Maximum);
        json.WriteEndObject();
    }

    private static void WriteMeasurement(Utf8JsonWriter json, Measurement? measurement)
    {
        if (measurement is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName("period");
        WritePeriod(json, measurement.Period);
        json.WriteNumber("value", measurement.Value);
        WriteChannel(json, "channel", measurement.Channel);
        json.WritePropertyName("source");
        if (measurement.Source is { } source)
        {
            json.WriteStartObject();
            json.WriteString("system", source.System);
            json.WriteString("metric", source.Metric);
            json.WriteString("version", source.Version);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }

    private static void WriteProjection(Utf8JsonWriter json, ObjectiveProjection? projection)
    {
        if (projection is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("deadline", Date(projection.Deadline));
        json.WriteNumber("value", projection.Value);
        WriteNumber(json, "progress", projection.Progress);
        json.WriteBoolean("meetsTarget", projection.MeetsTarget);
        json.WriteNumber("slopePerDay", projection.SlopePerDay);
        json.WriteNumber("pointsUsed", projection.PointsUsed);
        json.WriteEndObject();
    }

    private static void WriteRollUp(Utf8JsonWriter json, ObjectiveRollUp? rollUp)
    {
        if (rollUp is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("method", Name(rollUp.Method));
        json.WriteString("status", Name(rollUp.Status));
        WriteNumber(json, "progress", rollUp.Progress);
        WriteNumber(json, "expectedProgress", rollUp.ExpectedProgress);
        json.WriteNumber("graded", rollUp.Graded);
        json.WriteNumber("skipped", rollUp.Skipped);
        json.WriteEndObject();
    }
}
