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

/// <content>How the analyses beside the rows are written: ROI ranking, channel comparison, best time to post, mention spikes and the reconciliation with the platforms.</content>
public sealed partial class JsonDashboardRenderer
{
    private static void WriteRoiRanking(Utf8JsonWriter json, RoiRanking? ranking)
    {
        if (ranking is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteStartArray("ranked");
        foreach (var action in ranking.Ranked)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", action.Rank);
            json.WriteString("name", action.Name);
            WriteChannel(json, "channel", action.Channel);
            WriteMoney(json, "cost", action.Cost);
            WriteMoney(json, "gain", action.Gain);
            json.WriteString("gainKind", Name(action.GainKind));
            json.WriteNumber("roi", action.Roi);
            json.WriteString("recommendation", Name(action.Recommendation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notRankable");
        foreach (var action in ranking.NotRankable)
        {
            json.WriteStartObject();
            json.WriteString("name", action.Name);
            WriteChannel(json, "channel", action.Channel);
            json.WriteString("reason", Name(action.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChannelComparison(Utf8JsonWriter json, ChannelComparison? comparison)
    {
        if (comparison is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName("period");
        WritePeriod(json, comparison.Period);
        json.WriteStartArray("rows");
        foreach (var row in comparison.Rows)
        {
            json.WriteStartObject();
            WriteChannel(json, "channel", row.Channel);
            json.WriteNumber("sessions", row.Sessions);
            WriteNumber(json, "visitors", row.Visitors);
            WriteNumber(json, "clicks", row.Clicks);
            json.WritePropertyName("conversionRate");
            WriteResult(json, row.ConversionRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteChoice(json, "forConversion", comparison.ForConversion);
        WriteChoice(json, "forVisibility", comparison.ForVisibility);
        json.WriteEndObject();
    }

    private static void WriteChoice(Utf8JsonWriter json, string name, ChannelChoice? choice)
    {
        json.WritePropertyName(name);
        if (choice is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteChannel(json, "channel", choice.Channel);
        json.WriteString("reason", choice.Reason);
        json.WriteEndObject();
    }

    private static void WriteBestTimeToPost(Utf8JsonWriter json, BestTimeToPost? bestTime)
    {
        if (bestTime is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("method", bestTime.Method);
        json.WriteNumber("postsUsed", bestTime.PostsUsed);
        json.WriteNumber("postsSkipped", bestTime.PostsSkipped);
        json.WriteNumber("minimumPostsPerCell", bestTime.MinimumPostsPerCell);
        json.WriteStartArray("cells");
        foreach (var cell in bestTime.Cells)
        {
            WriteCell(json, cell);
        }

        json.WriteEndArray();
        json.WriteStartArray("ranking");
        foreach (var cell in bestTime.Ranking)
        {
            WriteCell(json, cell);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, BestTimeCell cell)
    {
        json.WriteStartObject();
        json.WriteString("weekday", Name(cell.Weekday));
        json.WriteNumber("hour", cell.Hour);
        json.WriteNumber("postCount", cell.PostCount);
        WriteNumber(json, "medianEngagementRate", cell.MedianEngagementRate);
        json.WriteBoolean("hasEnoughData", cell.HasEnoughData);
        json.WriteEndObject();
    }

    private static void WriteMentionSpikes(Utf8JsonWriter json, MentionSpikes? spikes)
    {
        if (spikes is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("detector", spikes.Detector);
        json.WriteStartArray("points");
        foreach (var point in spikes.Points)
        {
            json.WriteStartObject();
            json.WritePropertyName("period");
            WritePeriod(json, point.Period);
            json.WriteNumber("count", point.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("spikes");
        for (var index = 0; index < spikes.Spikes.Count; index++)
        {
            var spike = spikes.Spikes[index];
            json.WriteStartObject();
            json.WritePropertyName("period");
            WritePeriod(json, spike.Period);
            json.WriteNumber("observed", spike.Observed);
            json.WriteString("status", Name(spike.Status));
            json.WriteString("direction", Name(spike.Direction));
            json.WriteNumber("historyUsed", spike.HistoryUsed);
            WriteNumber(json, "baseline", spike.Baseline);
            WriteNumber(json, "spread", spike.Spread);
            WriteNumber(json, "upperThreshold", spike.UpperThreshold);
            WriteNumber(json, "lowerThreshold", spike.LowerThreshold);
            WriteNumber(json, "score", spike.Score);
            WriteSpikeExplanation(json, index < spikes.Explanations.Count ? spikes.Explanations[index] : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes what is behind a spike: its kind and the tone of its mentions.</summary>
    private static void WriteSpikeExplanation(Utf8JsonWriter json, SpikeExplanation? explanation)
    {
        json.WriteString("character", explanation is null ? null : Name(explanation.Character));
        json.WritePropertyName("tone");
        if (explanation is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("mentions", explanation.Mentions);
        json.WriteNumber("positive", explanation.Positive);
        json.WriteNumber("neutral", explanation.Neutral);
        json.WriteNumber("negative", explanation.Negative);
        json.WriteNumber("unknownTone", explanation.UnknownTone);
        json.WriteEndObject();
    }

    private static void WriteReconciliation(Utf8JsonWriter json, PlatformReconciliation? reconciliation)
    {
        if (reconciliation is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteNumber("figuresCompared", reconciliation.FiguresCompared);
        json.WriteNumber("figuresAgreeing", reconciliation.FiguresAgreeing);
        json.WriteNumber("postsWithoutPlatformFigures", reconciliation.PostsWithoutPlatformFigures);
        json.WriteBoolean("hasDisagreements", reconciliation.HasDisagreements);
        json.WriteStartArray("periods");
        foreach (var period in reconciliation.Periods)
        {
            json.WriteStartObject();
            json.WritePropertyName("period");
            WritePeriod(json, period.Period);
            WriteChannel(json, "channel", period.Channel);
            WriteNumber(json, "computed", period.Computed);
            WriteNumber(json, "reported", period.Reported);
            WriteNumber(json, "difference", period.Difference);
            json.WriteBoolean("agrees", period.Agrees);
            json.WriteString("reason", period.Reason is { } reason ? Name(reason) : null);
            json.WriteString("explanation", period.Explanation);
            json.WriteStartArray("recordIds");
            foreach (var id in period.RecordIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("recordDisagreements");
        foreach (var disagreement in reconciliation.RecordDisagreements)
        {
            json.WriteStartObject();
            json.WriteString("recordId", disagreement.RecordId);
            WriteChannel(json, "channel", disagreement.Channel);
            json.WriteString("publishedAt", Instant(disagreement.PublishedAt));
            json.WriteString("figure", disagreement.Figure);
            json.WriteNumber("reported", disagreement.Reported);
            WriteNumber(json, "computed", disagreement.Computed);
            WriteNumber(json, "difference", disagreement.Difference);
            json.WriteString("reason", Name(disagreement.Reason));
            json.WriteString("explanation", disagreement.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
