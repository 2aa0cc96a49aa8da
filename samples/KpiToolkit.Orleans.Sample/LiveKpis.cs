using System.Globalization;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans.Sample;

/// <summary>Prints a month's KPIs as the cluster computes them at the moment it is asked.</summary>
internal sealed class LiveKpis(IKpiClusterClient client, string brand, TextWriter output)
{
    public async Task PrintMonthAsync(YearMonth month)
    {
        var (start, end) = (month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
        var engagement = await client.QueryAsync(brand, IndicatorKeys.EngagementRate, Cadence.Month, start, end, byChannel: true);
        var frequency = await client.QueryAsync(brand, IndicatorKeys.PostingFrequency, Cadence.Month, start, end);
        var mentions = await client.MentionSeriesAsync(brand, Cadence.Month, start, end);
        var onMentions = await client.QueryAsync(brand, IndicatorKeys.MentionEngagementRate, Cadence.Month, start, end);
        var byChannel = string.Join(", ", engagement.Select(result => $"{result.Channel} {Percent(result)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{start:yyyy-MM}  engagement {byChannel}; {Number(frequency)} posts/week; {mentions.Sum(point => point.Count):N0} mentions, {Percent(onMentions)} engagement on them"));
    }

    /// <summary>Prints where each objective of the brand stands, as the cluster evaluates it now.</summary>
    public async Task PrintObjectivesAsync()
    {
        foreach (var objective in await client.ObjectivesAsync(brand))
        {
            var indent = objective.ParentId is null ? string.Empty : "  ";
            var value = objective.Value is { } latest ? string.Create(CultureInfo.InvariantCulture, $"{latest:0.####} in {objective.Period}") : "no value";
            var measured = objective.IsMeasured ? string.Empty : " (not computed by the cluster)";
            output.WriteLine($"{indent}{objective.ObjectiveId}: {objective.Status}, {value}{measured}");
        }
    }

    private static string Percent(KpiResult result) =>
        result.Value is { } value ? value.ToString("0.00%", CultureInfo.InvariantCulture) : $"n/a ({result.UnavailableReason})";

    private static string Percent(IReadOnlyList<KpiResult> results) => results.Count == 1 ? Percent(results[0]) : "n/a";

    private static string Number(IReadOnlyList<KpiResult> results) =>
        results.Count == 1 && results[0].Value is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
}
