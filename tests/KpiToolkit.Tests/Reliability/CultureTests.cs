using System.Globalization;
using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// The same work under the invariant culture and under en-US, fr-FR, de-DE, tr-TR and ar-SA as the current culture and
/// UI culture of the thread: numbers and machine formats must not change, and the formats for people must follow the
/// culture of <see cref="DashboardRenderOptions"/>, never the thread's.
/// </summary>
[Collection(AmbientCultureCollection.Name)]
public sealed class CultureTests
{
    private static readonly Lazy<List<Outcome>> InvariantOutcomes = new(() => AmbientCulture.Run(string.Empty, Outcomes));
    private static readonly Lazy<Dictionary<string, string>> InvariantTexts = new(() => AmbientCulture.Run(string.Empty, Texts));
    private static readonly string[] Dashboards = ["registered", "rich"];

    [Theory]
    [MemberData(nameof(AmbientCulture.All), MemberType = typeof(AmbientCulture))]
    public void Calculators_GiveTheInvariantCulturesResults(string culture)
    {
        var outcomes = AmbientCulture.Run(culture, Outcomes);

        outcomes.Should().HaveCount(InvariantOutcomes.Value.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            outcomes[i].Should().Be(InvariantOutcomes.Value[i], "the culture {0} must not change any number, unit, method or count", culture);
        }
    }

    [Theory]
    [MemberData(nameof(AmbientCulture.All), MemberType = typeof(AmbientCulture))]
    public void JsonAndCsv_AreByteForByteTheInvariantCulturesOnes(string culture)
    {
        // The dashboards are built under the culture too, so a text the model formats (an explanation, a method, a
        // detector's name, a problem) would show a leak as surely as the renderers.
        var texts = AmbientCulture.Run(culture, Texts);

        texts["registered json invariant"].Should().Contain("\"asOf\": \"2026-06-30\"", "a date is ISO 8601 in the ISO calendar, with ASCII digits");
        foreach (var key in Keys("json", "csv"))
        {
            Encoding.UTF8.GetBytes(texts[key]).Should().Equal(Encoding.UTF8.GetBytes(InvariantTexts.Value[key]), "{0} rendered under {1}", key, culture);
        }
    }

    [Theory]
    [MemberData(nameof(AmbientCulture.All), MemberType = typeof(AmbientCulture))]
    public void MarkdownAndHtml_FollowTheRenderOptions_NotTheCurrentCulture(string culture)
    {
        var texts = AmbientCulture.Run(culture, Texts);

        foreach (var key in Keys("markdown", "html"))
        {
            texts[key].Should().Be(InvariantTexts.Value[key], "{0} rendered under {1} must not change with the thread's culture", key, culture);
        }
    }

    [Fact]
    public void MarkdownAndHtml_WithoutOptions_AreInTheInvariantCulture_AsDocumented()
    {
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());
        var markdown = AmbientCulture.Run("fr-FR", () => new MarkdownDashboardRenderer().RenderToString(dashboard));
        var rate = EngagementRate(dashboard);

        markdown.Should().Contain("## Objectives").And.Contain("**As of:** 2026-06-30").And.Contain("**Period:** June 2026 (2026-06-01 – 2026-06-30)");
        markdown.Should().Contain(rate.ToString("P2", CultureInfo.InvariantCulture)).And.NotContain(rate.ToString("P2", CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Theory]
    [InlineData("en-US", "## Objectives", "**As of:** 6/30/2026", "June 2026")]
    [InlineData("fr-FR", "## Objectifs", "**Au\u00A0:** 30/06/2026", "Juin 2026")]
    [InlineData("de-DE", "## Objectives", "**As of:** 30.06.2026", "Juni 2026")]
    [InlineData("tr-TR", "## Objectives", "**As of:** 30.06.2026", "Haziran 2026")]
    public void Markdown_FollowsThePresentationCulture(string culture, string heading, string asOf, string month)
    {
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());
        var format = CultureInfo.GetCultureInfo(culture);

        var markdown = AmbientCulture.Run(string.Empty, () => new MarkdownDashboardRenderer().RenderToString(dashboard, new DashboardRenderOptions { Culture = format }));

        markdown.Should().Contain(heading).And.Contain(asOf).And.Contain(month);
        markdown.Should().Contain(EngagementRate(dashboard).ToString("P2", format), "a rate is written with the culture's decimal separator and percent pattern");
        markdown.Should().NotContain(EngagementRate(dashboard).ToString("P2", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Markdown_WritesADecimalComma_WhereTheCultureHasOne(string culture)
    {
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());
        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) });
        var rate = EngagementRate(dashboard);

        // 0.0643 is written 6,43 % (fr-FR), 6,43 % (de-DE) or %6,43 (tr-TR): with a comma, never with a dot.
        var digits = Math.Round(rate * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        markdown.Should().Contain(digits.Replace('.', ',')).And.NotContain(digits);
    }

    [Fact]
    public void ArabicDashboard_NamesTheGregorianMonthsOfItsDates_NotUmmAlQuraOnes()
    {
        // Regression: Noda Time takes month names and date patterns from the culture's calendar, which is Umm al-Qura for
        // ar-SA, so June 2026 was shown as "جمادى الآخرة 2026" (Jumada al-Akhirah, a Hijri month) and 17 June as "17 جمادى الآخرة".
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());
        var arabic = new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("ar-SA") };

        foreach (var renderer in new IDashboardRenderer[] { new MarkdownDashboardRenderer(), new HtmlDashboardRenderer() })
        {
            var text = renderer.RenderToString(dashboard, arabic);

            text.Should().Contain("يونيو 2026", "June is يونيو in Arabic ({0})", renderer.Format);
            text.Should().NotContain("جمادى", "no Hijri month names a Gregorian date ({0})", renderer.Format);
        }

        var html = new HtmlDashboardRenderer().RenderToString(dashboard, arabic);
        html.Should().Contain("17 يونيو", "the spike of 17 June is labelled with its Gregorian month on the chart");
        CultureInfo.GetCultureInfo("ar-SA").DateTimeFormat.Calendar.Should().BeOfType<UmAlQuraCalendar>("the shared culture itself is left as it is");
    }

    [Theory]
    [InlineData("ar-SA", true)]
    [InlineData("ar-SA", false)]
    [InlineData("fa-IR", true)]
    [InlineData("th-TH", true)]
    public void Dashboards_NameTheGregorianMonth_InEveryCultureWhoseCalendarIsAnother(string name, bool shared)
    {
        // A culture from CultureInfo.GetCultureInfo is shared and read-only; one from new CultureInfo may still be changed.
        var culture = shared ? CultureInfo.GetCultureInfo(name) : new CultureInfo(name);
        var gregorian = (CultureInfo)culture.Clone();
        gregorian.DateTimeFormat.Calendar = culture.OptionalCalendars.OfType<GregorianCalendar>().First();
        var june = gregorian.DateTimeFormat.GetMonthName(6);
        var sixthMonthOfItsCalendar = culture.DateTimeFormat.GetMonthName(6);
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());

        foreach (var renderer in new IDashboardRenderer[] { new MarkdownDashboardRenderer(), new HtmlDashboardRenderer() })
        {
            var text = renderer.RenderToString(dashboard, new DashboardRenderOptions { Culture = culture });

            text.Should().Contain($"{june} 2026", "the period is June 2026 ({0})", renderer.Format);
            if (sixthMonthOfItsCalendar != june)
            {
                text.Should().NotContain(sixthMonthOfItsCalendar, "the sixth month of the culture's own calendar is not June ({0})", renderer.Format);
            }
        }

        culture.DateTimeFormat.Calendar.Should().NotBeOfType<GregorianCalendar>("the culture given is left as it is");
    }

    [Fact]
    public void ArabicDashboard_WritesTheCulturesNumbers_ButSvgCoordinatesInTheInvariantCulture()
    {
        var dashboard = AmbientCulture.Run(string.Empty, () => DashboardFixture.Build());
        var arabic = CultureInfo.GetCultureInfo("ar-SA");

        var html = AmbientCulture.Run("ar-SA", () => new HtmlDashboardRenderer().RenderToString(dashboard, new DashboardRenderOptions { Culture = arabic }));

        html.Should().Contain(EngagementRate(dashboard).ToString("P2", arabic), "people read ar-SA's own decimal separator and percent sign");
        html.Should().MatchRegex("viewBox=\"0 0 [0-9.]+ [0-9.]+\"");
        html.Should().NotMatchRegex(
            "\\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height|points|style)=\"[^\"]*[\u061C\u066B\u066C\u0660-\u0669]",
            "an SVG coordinate never takes a culture's signs, separators or digits");
    }

    [Theory]
    [MemberData(nameof(AmbientCulture.All), MemberType = typeof(AmbientCulture))]
    public void RecordChecks_WriteTheValueTheyRefuse_InTheInvariantCulture(string culture)
    {
        // Regression: these sentences reach the importer's rejected-row reports and a dashboard's problems, and wrote
        // -1.5 as -1,5 in fr-FR and -2 with an Arabic letter mark before the minus in ar-SA.
        var at = Instant.FromUtc(2026, 6, 1, 0, 0);
        var messages = AmbientCulture.Run(culture, () => new[]
        {
            FirstLine(() => new AudienceSnapshot(Channel.X, at, -5)),
            FirstLine(() => new PostCounters { Reactions = -3 }),
            FirstLine(() => new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = -1.5 })),
            FirstLine(() => new EmailCampaignReport("June newsletter", at, sent: 10, uniqueOpens: 0, uniqueClicks: 0, hardBounces: 8, softBounces: 4)),
            FirstLine(() => new Indicator(
                new IndicatorKey("score"), "Score", IndicatorUnit.Ratio, Polarity.HigherIsBetter, IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
                minimumValue: 0.5, maximumValue: -0.25)),
        });

        messages.Should().Equal(
            "followers must not be negative, but was -5. (Parameter 'followers')",
            "Reactions must not be negative, but was -3. (Parameter 'Reactions')",
            "StandardDeviationDetectorOptions.K must be greater than zero, but was -1.5. (Parameter 'StandardDeviationDetectorOptions.K')",
            "delivered (-2) must be between 0 and sent (10). (Parameter 'delivered')",
            "minimumValue (0.5) must not be greater than maximumValue (-0.25). (Parameter 'minimumValue')");
    }

    // The first line is the library's sentence; .NET adds "Actual value was …" in the current culture on a second line.
    private static string FirstLine(Action create) =>
        FluentActions.Invoking(create).Should().Throw<ArgumentException>().Which.Message.Split(Environment.NewLine)[0];

    private static double EngagementRate(KpiDashboard dashboard) =>
        dashboard.Rows.First(row => row.Indicator.Key == BuiltInIndicators.EngagementRate.Key && row.Channel is null).Current.Value!.Value;

    /// <summary>Every registered calculator's outcomes under the current culture.</summary>
    private static List<Outcome> Outcomes()
    {
        using var services = Workload.Services();
        return Workload.Calculate(services.GetServices<IKpiCalculator>());
    }

    /// <summary>
    /// Two dashboards built under the current culture, in every format and presentation culture: the fixture's through the
    /// registered builder, and one with a money KPI, a failing calculator and an action that cannot be ranked.
    /// </summary>
    private static Dictionary<string, string> Texts()
    {
        using var services = Workload.Services();
        var renderers = services.GetServices<IDashboardRenderer>().ToList();
        var built = new Dictionary<string, KpiDashboard>
        {
            [Dashboards[0]] = services.GetRequiredService<DashboardBuilder>().Build(Workload.Request),
            [Dashboards[1]] = RendererDashboards.Rich(),
        };
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, dashboard) in built)
        {
            foreach (var (key, text) in Workload.Render(renderers, dashboard))
            {
                texts.Add($"{name} {key}", text);
            }
        }

        return texts;
    }

    private static IEnumerable<string> Keys(params string[] formats) =>
        from dashboard in Dashboards
        from format in formats
        from options in Workload.RenderOptions
        select $"{dashboard} {format} {(options?.Culture.Name is { Length: > 0 } name ? name : "invariant")}";
}
