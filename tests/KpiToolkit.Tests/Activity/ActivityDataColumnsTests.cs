using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Activity;

/// <summary>Activity data given as columns gives every calculator and the dashboard the same results as rows.</summary>
public class ActivityDataColumnsTests
{
    private static readonly ActivityData Rows = DashboardFixture.Data();

    private static readonly ActivityData Columns = ActivityData.FromColumns(
        PostColumns.From(Rows.Posts),
        MentionColumns.From(Rows.Mentions),
        Rows.Audience.Channels.SelectMany(channel => Rows.Audience.Between(channel, Instant.MinValue, Instant.MaxValue)),
        Rows.PressArticles,
        Rows.Actions,
        Rows.WebTraffic,
        Rows.EmailCampaigns,
        Rows.ChannelActivity);

    [Fact]
    public void FromColumns_MakesTheRowsOnDemand_AndRowsMakeTheColumnsOnDemand()
    {
        Columns.Posts.Should().Equal(Rows.Posts);
        Columns.Mentions.Should().Equal(Rows.Mentions);
        Rows.PostColumns.ToPosts().Should().Equal(Rows.Posts);
        Rows.PostColumns.Should().BeSameAs(Rows.PostColumns, "the columns are made once");
        ActivityData.FromColumns().Posts.Should().BeEmpty();
    }

    [Fact]
    public void EveryRegisteredCalculator_GivesTheSameResults()
    {
        var registry = KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris);
        // Months, an ISO week the calendar also cuts, a custom range, and a Sunday week the calendar does not cut.
        ReportingPeriod[] periods =
        [
            ReportingPeriod.Month(2026, 5), DashboardFixture.June, ReportingPeriod.IsoWeek(2026, 24),
            ReportingPeriod.Custom(new LocalDate(2026, 4, 10), new LocalDate(2026, 6, 20)),
            DashboardFixture.Paris.PeriodContaining(new LocalDate(2026, 6, 10), Cadence.Week),
        ];

        foreach (var calculator in registry.Calculators)
        {
            var key = calculator.Indicator.Key;
            foreach (var channel in new Channel?[] { null, Channel.Instagram })
            {
                calculator.CalculateMany(Columns, periods, channel).Should().Equal(calculator.CalculateMany(Rows, periods, channel), because: $"{key} {channel}");
                calculator.Calculate(Columns, DashboardFixture.June, channel).Should().Be(calculator.Calculate(Rows, DashboardFixture.June, channel), because: $"{key} {channel}");
            }
        }
    }

    [Fact]
    public void EngagementRate_InACalendarOfSundayWeeks_ReadsAnIsoWeekAlone()
    {
        var sundays = new ReportingCalendar(DashboardFixture.Paris.Zone, IsoDayOfWeek.Sunday);
        var calculator = new EngagementRateCalculator(calendar: sundays);
        ReportingPeriod[] periods = [ReportingPeriod.IsoWeek(2026, 24), sundays.PeriodContaining(new LocalDate(2026, 6, 10), Cadence.Week)];

        calculator.CalculateMany(Columns, periods).Should().Equal(calculator.CalculateMany(Rows, periods));
        calculator.CalculateMany(Rows, periods)[0].Inputs.RecordsUsed.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Dashboard_OverColumns_IsTheDashboardOverRows()
    {
        var builder = new DashboardBuilder(KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris), IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount), DashboardFixture.Clock(), DashboardFixture.Paris);

        var fromRows = builder.Build(DashboardFixture.Request());
        var fromColumns = builder.Build(DashboardFixture.Request() with { Data = Columns });

        Json(fromColumns).Should().Be(Json(fromRows));
    }

    private static string Json(KpiDashboard dashboard)
    {
        using var writer = new StringWriter();
        new JsonDashboardRenderer().Render(dashboard, writer);
        return writer.ToString();
    }
}

/// <summary>The engagement rate by audience reads the posts' columns once for all the periods a dashboard asks.</summary>
public class PeriodEngagementRateColumnsTests
{
    [Theory]
    [InlineData(AudienceBasis.AtPeriodEnd)]
    [InlineData(AudienceBasis.PeriodMean)]
    public void CalculateMany_EqualsEachPeriodComputedAlone(AudienceBasis basis)
    {
        var data = DashboardFixture.Data();
        var calculator = new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Audience = basis }, DashboardFixture.Paris);
        ReportingPeriod[] periods =
        [
            ReportingPeriod.Month(2026, 4), DashboardFixture.June, ReportingPeriod.IsoWeek(2026, 24), DashboardFixture.June,
            ReportingPeriod.Custom(new LocalDate(2026, 3, 29), new LocalDate(2026, 6, 2)), ReportingPeriod.Month(2025, 1),
        ];

        foreach (var channel in new Channel?[] { null, Channel.Instagram, Channel.YouTube })
        {
            calculator.CalculateMany(data, periods, channel)
                .Should().Equal(periods.Select(period => calculator.Calculate(data.Posts, period, data.Audience, channel)), because: $"{channel}");
        }
    }
}
