using System.Globalization;
using System.Xml.Linq;
using FluentAssertions;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>What a dashboard opens on and what it leaves out: scorecards, best and weakest posts, units, KPIs without data.</summary>
public sealed class DashboardHighlightsTests
{
    private static readonly Lazy<KpiDashboard> Fixture = new(() => DashboardFixture.Build());

    private static KpiDashboard Build(DashboardRequest request, DashboardOptions? options = null, KpiCalculatorRegistry? registry = null) =>
        new DashboardBuilder(
            registry ?? KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn,
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            options).Build(request);

    private static DashboardRequest WithoutData() =>
        new(DashboardFixture.June) { Indicators = [BuiltInIndicators.EngagementRate.Key, BuiltInIndicators.Followers.Key] };

    [Fact]
    public void Scorecards_AreTheObjectivesKpisWithData_InTheObjectivesOrder()
    {
        var dashboard = Fixture.Value;

        dashboard.Scorecards.Select(row => (row.Indicator.Key.Value, row.Channel?.Name)).Should().Equal(
            ("followers", "Instagram"), ("engagement-rate", "Instagram"), ("email-unsubscribe-rate", null), ("headcount", null));
        dashboard.Scorecards.Should().OnlyContain(row => row.Evaluation != null && dashboard.Rows.Contains(row));
    }

    [Fact]
    public void KpisWithoutAnyValue_AreListedOnceAsNotMeasured_AndAnalysesWithoutDataNamed()
    {
        var dashboard = Build(WithoutData());

        dashboard.Sections.Should().BeEmpty();
        dashboard.NotMeasured.Select(row => row.Indicator.Key.Value).Should().Equal("engagement-rate", "followers");
        dashboard.Scorecards.Should().BeEmpty();
        dashboard.AnalysesWithoutData.Should().Equal(
            DashboardAnalysis.RoiRanking, DashboardAnalysis.ChannelComparison, DashboardAnalysis.TopPosts, DashboardAnalysis.BestTimeToPost, DashboardAnalysis.MentionSpikes);
        dashboard.HasData(DashboardAnalysis.MentionSpikes).Should().BeFalse();
    }

    [Fact]
    public void ShowRowsWithoutData_KeepsTheRowsInTheirSections()
    {
        var dashboard = Build(WithoutData(), new DashboardOptions { ShowRowsWithoutData = true });

        dashboard.NotMeasured.Should().BeEmpty();
        dashboard.Rows.Select(row => row.Indicator.Key.Value).Should().Equal("followers", "engagement-rate");
    }

    [Fact]
    public void ARowWhoseCalculatorFailed_StaysInItsSection_SinceItSaysWhy()
    {
        var registry = new KpiCalculatorRegistry([.. BuiltInCalculators.Create(DashboardFixture.Paris), new FailingCalculator()]);

        var dashboard = Build(new DashboardRequest(DashboardFixture.June) { Indicators = [FailingCalculator.Key] }, registry: registry);

        dashboard.Rows.Should().ContainSingle().Which.Error.Should().Contain("the feed is down");
        dashboard.NotMeasured.Should().BeEmpty();
    }

    [Fact]
    public void TopPosts_AreThoseOfThePeriod_RankedByTheDashboardsEngagementRate()
    {
        var dashboard = Fixture.Value;
        var request = DashboardFixture.Request();
        var expected = new TopPostsAnalyzer(new EngagementRateCalculator(calendar: DashboardFixture.Paris), 3).Analyze(request.Data.ReadPosts(), DashboardFixture.June);

        var top = dashboard.TopPosts!;

        top.Best.Select(post => (post.Post.Id, post.Value)).Should().Equal(expected.Best.Select(post => (post.Post.Id, post.Value)));
        top.Worst.Select(post => (post.Post.Id, post.Value)).Should().Equal(expected.Worst.Select(post => (post.Post.Id, post.Value)));
        top.Best.Should().HaveCount(3).And.OnlyContain(post => DashboardFixture.June.Contains(post.Post.PublishedAt.InZone(DashboardFixture.Paris.Zone).Date));
        top.Best[0].Value.Should().BeGreaterThanOrEqualTo(top.Best[1].Value);
        top.Worst[0].Value.Should().BeLessThanOrEqualTo(top.Worst[1].Value);
        top.Best[0].Value.Should().Be((double)top.Best[0].Numerator / top.Best[0].Denominator);
    }

    [Fact]
    public void TopPostCount_Zero_TurnsTheListOff_AndOutOfRangeIsRefused()
    {
        DashboardFixture.Build(new DashboardOptions { TopPostCount = 0 }).TopPosts.Should().BeNull();

        var act = () => new DashboardOptions { TopPostCount = 51 }.Validated();

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("TopPostCount");
    }

    [Fact]
    public void PressArticles_WithoutAnyArticle_IsNotMeasured_LikeMentionVolume()
    {
        var dashboard = Build(new DashboardRequest(DashboardFixture.June) { Indicators = [BuiltInIndicators.PressArticles.Key, BuiltInIndicators.MentionVolume.Key] });

        dashboard.NotMeasured.Select(row => row.Indicator.Key.Value).Should().Equal("press-articles", "mention-volume");
        dashboard.NotMeasured.Should().OnlyContain(row => row.Current.UnavailableReason == KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Html_ScorecardTrend_HasAxesInTheKpisUnit_TheTargetLine_AndATextAlternative()
    {
        var html = new HtmlDashboardRenderer().RenderToString(Fixture.Value, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        var document = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);

        var cards = document.Descendants("li").Where(li => (string?)li.Attribute("class") == "scorecard").ToList();
        cards.Should().HaveCount(4);
        var engagement = cards.Single(card => (string?)card.Attribute("data-indicator") == "engagement-rate");
        var chart = engagement.Descendants("svg").Single();
        ((string?)chart.Attribute("aria-label")).Should().StartWith("Engagement rate (Instagram): Jan 2026 ").And.EndWith("Jun 2026 6.43%; target ≥ 6.00%");
        var ticks = chart.Elements("text").Where(text => (string?)text.Attribute("class") == "tick").Select(text => text.Value).ToList();
        ticks.Should().Contain(["Jan 2026", "Jun 2026"]);
        ticks.Where(tick => tick.EndsWith('%')).Should().HaveCountGreaterThanOrEqualTo(2, "the value axis is in percent");
        chart.Elements("line").Count(line => (string?)line.Attribute("class") == "axis").Should().Be(2);
        chart.Elements("line").Should().ContainSingle(line => (string?)line.Attribute("class") == "spark-target");
        chart.Elements("text").Single(text => (string?)text.Attribute("class") == "target-label").Value.Should().Be("target");
        engagement.Descendants("span").Single(span => (string?)span.Attribute("class") == "kpi-value").Value.Should().Be("6.43%");
    }

    [Fact]
    public void Html_MentionChart_WithAPeakOfOne_HasWholeTicksOnly()
    {
        var mention = new Mention("m1", Instant.FromUtc(2026, 6, 10, 9, 0), MentionSourceType.Blog, "a blogger");
        var dashboard = Build(new DashboardRequest(DashboardFixture.June) { Data = new ActivityData(mentions: [mention]), Indicators = [BuiltInIndicators.MentionVolume.Key] });

        var html = new HtmlDashboardRenderer().RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        var document = XDocument.Parse(html[html.IndexOf("<html", StringComparison.Ordinal)..]);

        var chart = document.Descendants("svg").Single(svg => (string?)svg.Attribute("data-chart") == "mentions");
        chart.Elements("text").Where(text => (string?)text.Attribute("class") == "tick").Select(text => text.Value).Where(value => value.All(char.IsDigit))
            .Should().Equal("0", "1");
    }

    [Fact]
    public void MentionSpikes_SayWhatIsBehindEachSpike_TheGoodKindOrTheBadKind()
    {
        var dashboard = Fixture.Value;
        var spike = dashboard.MentionSpikes!.Spikes.Should().ContainSingle().Subject;
        var day = DashboardFixture.Paris.ToInterval(spike.Period);
        var expected = new SpikeExplainer().Explain(DashboardFixture.Request().Data.ReadMentions(), day);

        var explanation = dashboard.MentionSpikes.Explanations.Should().ContainSingle().Subject;

        explanation.Mentions.Should().Be(spike.Observed, "the explanation reads the same mentions the spike counted");
        explanation.Character.Should().Be(expected.Character);
        (explanation.Positive, explanation.Neutral, explanation.Negative, explanation.UnknownTone).Should().Be((expected.Positive, expected.Neutral, expected.Negative, expected.UnknownTone));
        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });
        markdown.Should().Contain(KpiToolkit.Localization.KpiLocalizer.Default.GetString($"SpikeCharacter.{expected.Character}", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void ExplainSpikes_Off_LeavesTheSpikesUnexplained()
    {
        var dashboard = DashboardFixture.Build(new DashboardOptions { ExplainSpikes = false });

        dashboard.MentionSpikes!.Spikes.Should().NotBeEmpty();
        dashboard.MentionSpikes.Explanations.Should().BeEmpty();
    }

    [Fact]
    public void Markdown_RatioValues_SayWhatTheyCount_InTheLabelsLanguage()
    {
        var french = new MarkdownDashboardRenderer().RenderToString(Fixture.Value, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });
        var english = new MarkdownDashboardRenderer().RenderToString(Fixture.Value, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("en-US") });

        french.Should().Contain("6,07\u00A0publications / semaine");
        english.Should().Contain("6.07\u00A0posts / week");
    }

    [Fact]
    public void UnitLabel_IsRefusedForAFractionOrMoney_AndKeptByADisplayName()
    {
        var fraction = () => new Indicator(new IndicatorKey("x"), "X", IndicatorUnit.Fraction, Polarity.HigherIsBetter, IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, unitLabel: "per post");

        fraction.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("unitLabel");
        var renamed = IndicatorCatalog.BuiltIn.WithDisplayName(IndicatorKeys.ConversationRatePerFollower, "Comments per fan").Displayed(BuiltInIndicators.ConversationRatePerFollower);
        renamed.Name.Should().Be("Comments per fan");
        renamed.UnboundedRateReason.Should().Be(BuiltInIndicators.ConversationRatePerFollower.UnboundedRateReason);
        renamed.PlausibleMaximum.Should().BeNull("a renamed rate that can pass 100 % keeps its reason, so its targets are not flagged");
        IndicatorCatalog.BuiltIn.WithDisplayName(IndicatorKeys.ConversationRate, "Talk").Displayed(BuiltInIndicators.ConversationRate).UnitLabel.Should().Be("comments / post");
    }

    private sealed class FailingCalculator : IKpiCalculator
    {
        public static readonly IndicatorKey Key = new("testimonials");

        public Indicator Indicator { get; } = new(Key, "Testimonials", IndicatorUnit.Count, Polarity.HigherIsBetter, IndicatorCategory.Engagement, MediaType.Earned, Cadence.Month);

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            throw new InvalidOperationException("the feed is down");
    }
}
