using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Scaling;

/// <summary>Reading on every core without splitting anything gives the results of one thread, to the last bit.</summary>
public class ParallelColumnsTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    // Three and a bit parts, with a counter missing now and then and a post that reached nobody, across the
    // October 2025 change of time in Paris.
    private static readonly SocialPost[] Posts = [.. Enumerable.Range(0, (3 * Partitions.RowsPerPart) + 1_000).Select(Post)];

    [Fact]
    public void RatioOfSums_OverColumnsInParallel_EqualsOneThreadOverRows()
    {
        var calculator = new EngagementRateCalculator(calendar: Paris);
        var columns = PostColumns.From(Posts);

        var parallel = calculator.ToResults(Partitions.AccumulateInParallel(columns, part => calculator.AccumulateByPeriod(part, Cadence.Day, byChannel: true)));
        var oneThread = calculator.ToResults(Partitions.AccumulateInParallel(columns, part => calculator.AccumulateByPeriod(part, Cadence.Day, byChannel: true), maxDegreeOfParallelism: 1));

        var rows = calculator.CalculateByPeriodAndChannel(Posts, Cadence.Day);
        parallel.Should().Equal(rows);
        oneThread.Should().Equal(rows);
        rows.Sum(result => result.Inputs.RecordsSkippedForMissingCounters).Should().Be(Posts.Count(post => post.Counters.Reach is null));
    }

    [Fact]
    public void Median_OverRowsInParallel_EqualsOneThread()
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Aggregation = Aggregation.Median }, Paris);

        var parallel = calculator.ToResults(Partitions.AccumulateInParallel(Posts, part => calculator.AccumulateByPeriod(part, Cadence.Month)));

        parallel.Should().Equal(calculator.CalculateByPeriod(Posts, Cadence.Month));
    }

    [Fact]
    public void EmptyColumns_GiveNoGroup()
    {
        var calculator = new EngagementRateCalculator();

        Partitions.AccumulateInParallel(PostColumns.Empty, part => calculator.AccumulateByPeriod(part, Cadence.Month)).Should().BeEmpty();
    }

    [Fact]
    public void AnInvalidDegreeOfParallelism_IsRejected()
    {
        var calculator = new EngagementRateCalculator();

        var act = () => Partitions.AccumulateInParallel(PostColumns.Empty, part => calculator.AccumulateByPeriod(part, Cadence.Month), maxDegreeOfParallelism: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("maxDegreeOfParallelism must be -1 (no limit) or at least 1.*");
    }

    private static SocialPost Post(int i)
    {
        var at = Instant.FromUtc(2025, 10, 20, 0, 0) + Duration.FromSeconds(i * 17L);
        var channel = (i % 3) switch { 0 => Channel.Instagram, 1 => Channel.X, _ => Channel.LinkedIn };
        long? reach = i % 97 == 0 ? null : i % 101 == 0 ? 0 : 1_000 + (i % 5_000);
        return new SocialPost($"p{i}", channel, at, counters: new PostCounters { Reactions = i % 50, Comments = i % 7, Shares = i % 3, Reach = reach });
    }
}
