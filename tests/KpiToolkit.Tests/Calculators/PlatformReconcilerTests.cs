using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KpiToolkit.Tests.Calculators;

public class PlatformReconcilerTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void Reconcile_XPostWhoseFiguresMatchItsFourteenKinds_Agrees()
    {
        // 57 engagements (the 14 kinds below add up to 57) on 1,900 impressions: X prints 57 / 1,900 = 0.03.
        var post = XPost("t1", At(3, 10), impressions: 1_900, engagements: 57, rate: "0.03");

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile([post], March);

        reconciliation.RecordDisagreements.Should().BeEmpty();
        reconciliation.FiguresCompared.Should().Be(2);
        reconciliation.FiguresAgreeing.Should().Be(2);
        reconciliation.Periods.Should().ContainSingle().Which.Agrees.Should().BeTrue();
        reconciliation.HasDisagreements.Should().BeFalse();
    }

    [Fact]
    public void Reconcile_RateWithManyDigits_AgreesWithinHalfItsLastDigit()
    {
        // 57 / 1,901 = 0.029984218832193582...; X writes the double 0.029984218832193583, 1e-18 past the exact quotient.
        var printed = (57.0 / 1_901).ToString("R", CultureInfo.InvariantCulture);
        var post = XPost("t1", At(3, 10), impressions: 1_901, engagements: 57, rate: printed);

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile([post], March);

        reconciliation.RecordDisagreements.Should().BeEmpty();
    }

    [Fact]
    public void Reconcile_RatesPrintedInFullFromADouble_AllAgree()
    {
        // X computes engagements / impressions as a double and prints it in full: 123 / 3,564 is written
        // 0.034511784511784514, 2.2e-18 from the exact quotient, more than half its last digit. Every such rate agrees.
        var posts = new List<SocialPost>();
        for (var impressions = 57; impressions < 5_000; impressions += 37)
        {
            var printed = (57.0 / impressions).ToString("R", CultureInfo.InvariantCulture);
            posts.Add(XPost($"p{impressions}", At(3, 10), impressions, engagements: 57, rate: printed));
        }

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile(posts, March);

        reconciliation.RecordDisagreements.Should().BeEmpty();
        reconciliation.FiguresAgreeing.Should().Be(2 * posts.Count);
    }

    [Fact]
    public void Reconcile_InjectedEngagementsThatTheKindsDoNotAddUpTo_IsListedAsAnotherComposition()
    {
        // The counters add up to 57, but the export says 60 engagements and 60 / 1,900 = 0.0315789474 (rounded to 10 digits).
        var post = XPost("t2", At(3, 12), impressions: 1_900, engagements: 60, rate: "0.0315789474");

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile([post], March);

        reconciliation.RecordDisagreements.Should().HaveCount(2);
        var engagements = reconciliation.RecordDisagreements[0];
        engagements.Figure.Should().Be(PlatformFigureNames.Engagements);
        engagements.Reported.Should().Be(60);
        engagements.Computed.Should().Be(57);
        engagements.Difference.Should().Be(-3);
        engagements.Reason.Should().Be(DisagreementReason.OtherComposition);
        engagements.IsRate.Should().BeFalse();
        engagements.Explanation.Should().Be(
            "the platform counts 3 more engagements than the 57 of X engagements (shares + comments + reactions + profile clicks + link clicks + " +
            "hashtag clicks + detail expands + permalink clicks + app opens + app installs + follows + email shares + phone dials + media engagements)");

        var rate = reconciliation.RecordDisagreements[1];
        rate.Figure.Should().Be(PlatformFigureNames.EngagementRate);
        rate.Computed.Should().Be(57m / 1_900);
        rate.IsRate.Should().BeTrue();
        rate.Reason.Should().Be(DisagreementReason.OtherComposition);
        rate.Explanation.Should().Be("the platform's rate stands for about 60 engagements over 1900 impressions, X engagements gives 57");
        reconciliation.FiguresAgreeing.Should().Be(0);
    }

    [Fact]
    public void Reconcile_PeriodWithAnInjectedDisagreement_NamesThePostBehindIt()
    {
        // Computed: (57 + 57) / (1,900 + 1,900) = 0.03; the platform's figures: (57 + 60) / 3,800 = 0.0307894736842...
        SocialPost[] posts =
        [
            XPost("t1", At(3, 10), impressions: 1_900, engagements: 57, rate: "0.03"),
            XPost("t2", At(3, 12), impressions: 1_900, engagements: 60, rate: "0.0315789474"),
        ];

        var period = new PlatformReconciler(calendar: Paris).Reconcile(posts, March).Periods.Should().ContainSingle().Subject;

        period.Channel.Should().Be(Channel.X);
        period.Computed.Should().BeApproximately(0.03, 1e-15);
        period.Reported.Should().BeApproximately(117.0 / 3_800, 1e-15);
        period.Reason.Should().Be(DisagreementReason.OtherComposition);
        period.RecordIds.Should().Equal("t2");
        period.Explanation.Should().Be("X: 3 % computed, 3.0789 % from the platform's figures; 1 post of the period disagrees with the platform (another composition of engagements)");
    }

    [Fact]
    public void Reconcile_CounterMissingFromTheExport_IsListedWithTheKindsItLacks()
    {
        // An export of X's API v2 has no app opens: X's 14-kind total cannot be rebuilt.
        var post = XPost("t3", At(3, 14), impressions: 1_900, engagements: 57, rate: "0.03", appOpens: null);

        var disagreement = new PlatformReconciler(calendar: Paris).Reconcile([post], March).RecordDisagreements[0];

        disagreement.Reason.Should().Be(DisagreementReason.MissingCounter);
        disagreement.Computed.Should().BeNull();
        disagreement.Difference.Should().BeNull();
        disagreement.Explanation.Should().Be("the export has no app opens for this post, which X engagements needs");
    }

    [Fact]
    public void Reconcile_RateOffByOneUnitOfItsLastDigit_IsTheExportsRounding()
    {
        // 57 / 1,900 = 0.03 exactly; the export printed 0.0301, one unit of its fourth decimal away.
        var post = XPost("t4", At(3, 14), impressions: 1_900, engagements: 57, rate: "0.0301");

        var disagreement = new PlatformReconciler(calendar: Paris).Reconcile([post], March).RecordDisagreements.Should().ContainSingle().Subject;

        disagreement.Reason.Should().Be(DisagreementReason.ExportRounding);
        disagreement.Difference.Should().Be(-0.0001m);
    }

    [Fact]
    public void Reconcile_EngagementsAgreeButTheRateDoesNot_IsAnotherDenominator()
    {
        // 57 engagements agree; the platform's 0.05 stands for 57 over 1,140 (organic impressions, say), not over 1,900.
        var post = XPost("t5", At(3, 14), impressions: 1_900, engagements: 57, rate: "0.05");

        var disagreement = new PlatformReconciler(calendar: Paris).Reconcile([post], March).RecordDisagreements.Should().ContainSingle().Subject;

        disagreement.Reason.Should().Be(DisagreementReason.OtherDenominator);
        disagreement.Explanation.Should().Be("57 engagements over 1900 impressions give 0.03; the platform divides by something else");
    }

    [Fact]
    public void Reconcile_PostAcrossTheMonthBoundaryInThePlatformsZone_IsATimeZoneBoundary()
    {
        // Published 31 March 23:30 UTC: March for X (UTC), 1 April 01:30 in Paris. t6 has 3 retweets, so its kinds add
        // up to 50, over 500 impressions: 0.1. The calendar's March has t1 alone (0.03); X's March also has t6:
        // (57 + 50) / (1,900 + 500) = 107 / 2,400. The calendar's April has t6 (0.1); X's April has nothing.
        SocialPost[] posts =
        [
            XPost("t1", At(3, 10), impressions: 1_900, engagements: 57, rate: "0.03"),
            XPost("t6", Instant.FromUtc(2026, 3, 31, 23, 30), impressions: 500, engagements: 50, rate: "0.1", shares: 3),
        ];

        var periods = new PlatformReconciler(calendar: Paris).Reconcile(posts, [March, ReportingPeriod.Month(2026, 4)]).Periods;

        periods.Should().HaveCount(2);
        periods[0].Reason.Should().Be(DisagreementReason.TimeZoneBoundary);
        periods[0].RecordIds.Should().Equal("t6");
        periods[0].Computed.Should().BeApproximately(0.03, 1e-15);
        periods[0].Reported.Should().BeApproximately(107.0 / 2_400, 1e-15);
        periods[0].Explanation.Should().EndWith("1 post near the period's edges fall in another period in UTC, the platform's zone, than in Europe/Paris");
        periods[1].Period.Should().Be(ReportingPeriod.Month(2026, 4));
        periods[1].Reported.Should().BeNull("X's April has no post");
        periods[1].Computed.Should().BeApproximately(0.1, 1e-15);
        periods[1].Reason.Should().Be(DisagreementReason.TimeZoneBoundary);
    }

    [Fact]
    public void Reconcile_LinkedInRateOnly_ComparesTheRateOfItsFiveKinds()
    {
        // (clicks 30 + reactions 12 + comments 3 + reposts 4 + follows 1) / 1,000 impressions = 0.05, printed 5 %.
        var counters = new PostCounters { Impressions = 1_000, Clicks = 30, Reactions = 12, Comments = 3, Shares = 4, Follows = 1 };
        var agreeing = new SocialPost("li1", Channel.LinkedIn, At(3, 3), counters: counters, platformFigures: PlatformFigures.Of((PlatformFigureNames.EngagementRate, 0.05m)));
        var differing = new SocialPost("li2", Channel.LinkedIn, At(3, 4), counters: counters, platformFigures: PlatformFigures.Of((PlatformFigureNames.EngagementRate, 0.047m)));

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile([agreeing, differing], March);

        reconciliation.FiguresCompared.Should().Be(2);
        var disagreement = reconciliation.RecordDisagreements.Should().ContainSingle().Subject;
        disagreement.RecordId.Should().Be("li2");
        disagreement.Reason.Should().Be(DisagreementReason.OtherComposition, "0.047 × 1,000 stands for 47 engagements, not 50");
    }

    [Fact]
    public void Reconcile_ZeroReach_HasNoRateWhileThePlatformShowsOne()
    {
        var definition = new PlatformDefinition("Facebook", EngagementComposition.FacebookInteractions, PostDenominator.Reach, DateTimeZone.Utc, null, PlatformFigureNames.EngagementRate);
        var options = new PlatformReconcilerOptions();
        options.Definitions[Channel.Facebook] = definition;
        var post = new SocialPost(
            "fb", Channel.Facebook, At(3, 5), counters: new PostCounters { Reactions = 2, Comments = 0, Shares = 0, Reach = 0 }, platformFigures: PlatformFigures.Of((PlatformFigureNames.EngagementRate, 0.02m)));

        var disagreement = new PlatformReconciler(options, Paris).Reconcile([post], March).RecordDisagreements.Should().ContainSingle().Subject;

        disagreement.Reason.Should().Be(DisagreementReason.ZeroDenominator);
    }

    [Fact]
    public void Reconcile_PostsWithoutFiguresOrDefinition_AreCountedNotCompared()
    {
        SocialPost[] posts =
        [
            new("plain", Channel.X, At(3, 5), counters: new PostCounters { Impressions = 10 }),
            new("blog", Channel.Blog, At(3, 5), platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, 4m))),
        ];

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile(posts, March);

        reconciliation.PostsWithoutPlatformFigures.Should().Be(1, "the X post carries no figure; the blog has no platform definition");
        reconciliation.FiguresCompared.Should().Be(0);
        reconciliation.Periods.Should().BeEmpty("no post of the period carries a platform figure");
    }

    [Fact]
    public void Reconcile_Empty_HasNothing()
    {
        var reconciliation = new PlatformReconciler().Reconcile([], March);

        reconciliation.HasDisagreements.Should().BeFalse();
        reconciliation.FiguresCompared.Should().Be(0);
    }

    [Fact]
    public void Reconcile_NullPost_ThrowsNamingPosts()
    {
        var act = () => new PlatformReconciler().Reconcile([null!], March);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("posts");
    }

    [Fact]
    public void Definition_FollowerDenominatorOrNoFigure_Throws()
    {
        var followers = () => new PlatformDefinition("p", EngagementComposition.X, PostDenominator.Followers, DateTimeZone.Utc, "engagements", null);
        var noFigure = () => new PlatformDefinition("p", EngagementComposition.X, PostDenominator.Impressions, DateTimeZone.Utc, null, " ");

        followers.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("denominator");
        noFigure.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rateFigure");
    }

    [Fact]
    public void Reconcile_ActivityRows_CompareTheirReportedRateWithTheirEngagementsOverTheirDenominator()
    {
        var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        ChannelActivity[] rows =
        [
            // X divides by impressions: 450 / 15,000 = 0.03, reported 3 % (written 0.03): agrees.
            new(Channel.X, march, impressions: 15_000, reach: 9_000, engagements: 450, reportedEngagementRate: 0.03m),

            // Instagram divides by reach: 450 / 9,000 = 0.05, but 0.03 reported (over impressions): another denominator.
            new(Channel.Instagram, march, impressions: 15_000, reach: 9_000, engagements: 450, reportedEngagementRate: 0.03m),

            // LinkedIn: 0.0301 printed for 0.03, one unit of its last digit.
            new(Channel.LinkedIn, march, impressions: 15_000, engagements: 450, reportedEngagementRate: 0.0301m),

            // Facebook: no engagements in the export.
            new(Channel.Facebook, march, reach: 9_000, reportedEngagementRate: 0.02m),

            // No reported rate, or no platform definition: not compared.
            new(Channel.X, new LocalDate(2026, 4, 1), impressions: 10, engagements: 1),
            new(Channel.Blog, march, impressions: 10, engagements: 1, reportedEngagementRate: 0.5m),
        ];

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile(new ActivityData(channelActivity: rows), [March]);

        reconciliation.FiguresCompared.Should().Be(4);
        reconciliation.FiguresAgreeing.Should().Be(1);
        reconciliation.ActivityDisagreements.Select(d => (d.Channel, d.Reason)).Should().Equal(
            (Channel.Facebook, DisagreementReason.MissingCounter),
            (Channel.Instagram, DisagreementReason.OtherDenominator),
            (Channel.LinkedIn, DisagreementReason.ExportRounding));
        var instagram = reconciliation.ActivityDisagreements[1];
        instagram.Computed.Should().Be(0.05m);
        instagram.Difference.Should().Be(0.02m);
        instagram.Explanation.Should().Be("450 engagements over 9000 reach give 0.05; the platform divides by something else");
        reconciliation.HasDisagreements.Should().BeTrue();
    }

    [Fact]
    public void Reconcile_ActivityDataWithPosts_KeepsThePostsComparison()
    {
        var tweet = XPost("t2", At(3, 12), impressions: 1_900, engagements: 60, rate: "0.0315789474");

        var reconciliation = new PlatformReconciler(calendar: Paris).Reconcile(new ActivityData(posts: [tweet]), [March]);

        reconciliation.RecordDisagreements.Should().HaveCount(2);
        reconciliation.Periods.Should().ContainSingle();
        reconciliation.ActivityDisagreements.Should().BeEmpty();
    }

    [Fact]
    public void MatchingThePlatformsPage_ExampleGivesTheFiguresItStates()
    {
        // The example of docs/matching-the-platforms.md: 57 / 1,900 = 3 %, and X's 60 engagements listed as another composition.
        var tweet = XPost("1476250000000000001", Instant.FromUtc(2026, 3, 10, 9, 0), impressions: 1_900, engagements: 60, rate: "0.0315789474");
        var xRate = new EngagementRateCalculator(new EngagementRateOptions { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions });

        xRate.Calculate([tweet], March).Value.Should().Be(0.03);
        var first = new PlatformReconciler(calendar: Paris).Reconcile([tweet], March).RecordDisagreements[0];
        $"{first.Figure}: reported {first.Reported}, computed {first.Computed} ({first.Reason})".Should().Be("engagements: reported 60, computed 57 (OtherComposition)");
    }

    [Fact]
    public void AddKpiToolkit_RegistersAReconcilerInTheHostsCalendar_WithTheHostsDefinitions()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(o => o.TimeZone = Paris.Zone);
        var defaults = services.BuildServiceProvider().GetRequiredService<PlatformReconciler>();
        var own = new PlatformReconcilerOptions();
        own.Definitions.Remove(Channel.Facebook);
        services.AddSingleton(own);
        var custom = services.BuildServiceProvider().GetRequiredService<PlatformReconciler>();

        defaults.Calendar.Zone.Should().BeSameAs(Paris.Zone);
        defaults.Definitions.Keys.Should().BeEquivalentTo([Channel.X, Channel.Facebook, Channel.Instagram, Channel.LinkedIn]);
        custom.Definitions.Keys.Should().NotContain(Channel.Facebook);
    }

    private static Instant At(int month, int day) => Instant.FromUtc(2026, month, day, 10, 0);

    // The 14 kinds of an X post: 10 retweets, 5 replies, 20 likes, 4 profile clicks, 8 url clicks, 1 hashtag click,
    // 6 detail expands, 1 permalink click, 1 app open, 0 app installs, 1 follow, 0 email tweet, 0 dial phone and 0 media
    // engagements add up to 57 (with the defaults).
    private static SocialPost XPost(string id, Instant at, long impressions, decimal engagements, string rate, long? appOpens = 1, long shares = 10) =>
        new(
            id,
            Channel.X,
            at,
            counters: new PostCounters
            {
                Impressions = impressions, Shares = shares, Comments = 5, Reactions = 20, ProfileClicks = 4, LinkClicks = 8, HashtagClicks = 1,
                DetailExpands = 6, PermalinkClicks = 1, AppOpens = appOpens, AppInstalls = 0, Follows = 1, EmailShares = 0, PhoneDials = 0,
                MediaEngagements = 0, MediaViews = 90,
            },
            platformFigures: PlatformFigures.Of(
                (PlatformFigureNames.Engagements, engagements),
                (PlatformFigureNames.EngagementRate, decimal.Parse(rate, NumberStyles.Float, CultureInfo.InvariantCulture))));
}
