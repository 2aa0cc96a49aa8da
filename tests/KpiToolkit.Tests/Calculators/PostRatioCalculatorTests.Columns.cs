using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The columnar path gives exactly the results of the row path, on the property-test posts.</summary>
public partial class PostRatioCalculatorTests
{
    [Theory]
    [MemberData(nameof(Aggregations))]
    public void Columns_GiveTheSameResultsAsRows(Aggregation aggregation)
    {
        var calculators = CalculatorsFor(aggregation);
        var cases =
            from posts in Gen.ListOf(PostGen)
            from period in Gen.Elements(PropertyPeriods)
            from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month)
            from channel in Gen.Elements(PropertyChannels)
            select (Posts: posts.ToArray(), Period: period, Cadence: cadence, Channel: channel);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var columns = PostColumns.From(c.Posts);
            foreach (var calculator in calculators)
            {
                calculator.CalculateByPeriodAndChannel(columns, c.Cadence, PropertyAudience)
                    .Should().Equal(calculator.CalculateByPeriodAndChannel(c.Posts, c.Cadence, PropertyAudience));
                calculator.CalculateByPeriod(columns, c.Cadence, PropertyAudience)
                    .Should().Equal(calculator.CalculateByPeriod(c.Posts, c.Cadence, PropertyAudience));
                calculator.Calculate(columns, c.Period, PropertyAudience)
                    .Should().Be(calculator.Calculate(c.Posts, c.Period, PropertyAudience));
                calculator.CalculateByChannel(columns, c.Period, PropertyAudience)
                    .Should().Equal(calculator.CalculateByChannel(c.Posts, c.Period, PropertyAudience));
                calculator.ToResult(calculator.Accumulate(columns, c.Period, PropertyAudience, c.Channel), c.Period, c.Channel)
                    .Should().Be(calculator.ToResult(calculator.Accumulate(c.Posts, c.Period, PropertyAudience, c.Channel), c.Period, c.Channel));
            }
        }).Check(PropertyConfig);
    }

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void SharedPassOverColumns_GivesEveryScopeTheResultsOfRows(Aggregation aggregation)
    {
        var calculators = CalculatorsFor(aggregation);
        var lookup = new PeriodLookup(PropertyPeriods, ReportingCalendar.Utc);

        Prop.ForAll(Gen.ListOf(PostGen).ToArbitrary(), posts =>
        {
            var data = new ActivityData(posts, PropertyAudience.Channels.SelectMany(c => PropertyAudience.Between(c, Instant.MinValue, Instant.MaxValue)));
            Channel?[] scopes = [null, Channel.Instagram, Channel.YouTube];
            var readers = scopes.Select(scope => (Channel: scope, Readers: calculators.Select(c => ((IPostPass)c).Begin(data, lookup, scope)).ToArray())).ToList();

            var read = SharedPass.OverPostColumns(PostColumns.From(posts), lookup, readers);

            for (var s = 0; s < scopes.Length; s++)
            {
                for (var c = 0; c < calculators.Length; c++)
                {
                    readers[s].Readers[c].Results(read.ScopeHasRecords[s], read.InputHasRecords)
                        .Should().Equal(calculators[c].CalculateMany(data, lookup.Periods, scopes[s]), because: $"{calculators[c].Method} in {scopes[s]}");
                }
            }
        }).Check(PropertyConfig);
    }

    [Fact]
    public void Columns_WithCountsTooLargeForLongSums_WidenAndStayExact()
    {
        // 3 × 4·10^18 overflows a long; the sum pass sees the bound before reading and adds in 128 bits.
        var posts = Enumerable.Range(0, 3).Select(i => new SocialPost(
            $"p{i}", Channel.X, PropertyStart + Duration.FromHours(i), counters: new PostCounters
            {
                Reactions = 4_000_000_000_000_000_000, Comments = 0, Shares = 0, Reach = 3_000_000_000_000_000_000,
            })).ToArray();
        var calculator = new EngagementRateCalculator();

        var result = calculator.CalculateByPeriod(PostColumns.From(posts), Cadence.Month).Should().ContainSingle().Subject;

        result.Value.Should().Be(12.0 / 9.0);
        result.Inputs.Numerator.Should().Be(12e18);
        result.Inputs.Denominator.Should().Be(9e18);
        result.Should().Be(calculator.CalculateByPeriod(posts, Cadence.Month).Single());
    }

    [Fact]
    public void Columns_WithXsFourteenKinds_AddEveryColumnAndSkipAPostMissingOne()
    {
        var every = EngagementComposition.X.Counters.Select(kind => (kind, (long?)2)).Append((PostCounter.Impressions, 100)).ToArray();
        var complete = new SocialPost("x1", Channel.X, PropertyStart, counters: PostCounters.Of(every));
        var lacking = new SocialPost("x2", Channel.X, PropertyStart, counters: PostCounters.Of(every.Skip(1)));
        var calculator = new EngagementRateCalculator(new EngagementRateOptions
        {
            Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions,
        });

        var result = calculator.Calculate(PostColumns.From([complete, lacking]), ReportingPeriod.Month(2026, 2));

        result.Value.Should().Be(28.0 / 100.0);
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Columns_WithAPlatformFigureComposition_ReadTheFiguresKeptBesideTheCounters()
    {
        var posts = new[]
        {
            new SocialPost("p1", Channel.X, PropertyStart, counters: new PostCounters { Impressions = 200 }, platformFigures: PlatformFigures.Of(("Engagements", 9m))),
            new SocialPost("p2", Channel.X, PropertyStart, counters: new PostCounters { Impressions = 100 }),
        };
        var calculator = new EngagementRateCalculator(new EngagementRateOptions
        {
            Composition = EngagementComposition.FromPlatformFigure("X engagements", "Engagements"), Denominator = PostDenominator.Impressions,
        });

        var result = calculator.Calculate(PostColumns.From(posts), ReportingPeriod.Month(2026, 2));

        result.Value.Should().Be(9.0 / 200.0);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
        result.Should().Be(calculator.Calculate(posts, ReportingPeriod.Month(2026, 2)));
    }
}
