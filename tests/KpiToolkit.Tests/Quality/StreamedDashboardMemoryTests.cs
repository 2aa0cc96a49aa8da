using KpiToolkit.Activity;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// A dashboard over two million streamed mentions keeps a live heap of a few megabytes: the mentions are made as they
/// are read and none is held. Measured after forced collections, from inside the source, so no timing is involved.
/// </summary>
[Collection(StreamedMemoryCollection.Name)]
public class StreamedDashboardMemoryTests
{
    private const int MentionCount = 2_000_000;
    private const int Days = 200;

    // Holding two million mentions takes about 320 MB (160 bytes each); streaming them must stay far below.
    private const long LiveHeapGrowthBound = 32L * 1024 * 1024;

    [Fact]
    public void StreamedDashboard_OfTwoMillionMentions_KeepsTheLiveHeapBounded()
    {
        var baseline = LiveHeap();
        long peak = 0;
        var source = new CountingSource<Mention>(() => Mentions(sample: () => peak = Math.Max(peak, LiveHeap() - baseline)));
        var builder = DashboardBuilder.CreateDefault(DashboardFixture.Clock(), DashboardFixture.Paris);

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = ActivityData.Streamed(mentions: source) });

        peak.Should().BeLessThan(LiveHeapGrowthBound, "the live heap must not grow with the number of mentions");
        source.Enumerations.Should().Be(2);
        // Every day from 1 January gets 10,000 mentions at 12:00 UTC (14:00 in Paris), three in four of the company: June's 30 days hold 225,000.
        var volume = dashboard.Sections.SelectMany(section => section.Rows).Single(row => row.Indicator.Key == BuiltInIndicators.MentionVolume.Key && row.Channel is null);
        volume.Current.Value.Should().Be(225_000);
        dashboard.MentionSpikes!.Points.Should().Contain(point => point.Period == ReportingPeriod.Day(new LocalDate(2026, 6, 15)) && point.Count == 7_500);
    }

    /// <summary>The mentions, made one at a time; every 100,000th calls <paramref name="sample"/> to measure the heap while the pass runs.</summary>
    private static IEnumerable<Mention> Mentions(Action sample)
    {
        var first = Instant.FromUtc(2026, 1, 1, 12, 0);
        for (var i = 0; i < MentionCount; i++)
        {
            if (i % 100_000 == 0)
            {
                sample();
            }

            var subject = i / Days % 4 == 3 ? Subject.Competitor("Rival") : Subject.Company;
            yield return new Mention(
                $"m{i}", first + Duration.FromDays(i % Days), MentionSourceType.SocialNetwork, "author", subject, Sentiment.Neutral,
                i % 2 == 0 ? Channel.X : null, 1_000 + (i % 7), i % 5, i % 3, i % 2);
        }
    }

    private static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>The tests that measure the live heap: they run alone, so no other test's records are counted.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StreamedMemoryCollection
{
    public const string Name = "Streamed memory";
}
