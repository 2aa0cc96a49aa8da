using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Sample;

/// <summary>Prints the earned-media KPIs of one month: volume and spikes, engagement, authors, press and share of voice.</summary>
internal sealed class EarnedMediaWriter(TextWriter output, ReportingCalendar calendar, IEnumerable<IVolumeAnomalyDetector> detectors)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public void Write(ActivityData data, ReportingPeriod month)
    {
        output.WriteLine($"Earned media, {month}");
        var volume = new MentionVolumeCalculator(calendar: calendar);
        var breakdown = volume.Analyze(data.Mentions, month);
        output.WriteLine(
            $"Mentions of Maison Verdier: {breakdown.Total:N0} ({string.Join(", ", breakdown.BySourceType.Select(p => $"{p.Key} {p.Value:N0}"))}).");
        output.WriteLine($"Mentions by subject: {string.Join(", ", breakdown.BySubject.Select(p => $"{p.Key} {p.Value:N0}"))}.");

        // Daily volumes of the three months, so each day of the month has a full window of earlier days.
        var series = volume.Series(data.Mentions, Cadence.Day, month.Previous().Previous().Start, month.End);
        foreach (var detector in detectors)
        {
            var flagged = detector.Detect(series).Where(v => v.IsFlagged && month.Contains(v.Period.Start)).ToList();
            var days = flagged.Count == 0
                ? "none"
                : string.Join("; ", flagged.Select(v =>
                    $"{v.Period} {v.Direction.ToString().ToLowerInvariant()}: {v.Observed} mentions against a baseline of {v.Baseline:0.#} (threshold {v.UpperThreshold:0.#}, score {v.Score:0.0})"));
            output.WriteLine($"Unusual days ({detector.Name}): {days}.");
        }

        var engagement = new MentionEngagementRateCalculator(calendar: calendar).Calculate(data.Mentions, month);
        output.WriteLine($"Engagement rate on mentions: {engagement.Value?.ToString("P2", Culture) ?? "n/a"} ({engagement.Inputs.RecordsUsed} mentions used, {engagement.Inputs.RecordsSkipped} without counters skipped).");

        var authors = new AuthorRankingAnalyzer(calendar).Rank(data.Mentions, month, top: 3, Subject.Company);
        output.WriteLine("Most engaged authors: " + string.Join("; ", authors.Select(a =>
            $"{a.Rank}. {a.Author} {a.Interactions:N0} interactions on {a.Mentions} mentions (+{a.Positive} ={a.Neutral} -{a.Negative})")) + ".");

        foreach (var counting in new[] { SyndicationCounting.PerOutlet, SyndicationCounting.Once })
        {
            var press = new PressCoverageAnalyzer(new PressCoverageOptions { Syndication = counting }).Analyze(data.PressArticles, month);
            output.WriteLine(
                $"Press ({(counting == SyndicationCounting.Once ? "wire story once" : "wire story per outlet")}): {press.Articles.Value:N0} articles in {press.DistinctOutlets} outlets " +
                $"({string.Join(", ", press.ByMediaKind.Select(p => $"{p.Key} {p.Value}"))}); net tonality {press.NetTonalityIncludingNeutral.Value?.ToString("+0.00;-0.00", Culture)} with neutral, " +
                $"{press.NetTonalityExcludingNeutral.Value?.ToString("P0", Culture)} positive without; potential audience {press.CumulatedPotentialAudience.Value:N0} (outlets overlap).");
        }

        var share = new ShareOfVoiceCalculator(Competitors(ShareOfVoiceWeight.Count), calendar).Analyze(data.Mentions, month);
        var byReach = new ShareOfVoiceCalculator(Competitors(ShareOfVoiceWeight.PotentialReach), calendar).Analyze(data.Mentions, month);
        output.WriteLine($"Share of voice by mentions: {Shares(share)}; by potential reach: {Shares(byReach)}.");
        output.WriteLine();
    }

    private static ShareOfVoiceOptions Competitors(ShareOfVoiceWeight weight)
    {
        var options = new ShareOfVoiceOptions { Weight = weight };
        options.Competitors.Add("Le Creuset");
        options.Competitors.Add("Staub");
        return options;
    }

    private static string Shares(ShareOfVoice share) =>
        string.Join(", ", share.Shares.Select(s => $"{(s.Subject.IsCompany ? "Maison Verdier" : s.Subject.Name)} {s.Share?.ToString("P1", Culture) ?? "n/a"}"));
}
