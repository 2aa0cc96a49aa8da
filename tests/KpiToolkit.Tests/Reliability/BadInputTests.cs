using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Bad input of every kind is refused where it enters, by an error that names the field and says what is
/// wrong; where a whole dashboard is built, the part that cannot be computed is reported and the rest kept.
/// Rows of a CSV file are covered by the importer's own suite.
/// </summary>
public class BadInputTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 10, 12, 0);
    private static readonly LocalDate Day = new(2026, 3, 10);
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly BadInput[] Cases =
    [
        new("negative reach", () => _ = new PostCounters { Reach = -1 }, typeof(ArgumentOutOfRangeException), "Reach", "Reach must not be negative, but was -1."),
        new("negative impressions", () => _ = new PostCounters { Impressions = -1 }, typeof(ArgumentOutOfRangeException), "Impressions", "Impressions must not be negative, but was -1."),
        new("negative followers", () => _ = new AudienceSnapshot(Channel.X, At, -5), typeof(ArgumentOutOfRangeException), "followers", "followers must not be negative, but was -5."),
        new("negative gained", () => _ = new AudienceSnapshot(Channel.X, At, 5, gained: -1), typeof(ArgumentOutOfRangeException), "gained", "gained must not be negative, but was -1."),
        new("negative mention reach", () => _ = new Mention("m", At, MentionSourceType.Blog, "a", potentialReach: -1), typeof(ArgumentOutOfRangeException), "potentialReach", "potentialReach must not be negative, but was -1."),
        new("negative mention shares", () => _ = new Mention("m", At, MentionSourceType.Blog, "a", shares: -1), typeof(ArgumentOutOfRangeException), "shares", "shares must not be negative, but was -1."),
        new("negative press audience", () => _ = new PressArticle("p", "Le Monde", MediaKind.Print, Day, potentialAudience: -1), typeof(ArgumentOutOfRangeException), "potentialAudience", "potentialAudience must not be negative, but was -1."),
        new("negative action clicks", () => _ = new ActionResult("a", Channel.X, March, new Money(1, "EUR"), clicks: -1), typeof(ArgumentOutOfRangeException), "clicks", "clicks must not be negative, but was -1."),
        new("negative cost", () => _ = new ActionResult("a", Channel.X, March, new Money(-1, "EUR")), typeof(ArgumentException), "cost", "cost must not be negative, but was -1.00 EUR."),
        new("negative sessions", () => _ = new WebTrafficRecord(Day, Channel.Blog, -1), typeof(ArgumentOutOfRangeException), "sessions", "sessions must not be negative, but was -1."),
        new("negative sent", () => _ = new EmailCampaignReport("c", At, -1, 0, 0), typeof(ArgumentOutOfRangeException), "sent", "sent must not be negative, but was -1."),
        new("negative count accumulator", () => _ = new CountAccumulator(-1), typeof(ArgumentOutOfRangeException), "count", "count must not be negative, but was -1."),
        new("NaN target", () => _ = Target.IncreaseTo(double.NaN), typeof(ArgumentOutOfRangeException), "value", "value must be a finite number, but was NaN."),
        new("infinite keep-within", () => _ = Target.KeepWithin(0, double.PositiveInfinity), typeof(ArgumentOutOfRangeException), "maximum", "maximum must be a finite number, but was Infinity."),
        new("NaN baseline", () => _ = new Baseline(double.NaN, Day), typeof(ArgumentOutOfRangeException), "value", "value must be a finite number, but was NaN."),
        new("NaN measurement", () => _ = new Measurement(IndicatorKeys.EngagementRate, March, double.NaN), typeof(ArgumentOutOfRangeException), "value", "value must be a finite number, but was NaN."),
        new("infinite measurement", () => _ = new Measurement(IndicatorKeys.EngagementRate, March, double.NegativeInfinity), typeof(ArgumentOutOfRangeException), "value", "value must be a finite number, but was -Infinity."),
        new("measurement beyond 1e300", () => _ = new Measurement(IndicatorKeys.EngagementRate, March, -2e300), typeof(ArgumentOutOfRangeException), "value", "value must be between -1e300 and 1e300."),
        new("NaN weight", () => _ = new Objective("o", "s", BuiltInIndicators.EngagementRate, weight: double.NaN), typeof(ArgumentOutOfRangeException), "weight", "weight must be a finite number, but was NaN."),
        new("NaN indicator minimum", () => _ = new Indicator(new IndicatorKey("x"), "X", IndicatorUnit.Count, Polarity.HigherIsBetter, IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month, minimumValue: double.NaN), typeof(ArgumentOutOfRangeException), "minimumValue", "minimumValue must be a finite number, but was NaN."),
        new("NaN detector K", () => _ = new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = double.NaN }), typeof(ArgumentOutOfRangeException), "StandardDeviationDetectorOptions.K", "StandardDeviationDetectorOptions.K must be a finite number, but was NaN."),
        new("NaN z threshold", () => _ = new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Threshold = double.PositiveInfinity }), typeof(ArgumentOutOfRangeException), "ModifiedZScoreDetectorOptions.Threshold", "ModifiedZScoreDetectorOptions.Threshold must be a finite number, but was Infinity."),
        new("NaN roi threshold", () => _ = new RoiRankingAnalyzer(new RoiRankingOptions { KeepAtOrAbove = double.NaN }), typeof(ArgumentOutOfRangeException), "RoiRankingOptions.KeepAtOrAbove", "RoiRankingOptions.KeepAtOrAbove must be a finite number, but was NaN."),
        new("NaN ratio sum", () => _ = RatioAccumulator.FromTotals(Aggregation.MeanOfRatios, 1, 1, 1, ratioSum: double.NaN), typeof(ArgumentOutOfRangeException), "ratioSum", "ratioSum must be a finite number of at least 0."),
        new("NaN kpi value", () => _ = KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, double.NaN, new KpiInputs(1, 0, 1), "m"), typeof(ArgumentOutOfRangeException), "value", "value must be a finite number, but was NaN."),
        new("empty post id", () => _ = new SocialPost("", Channel.X, At), typeof(ArgumentException), "id", "id must not be empty or whitespace."),
        new("blank post id", () => _ = new SocialPost("  ", Channel.X, At), typeof(ArgumentException), "id", "id must not be empty or whitespace."),
        new("blank channel", () => _ = new Channel(" "), typeof(ArgumentException), "name", "name must not be empty or whitespace."),
        new("empty indicator key", () => _ = new IndicatorKey(""), typeof(ArgumentException), "value", "'' is not a valid indicator key: it is empty."),
        new("blank indicator key", () => _ = new IndicatorKey("  "), typeof(ArgumentException), "value", "'  ' is not a valid indicator key: it must start with a letter or a digit."),
        new("blank competitor", () => _ = Subject.Competitor(" "), typeof(ArgumentException), "name", "name must not be empty or whitespace."),
        new("blank author", () => _ = new Mention("m", At, MentionSourceType.Blog, " "), typeof(ArgumentException), "author", "author must not be empty or whitespace."),
        new("blank outlet", () => _ = new PressArticle("p", "\t", MediaKind.Print, Day), typeof(ArgumentException), "outlet", "outlet must not be empty or whitespace."),
        new("blank action name", () => _ = new ActionResult(" ", Channel.X, March, new Money(1, "EUR")), typeof(ArgumentException), "name", "name must not be empty or whitespace."),
        new("blank campaign", () => _ = new EmailCampaignReport(" ", At, 1, 0, 0), typeof(ArgumentException), "campaign", "campaign must not be empty or whitespace."),
        new("blank objective id", () => _ = new Objective(" ", "s", BuiltInIndicators.EngagementRate), typeof(ArgumentException), "id", "id must not be empty or whitespace."),
        new("blank indicator name", () => _ = new Indicator(new IndicatorKey("x"), " ", IndicatorUnit.Count, Polarity.HigherIsBetter, IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month), typeof(ArgumentException), "name", "name must not be empty or whitespace."),
        new("blank currency", () => _ = new Money(1, " "), typeof(ArgumentException), "currency", "currency must be an ISO 4217 code of three letters, such as EUR, but was ' '."),
        new("unknown indicator in registry", () => _ = new KpiCalculatorRegistry(BuiltInCalculators.Create()).Get(new IndicatorKey("no-such-kpi")), typeof(KeyNotFoundException), null, "No calculator computes the indicator 'no-such-kpi'. Registered:*"),
        new("unknown indicator in catalog", () => _ = IndicatorCatalog.BuiltIn.Get(new IndicatorKey("no-such-kpi")), typeof(KeyNotFoundException), null, "No indicator with the key 'no-such-kpi' is in the catalog. Known*"),
        new("custom end before start", () => _ = ReportingPeriod.Custom(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 9)), typeof(ArgumentException), "end", "end (2026-03-09) must not be before start (2026-03-10)."),
        new("objective deadline before start", () => _ = new Objective("o", "s", BuiltInIndicators.EngagementRate, start: new LocalDate(2026, 6, 1), deadline: new LocalDate(2026, 1, 1)), typeof(ArgumentException), "deadline", "deadline (2026-01-01) must not be before start (2026-06-01) for objective 'o'."),
        new("series end before start", () => _ = new MentionVolumeCalculator().Series([], Cadence.Day, new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 1)), typeof(ArgumentException), "end", "end (2026-03-01) must not be before start (2026-03-10)."),
        new("periods between reversed", () => _ = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 1), Cadence.Day), typeof(ArgumentException), "end", "end (2026-03-01) must not be before start (2026-03-10)."),
        new("money of two currencies", () => _ = new Money(1, "EUR") + new Money(1, "USD"), typeof(CurrencyMismatchException), null, "Cannot add amounts in EUR and USD: convert them to one currency*"),
        new("gain in another currency", () => _ = new ActionResult("a", Channel.X, March, new Money(1, "EUR"), new Money(2, "USD")), typeof(ArgumentException), "gain", "gain is in USD but cost in EUR; convert them to one currency first."),
        new("roi over two currencies", () => _ = new RoiCalculator().Calculate(new ActivityData(actions: [new ActionResult("a", Channel.X, March, new Money(1, "EUR"), new Money(2, "EUR")), new ActionResult("b", Channel.X, March, new Money(1, "USD"), new Money(2, "USD"))]), March), typeof(CurrencyMismatchException), null, "Cannot combine 'a' in EUR and 'b' in USD into one Return on investment:*"),
        new("duplicate measurements", () => _ = new MeasurementSeries(IndicatorKeys.EngagementRate, [new Measurement(IndicatorKeys.EngagementRate, March, 0.1), new Measurement(IndicatorKeys.EngagementRate, March, 0.2)]), typeof(ArgumentException), "measurements", "The series of 'engagement-rate' has two values for the period 2026-03: 0.1 and 0.2. A series holds one value per period."),
    ];

    public static TheoryData<string> Names() => [.. Cases.Select(c => c.Name)];

    /// <summary>The input is refused at once, by the exception documented for it, naming the field and what is wrong.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void BadInput_IsRefused_WithAnErrorNamingTheField(string name)
    {
        var input = Cases.Single(c => c.Name == name);

        var error = input.Act.Should().Throw<Exception>().Which;

        error.Should().BeOfType(input.Exception);
        (error as ArgumentException)?.ParamName.Should().Be(input.Parameter);
        error.Message.Should().Match(input.Message + "*");
    }

    [Fact]
    public void Dashboard_ActionsInTwoCurrencies_FailOnlyTheMoneyRows_AndSayWhy()
    {
        var fixture = DashboardFixture.Data();
        var dollars = new ActionResult("US launch", Channel.Instagram, DashboardFixture.June, new Money(500, "USD"), new Money(900, "USD"), clicks: 40, impressions: 4_000);
        var mixed = new ActivityData(fixture.Posts, AudienceOf(fixture), fixture.Mentions, fixture.PressArticles, [.. fixture.Actions, dollars], fixture.WebTraffic, fixture.EmailCampaigns);

        var clean = Builder().Build(DashboardFixture.Request());
        var dashboard = Builder().Build(DashboardFixture.Request() with { Data = mixed });

        var roi = dashboard.Rows.Single(r => r.Indicator.Key == IndicatorKeys.ReturnOnInvestment && r.Channel is null);
        roi.Current.UnavailableReason.Should().Be(KpiUnavailableReason.CalculationFailed);
        dashboard.Problems.Should().Contain(p => p.Message.Contains("EUR", StringComparison.Ordinal) && p.Message.Contains("USD", StringComparison.Ordinal));

        // Every other row is the one built without the dollar action: nothing else is lost.
        dashboard.Rows.Where(r => r.Indicator.Key != IndicatorKeys.ReturnOnInvestment).Select(r => r.Current)
            .Should().Equal(clean.Rows.Where(r => r.Indicator.Key != IndicatorKeys.ReturnOnInvestment).Select(r => r.Current));
        dashboard.Rows.Should().HaveCount(clean.Rows.Count());
    }

    [Fact]
    public void Dashboard_ObjectiveOfAnIndicatorNothingMeasures_IsReported_AndTheRestIsBuilt()
    {
        var orphan = new Indicator(new IndicatorKey("store-visits"), "Store visits", IndicatorUnit.Count, Polarity.HigherIsBetter, IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month);
        var objective = new Objective("visits", "Bring 500 visitors a month to the shop", orphan, Target.IncreaseTo(500), start: new LocalDate(2026, 1, 1), deadline: new LocalDate(2026, 12, 31));
        var request = DashboardFixture.Request();

        var dashboard = Builder().Build(request with { Objectives = [.. request.Objectives, objective] });
        var clean = Builder().Build(request);

        dashboard.Problems.Should().Contain(p => p.Component == "objective 'visits'" && p.Message.Contains("'store-visits'", StringComparison.Ordinal));
        dashboard.Objectives.Should().HaveCount(clean.Objectives.Count + 1);
        dashboard.Objectives.Take(clean.Objectives.Count).Select(o => o.Status).Should().Equal(clean.Objectives.Select(o => o.Status));
    }

    private static IEnumerable<AudienceSnapshot> AudienceOf(ActivityData data) =>
        data.Audience.Channels.SelectMany(channel => data.Audience.Between(channel, Instant.MinValue, Instant.MaxValue));

    private static DashboardBuilder Builder() => new(
        KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
        IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
        DashboardFixture.Clock(),
        DashboardFixture.Paris);

    /// <summary>One bad input: what it is, how it is given, and the error that must come back.</summary>
    private sealed record BadInput(string Name, Action Act, Type Exception, string? Parameter, string Message);
}
