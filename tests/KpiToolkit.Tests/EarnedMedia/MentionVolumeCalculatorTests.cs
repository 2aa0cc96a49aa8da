using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class MentionVolumeCalculatorTests
{
    // In March 2026: 3 of the company (2 on Instagram, 1 on X), 1 of Le Creuset, 2 of Staub; 1 of the company in April.
    private static readonly Mention[] Mixed =
    [
        Mention("c1", At(2026, 3, 2), channel: Channel.Instagram, sourceType: MentionSourceType.SocialNetwork),
        Mention("c2", At(2026, 3, 10), channel: Channel.Instagram, sourceType: MentionSourceType.SocialNetwork),
        Mention("c3", At(2026, 3, 31, 23, 59), channel: Channel.X, sourceType: MentionSourceType.Forum),
        Mention("l1", At(2026, 3, 5), subject: LeCreuset, channel: Channel.Instagram, sourceType: MentionSourceType.News),
        Mention("s1", At(2026, 3, 6), subject: Staub, sourceType: MentionSourceType.Blog),
        Mention("s2", At(2026, 3, 7), subject: Subject.Competitor("STAUB"), sourceType: MentionSourceType.Blog),
        Mention("c4", At(2026, 4, 1, 0, 0), channel: Channel.X, sourceType: MentionSourceType.News),
    ];

    [Fact]
    public void Calculate_CountsTheCompanyMentionsOfThePeriodByDefault()
    {
        var result = new MentionVolumeCalculator().Calculate(Mixed, March);

        // c1, c2, c3: c4 is in April and the others are about competitors.
        result.Value.Should().Be(3);
        result.Indicator.Should().Be(IndicatorKeys.MentionVolume);
        result.Unit.Should().Be(IndicatorUnit.Count);
        result.Period.Should().Be(March);
        result.Channel.Should().BeNull();
        result.Inputs.Numerator.Should().Be(3);
        result.Inputs.RecordsUsed.Should().Be(3);
    }

    [Fact]
    public void Calculate_ChannelFilter_KeepsThatChannelOnly()
    {
        var calculator = new MentionVolumeCalculator();

        // Instagram: c1, c2 (l1 is about Le Creuset); X: c3 (c4 is in April).
        calculator.Calculate(Mixed, March, Channel.Instagram).Value.Should().Be(2);
        calculator.Calculate(Mixed, March, new Channel("x")).Value.Should().Be(1);
        calculator.Calculate(Mixed, March, Channel.Instagram).Channel.Should().Be(Channel.Instagram);
    }

    [Fact]
    public void Calculate_CompetitorSubject_CountsItsMentionsIgnoringCase()
    {
        var calculator = new MentionVolumeCalculator(new MentionVolumeOptions { Subject = Subject.Competitor("staub") });

        // s1 (Staub) and s2 (STAUB).
        calculator.Calculate(Mixed, March).Value.Should().Be(2);
    }

    [Fact]
    public void Calculate_NullSubject_CountsEverySubject()
    {
        var calculator = new MentionVolumeCalculator(new MentionVolumeOptions { Subject = null });

        // c1, c2, c3, l1, s1, s2.
        calculator.Calculate(Mixed, March).Value.Should().Be(6);
        calculator.Subject.Should().BeNull();
    }

    [Fact]
    public void Calculate_NoMentionAtAll_IsNoData()
    {
        var result = new MentionVolumeCalculator().Calculate([], March);

        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Inputs.RecordsUsed.Should().Be(0);
    }

    [Fact]
    public void Calculate_EmptyActivityData_IsNoData()
    {
        new MentionVolumeCalculator().Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_MentionsOnlyOutsideThePeriod_IsZero()
    {
        var result = new MentionVolumeCalculator().Calculate([Mention("f1", At(2026, 2, 28, 23, 59)), Mention("a1", At(2026, 4, 1, 0, 0))], March);

        result.IsAvailable.Should().BeTrue();
        result.Value.Should().Be(0);
    }

    [Fact]
    public void Calculate_OnlyCompetitorMentions_IsZeroForTheCompany()
    {
        // The input holds mentions, just none of the company: that is a quiet month, not missing data.
        var result = new MentionVolumeCalculator().Calculate([Mention("c1", At(2026, 3, 10), subject: LeCreuset)], March);

        result.IsAvailable.Should().BeTrue();
        result.Value.Should().Be(0);
    }

    [Fact]
    public void Calculate_ActivityData_ReadsItsMentions()
    {
        var data = new ActivityData(mentions: Mixed);

        new MentionVolumeCalculator().Calculate(data, March).Value.Should().Be(3);
    }

    [Fact]
    public void Calculate_ParisCalendar_UsesLocalDays()
    {
        var paris = new ReportingCalendar(Support.Zones.Paris);

        // 2026-02-28T23:30Z is 1 March 00:30 in Paris; 2026-03-31T22:30Z is 1 April 00:30 (UTC+2 since 29 March).
        Mention[] mentions = [Mention("m1", At(2026, 2, 28, 23, 30)), Mention("m2", At(2026, 3, 31, 22, 30))];

        new MentionVolumeCalculator(calendar: paris).Calculate(mentions, March).Value.Should().Be(1);
        new MentionVolumeCalculator().Calculate(mentions, March).Value.Should().Be(1);
        new MentionVolumeCalculator(calendar: paris).Calculate(mentions, ReportingPeriod.Month(2026, 2)).Value.Should().Be(0);
        new MentionVolumeCalculator().Calculate(mentions, ReportingPeriod.Month(2026, 2)).Value.Should().Be(1);
    }

    [Fact]
    public void Calculate_NullMention_Throws()
    {
        var act = () => new MentionVolumeCalculator().Calculate([Mixed[0], null!], March);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "mentions")
            .WithMessage("*must not contain null*");
    }

    [Fact]
    public void Analyze_SplitsTheSubjectBySourceTypeAndEverySubject()
    {
        var volume = new MentionVolumeCalculator().Analyze(Mixed, March);

        volume.Period.Should().Be(March);
        volume.Total.Should().Be(3);

        // Company: c1, c2 on social networks, c3 on a forum; no news (c4 is in April, l1 about Le Creuset).
        volume.BySourceType.Should().Equal(new Dictionary<MentionSourceType, long>
        {
            [MentionSourceType.SocialNetwork] = 2,
            [MentionSourceType.Forum] = 1,
        });

        // Every subject, company first: company 3, Le Creuset 1, Staub 2 (Staub and STAUB are one).
        volume.BySubject.Keys.Should().Equal(Subject.Company, LeCreuset, Staub);
        volume.BySubject.Values.Should().Equal(3L, 1L, 2L);
    }

    [Fact]
    public void Analyze_CompetitorSubject_SplitsItsSourceTypes()
    {
        var volume = new MentionVolumeCalculator(new MentionVolumeOptions { Subject = Staub }).Analyze(Mixed, March);

        volume.Total.Should().Be(2);
        volume.BySourceType.Should().Equal(new Dictionary<MentionSourceType, long> { [MentionSourceType.Blog] = 2 });
        volume.BySubject[Subject.Company].Should().Be(3);
    }

    [Fact]
    public void Analyze_NoMentionInThePeriod_IsEmpty()
    {
        var volume = new MentionVolumeCalculator().Analyze(Mixed, ReportingPeriod.Month(2026, 5));

        volume.Total.Should().Be(0);
        volume.BySourceType.Should().BeEmpty();
        volume.BySubject.Should().BeEmpty();
    }
}
