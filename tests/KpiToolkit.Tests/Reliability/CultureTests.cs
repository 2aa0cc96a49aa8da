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
}
