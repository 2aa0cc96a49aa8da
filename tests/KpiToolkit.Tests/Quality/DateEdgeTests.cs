using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// Dates at the ends of the calendar. A reporting period lies between -9997-01-01 and 9998-12-31, whatever its cadence, so
/// every calculator can compute every period the library accepts; a date past those days is refused when the period is made.
/// </summary>
public class DateEdgeTests
{
    private static readonly LocalDate Latest = new(9998, 12, 31);
    private static readonly LocalDate Earliest = new(-9997, 1, 1);

    [Fact]
    public void Bounds_AreTheDaysOfTheYearsMonthAccepts()
    {
        ReportingPeriod.LatestDay.Should().Be(Latest);
        ReportingPeriod.EarliestDay.Should().Be(Earliest);
        ReportingPeriod.Month(9998, 12).End.Should().Be(ReportingPeriod.LatestDay);
        ReportingPeriod.Month(-9997, 1).Start.Should().Be(ReportingPeriod.EarliestDay);
    }

    [Fact]
    public void RecordsDatedPastTheLatestDay_BelongToNoPeriod_AndTheOthersAreCounted()
    {
        // 9999-06-01 is a common "never" in exports: no reporting period holds it, so it is left out of every grouping.
        var never = Instant.FromUtc(9999, 6, 1, 0, 0);
        var day = Instant.FromUtc(2026, 3, 2, 10, 0);
        SocialPost[] posts = [new("never", Channel.Instagram, never), new("p", Channel.Instagram, day), new("q", Channel.Instagram, day)];
        Mention[] mentions = [new("m-never", never, MentionSourceType.Blog, "ana"), new("m", day, MentionSourceType.Blog, "bob")];
        var frequency = new PostingFrequencyCalculator();

        var byRows = frequency.CalculateByPeriod(posts, Cadence.Day);
        var byColumns = frequency.CalculateByPeriod(PostColumns.From(posts), Cadence.Day);
        var series = new MentionVolumeCalculator().Series(MentionColumns.From(mentions), Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 3));

        byRows.Should().ContainSingle().Which.Inputs.RecordsUsed.Should().Be(2);
        byColumns.Should().ContainSingle().Which.Inputs.RecordsUsed.Should().Be(2);
        series.Select(point => point.Count).Should().Equal(0, 1, 0);
    }

    [Theory]
    [InlineData("Europe/Paris", 9998, 12, 31, 22, 30, 1)] // 23:30 on 9998-12-31 in Paris: the last day
    [InlineData("Europe/Paris", 9998, 12, 31, 23, 30, 0)] // 00:30 on 9999-01-01 in Paris: past it
    [InlineData("America/New_York", -9997, 1, 1, 5, 30, 1)] // 00:30 on -9997-01-01 in New York: the first day
    [InlineData("America/New_York", -9997, 1, 1, 4, 30, 0)] // 23:30 on -9998-12-31 in New York: before it
    public void RecordsAtTheEdgeOfTheReportableDays_AreCountedByTheirLocalDate(string zone, int year, int month, int day, int hour, int minute, int counted)
    {
        var calendar = new ReportingCalendar(DateTimeZoneProviders.Tzdb[zone]);
        var at = Instant.FromUtc(year, month, day, hour, minute);
        SocialPost[] posts = [new("edge", Channel.Instagram, at)];

        var results = new PostingFrequencyCalculator(calendar: calendar).CalculateByPeriod(PostColumns.From(posts), Cadence.Day);

        results.Sum(result => result.Inputs.RecordsUsed).Should().Be(counted);
    }

    [Fact]
    public void WeekStartingThreeDaysAfterTheEarliestDay_HasAPreviousWeek()
    {
        var week = ReportingPeriod.Week(ReportingPeriod.EarliestDay.PlusDays(3));

        week.HasPrevious.Should().BeTrue();
        week.Previous().End.Should().Be(ReportingPeriod.EarliestDay.PlusDays(2));
    }

    [Fact]
    public void Day_9999_12_31_IsRefused_LikeMonth_9999_12()
    {
        var day = () => ReportingPeriod.Day(new LocalDate(9999, 12, 31));
        var month = () => ReportingPeriod.Month(9999, 12);

        day.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("date")
            .WithMessage("date (9999-12-31) must be between -9997-01-01 and 9998-12-31, the days a reporting period may cover.*");
        month.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    [Fact]
    public void Day_BeforeTheEarliestDay_IsRefused()
    {
        var act = () => ReportingPeriod.Day(new LocalDate(-9998, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Custom_EndingIn9999_IsRefused()
    {
        var act = () => ReportingPeriod.Custom(new LocalDate(9998, 6, 1), new LocalDate(9999, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("end")
            .WithMessage("end (9999-01-01) must be between -9997-01-01 and 9998-12-31*");
    }

    [Fact]
    public void Week_StartingAfterTheLatestDay_IsRefused()
    {
        var act = () => ReportingPeriod.Week(new LocalDate(9999, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("firstDay")
            .WithMessage("The week from 9999-01-01 holds none of the days from -9997-01-01 to 9998-12-31 a reporting period may cover.*");
    }

    [Fact]
    public void IsoWeek_9998_W53_OverhangingInto9999_IsAccepted_AndComputed()
    {
        // 9999-01-01 is a Friday, so ISO week 9998-W53 runs from Monday 9998-12-28 to Sunday 9999-01-03: a week may overhang
        // the latest day, so that the week holding 9998-12-31 exists. Its interval ends at the start of 9999-01-04.
        var week = ReportingPeriod.IsoWeek(9998, 53);

        week.End.Should().Be(new LocalDate(9999, 1, 3));
        ReportingCalendar.Utc.PeriodContaining(Latest, Cadence.Week).Should().Be(week);
        ReportingCalendar.Utc.ToInterval(week).End.Should().Be(Instant.FromUtc(9999, 1, 4, 0, 0));
        var next = () => week.Next();
        next.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstDay");
    }

    [Fact]
    public void PeriodsBetween_UpToTheLatestDay_StopsThere()
    {
        var days = ReportingCalendar.Utc.PeriodsBetween(Latest.PlusDays(-2), Latest, Cadence.Day);

        days.Select(day => day.Start).Should().Equal(Latest.PlusDays(-2), Latest.PlusDays(-1), Latest);
    }

    [Fact]
    public void Next_OfTheLastDay_IsRefused_AndPrevious_OfTheFirstDay()
    {
        var next = () => ReportingPeriod.Day(Latest).Next();
        var previous = () => ReportingPeriod.Day(Earliest).Previous();

        next.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        previous.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    public static TheoryData<string> EdgePeriods() => ["last day", "last week", "week before the last", "last month", "last year", "custom to the last day", "first day", "first month"];

    [Theory]
    [MemberData(nameof(EdgePeriods))]
    public void EveryCalculator_ComputesAPeriodAtTheEdge(string which)
    {
        var period = Period(which);
        var data = DataOn(period.Start == Earliest ? Earliest : Latest);

        foreach (var calendar in new[] { ReportingCalendar.Utc, new ReportingCalendar(DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]) })
        {
            var registry = KpiCalculatorRegistry.CreateDefault(calendar);
            registry.Calculators.Should().HaveCountGreaterThanOrEqualTo(30);
            foreach (var calculator in registry.Calculators)
            {
                var act = () => calculator.Calculate(data, period);
                act.Should().NotThrow($"{calculator.GetType().Name} over {period} in {calendar}");
            }
        }
    }

    [Fact]
    public void Calculators_CountTheRecordsOfTheLastDay()
    {
        var registry = KpiCalculatorRegistry.CreateDefault(ReportingCalendar.Utc);
        var data = DataOn(Latest);

        // Two mentions at noon on 9998-12-31, counted in the last day, week, month and year.
        var volume = registry.Get(BuiltInIndicators.MentionVolume.Key);
        volume.Calculate(data, ReportingPeriod.Day(Latest)).Value.Should().Be(2);
        volume.Calculate(data, ReportingPeriod.IsoWeek(9998, 53)).Value.Should().Be(2);
        volume.Calculate(data, ReportingPeriod.Year(9998)).Value.Should().Be(2);
    }

    [Fact]
    public void DashboardBuilder_LastDay_BuildsWithoutProblems()
    {
        var builder = DashboardBuilder.CreateDefault(new FakeClock(Instant.FromUtc(2026, 7, 3, 9, 0)));

        var dashboard = builder.Build(new DashboardRequest(ReportingPeriod.Day(Latest)) { Data = DataOn(Latest) });

        dashboard.Problems.Should().BeEmpty();
        dashboard.Sections.SelectMany(section => section.Rows).Should().NotBeEmpty();
    }

    [Fact]
    public void DashboardBuilder_FirstMonth_ListsTheShortHistoryAsAProblem()
    {
        var builder = DashboardBuilder.CreateDefault(new FakeClock(Instant.FromUtc(2026, 7, 3, 9, 0)));

        var dashboard = builder.Build(new DashboardRequest(ReportingPeriod.Month(-9997, 2)) { Data = DataOn(Earliest) });

        // Six periods are asked for by default; only -9997-01 and -9997-02 exist.
        dashboard.Problems.Should().ContainSingle(problem => problem.Component == "history")
            .Which.Message.Should().Be("The history holds 2 of the 6 periods asked for: the one before -9997-01 would start before -9997-01-01, the earliest day a reporting period may cover.");
    }

    [Fact]
    public void DashboardBuilder_ObjectiveWithADeadlineIn9999_IsEvaluatedWithoutProblems()
    {
        var objective = new Objective(
            "far", "Reach 10,000 followers on Instagram", BuiltInIndicators.Followers, Target.IncreaseTo(10_000),
            start: new LocalDate(9998, 6, 1), deadline: new LocalDate(9999, 12, 31), cadence: Cadence.Month);
        var builder = DashboardBuilder.CreateDefault(new FakeClock(Instant.FromUtc(9998, 12, 31, 18, 0)));

        var dashboard = builder.Build(new DashboardRequest(ReportingPeriod.Month(9998, 12)) { Data = DataOn(Latest), Objectives = [objective] });

        dashboard.Problems.Should().BeEmpty();
        dashboard.Objectives.Should().ContainSingle().Which.Objective.Id.Should().Be("far");
    }

    [Theory]
    [InlineData(9998, 6, 1, 9999, 12, 31, null)]
    [InlineData(9999, 12, 31, 9999, 12, 31, SmartErrorCodes.HorizonTooShort)]
    [InlineData(9999, 12, 1, 9999, 12, 31, null)]
    [InlineData(9998, 1, 1, 9999, 12, 31, null)]
    [InlineData(9996, 1, 1, 9999, 12, 31, SmartErrorCodes.HorizonTooLong)]
    [InlineData(9999, 12, 25, 9999, 12, 30, SmartErrorCodes.HorizonTooShort)]
    public void TimeBoundRule_DeadlineIn9998To9999_GivesAVerdict(int y1, int m1, int d1, int y2, int m2, int d2, string? expected)
    {
        // Minimum horizon 7 days, maximum 3 years (the defaults); today is 2026-07-03.
        var objective = new Objective(
            "far", "Reach 10,000 followers on Instagram", BuiltInIndicators.Followers, Target.IncreaseTo(10_000),
            start: new LocalDate(y1, m1, d1), deadline: new LocalDate(y2, m2, d2));
        var validator = SmartValidator.CreateDefault(new FakeClock(Instant.FromUtc(2026, 7, 3, 9, 0)));

        var codes = validator.Validate(objective).AllFindings
            .Where(finding => finding.Criterion == SmartCriterion.TimeBound)
            .Select(finding => finding.Code)
            .ToList();

        codes.Should().NotContain(SmartErrorCodes.RuleFailed);
        if (expected is null)
        {
            codes.Should().BeEmpty();
        }
        else
        {
            codes.Should().Equal(expected);
        }
    }

    private static ReportingPeriod Period(string which) => which switch
    {
        "last day" => ReportingPeriod.Day(Latest),
        "last week" => ReportingPeriod.IsoWeek(9998, 53),
        "week before the last" => ReportingPeriod.Week(Latest.PlusDays(-6)),
        "last month" => ReportingPeriod.Month(9998, 12),
        "last year" => ReportingPeriod.Year(9998),
        "custom to the last day" => ReportingPeriod.Custom(new LocalDate(9998, 12, 1), Latest),
        "first day" => ReportingPeriod.Day(Earliest),
        _ => ReportingPeriod.Month(-9997, 1),
    };

    private static ActivityData DataOn(LocalDate day)
    {
        var at = day.At(new LocalTime(12, 0)).InUtc().ToInstant();
        var counters = new PostCounters { Impressions = 100, Reach = 80, Reactions = 5, Comments = 2, Shares = 1, Clicks = 3 };
        var whole = ReportingPeriod.Day(day);
        return new ActivityData(
            posts: [new SocialPost("p", Channel.Instagram, at, counters: counters)],
            audience: [new AudienceSnapshot(Channel.Instagram, at - Duration.FromHours(6), 1000), new AudienceSnapshot(Channel.Instagram, at, 1010)],
            mentions:
            [
                new Mention("m1", at, MentionSourceType.Blog, "ana", potentialReach: 10, reactions: 1),
                new Mention("m2", at, MentionSourceType.Blog, "bob", potentialReach: 20, reactions: 2),
            ],
            pressArticles: [new PressArticle("a", "Le Monde", MediaKind.Print, day, tonality: Sentiment.Positive, potentialAudience: 1000)],
            actions: [new ActionResult("ads", Channel.Instagram, whole, new Money(100m, "EUR"), new Money(150m, "EUR"), impressions: 1000, clicks: 10, engagements: 20, conversions: 2)],
            webTraffic: [new WebTrafficRecord(day, Channel.Blog, 10, 8, 2, 1)],
            emailCampaigns: [new EmailCampaignReport("c", at, 100, 40, 10, delivered: 95, unsubscribes: 1)],
            channelActivity: [new ChannelActivity(Channel.Instagram, day, 100, 80, 10, 5, 2)]);
    }
}
