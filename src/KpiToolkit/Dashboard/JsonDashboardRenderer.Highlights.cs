using System.Text.Json;
using KpiToolkit.Calculators;
using static KpiToolkit.Dashboard.DashboardMachineNames;

namespace KpiToolkit.Dashboard;

/// <content>The scorecards and the best and weakest posts, in JSON.</content>
public sealed partial class JsonDashboardRenderer
{
    /// <summary>Names a row of the sections by its indicator's key and its channel, which together identify it.</summary>
    private static void WriteRowReference(Utf8JsonWriter json, KpiRow row)
    {
        json.WriteStartObject();
        json.WriteString("indicator", row.Indicator.Key.Value);
        WriteChannel(json, "channel", row.Channel);
        json.WriteEndObject();
    }

    private static void WriteTopPosts(Utf8JsonWriter json, TopPosts? posts)
    {
        if (posts is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName("indicator");
        WriteIndicator(json, posts.Indicator);
        json.WriteString("denominator", Name(posts.Denominator));
        json.WritePropertyName("period");
        WritePeriod(json, posts.Period);
        json.WriteNumber("postsRanked", posts.PostsRanked);
        json.WriteNumber("postsSkipped", posts.PostsSkipped);
        json.WriteString("method", posts.Method);
        WritePosts(json, "best", posts.Best);
        WritePosts(json, "worst", posts.Worst);
        json.WriteEndObject();
    }

    private static void WritePosts(Utf8JsonWriter json, string name, IReadOnlyList<RankedPost> posts)
    {
        json.WriteStartArray(name);
        foreach (var post in posts)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", post.Rank);
            json.WriteString("id", post.Post.Id);
            WriteChannel(json, "channel", post.Post.Channel);
            json.WriteString("publishedAt", Instant(post.Post.PublishedAt));
            json.WriteString("format", Name(post.Post.Format));
            json.WriteNumber("value", post.Value);
            json.WriteNumber("numerator", post.Numerator);
            json.WriteNumber("denominator", post.Denominator);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
