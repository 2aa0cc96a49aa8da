using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public class ShareOfVoiceCalculatorTests
{
    // March 2026. Company: 2 mentions; Le Creuset: 3 (one spelled in lower case, one without counters); Staub: 1 without reach;
    // Mauviel (outside the set): 1; and one company mention in April.
    private static readonly Mention[] Mentions =
    [
        Engaged("c1", At(2026, 3, 2), 10, 5, 5, reach: 1_000, channel: Channel.Instagram), // 20 interactions
        Engaged("c2", At(2026, 3, 3), 4, 4, 2, reach: 3_000, channel: Channel.X), // 10
        Engaged("l1", At(2026, 3, 4), 30, 10, 10, reach: 5_000, subject: LeCreuset, channel: Channel.Instagram), // 50
        Engaged("l2", At(2026, 3, 5), 5, 3, 2, reach: 1_000, subject: Subject.Competitor("le creuset"), channel: Channel.Instagram), // 10
        Mention("l3", At(2026, 3, 6), subject: LeCreuset, reach: 2_000), // no counters
        Engaged("s1", At(2026, 3, 7), 6, 2, 2, subject: Staub, channel: Channel.Instagram), // 10, no reach
        Engaged("m1", At(2026, 3, 8), 1_000, 0, 0, reach: 1_000_000, subject: Subject.Competitor("Mauviel")),
        Engaged("april", At(2026, 4, 1), 1_000, 0, 0, reach: 1_000_000),
    ];

    private static ShareOfVoiceCalculator Create(ShareOfVoiceWeight weight = ShareOfVoiceWeight.Count, params string[] competitors)
    {
        var options = new ShareOfVoiceOptions { Weight = weight };
        foreach (var competitor in competitors.Length == 0 ? ["Le Creuset", "Staub"] : competitors)
        {
            options.Competitors.Add(competitor);
        }

        return new ShareOfVoiceCalculator(options);
    }

    [Fact]
    public void Analyze_ByCount_SharesTheMentions()
    {
        var share = Create().Analyze(Mentions, March);

        // Company 2, Le Creuset 3, Staub 1: total 6 → 2/6, 3/6, 1/6.
        share.Weight.Should().Be(ShareOfVoiceWeight.Count);
        share.Shares.Select(s => s.Subject).Should().Equal(Subject.Company, LeCreuset, Staub);
        share.Shares.Select(s => s.Weight).Should().Equal(2.0, 3.0, 1.0);
        share.Shares[0].Share!.Value.Should().BeApproximately(0.3333333333333333, 1e-9);
        share.Shares[1].Share!.Value.Should().BeApproximately(0.5, 1e-9);
        share.Shares[2].Share!.Value.Should().BeApproximately(0.16666666666666666, 1e-9);
        share.MentionsOutsideSet.Should().Be(1);
        share.MentionsWithMissingWeight.Should().Be(0);

        share.Company.Indicator.Should().Be(IndicatorKeys.ShareOfVoice);
        share.Company.Unit.Should().Be(IndicatorUnit.Fraction);
        share.Company.Value!.Value.Should().BeApproximately(0.3333333333333333, 1e-9);
        share.Company.Inputs.Should().BeEquivalentTo(new { Numerator = 2.0, Denominator = 6.0, RecordsUsed = 6L, RecordsSkipped = 0L });
    }

    [Fact]
    public void Analyze_ByPotentialReach_WeighsByReach()
    {
        var share = Create(ShareOfVoiceWeight.PotentialReach).Analyze(Mentions, March);

        // Company 1,000 + 3,000 = 4,000; Le Creuset 5,000 + 1,000 + 2,000 = 8,000; Staub has no reach (missing).
        // Total 12,000 → 4,000/12,000 = 1/3, 8,000/12,000 = 2/3, 0.
        share.Shares.Select(s => s.Weight).Should().Equal(4_000.0, 8_000.0, 0.0);
        share.Shares[0].Share!.Value.Should().BeApproximately(0.3333333333333333, 1e-9);
        share.Shares[1].Share!.Value.Should().BeApproximately(0.6666666666666666, 1e-9);
        share.Shares[2].Share.Should().Be(0);
        share.MentionsWithMissingWeight.Should().Be(1);
        share.Company.Inputs.Should().BeEquivalentTo(new { Numerator = 4_000.0, Denominator = 12_000.0, RecordsUsed = 5L, RecordsSkippedForMissingCounters = 1L });
    }

    [Fact]
    public void Analyze_ByInteractions_WeighsByInteractions()
    {
        var share = Create(ShareOfVoiceWeight.Interactions).Analyze(Mentions, March);

        // Company 20 + 10 = 30; Le Creuset 50 + 10 = 60 (l3 has no counters); Staub 10. Total 100 → 0.3, 0.6, 0.1.
        share.Shares.Select(s => s.Weight).Should().Equal(30.0, 60.0, 10.0);
        share.Shares[0].Share!.Value.Should().BeApproximately(0.3, 1e-9);
        share.Shares[1].Share!.Value.Should().BeApproximately(0.6, 1e-9);
        share.Shares[2].Share!.Value.Should().BeApproximately(0.1, 1e-9);
        share.MentionsWithMissingWeight.Should().Be(1);
        share.MentionsOutsideSet.Should().Be(1);
    }

    [Theory]
    [InlineData(ShareOfVoiceWeight.Count)]
    [InlineData(ShareOfVoiceWeight.PotentialReach)]
    [InlineData(ShareOfVoiceWeight.Interactions)]
    public void Analyze_SharesSumToOne(ShareOfVoiceWeight weight)
    {
        var share = Create(weight, "Le Creuset", "Staub", "Mauviel").Analyze(Mentions, March);

        share.Shares.Sum(s => s.Share!.Value).Should().BeApproximately(1, 1e-12);
        share.MentionsOutsideSet.Should().Be(0);
    }

    [Fact]
    public void Analyze_Channel_KeepsThatChannel()
    {
        var share = Create().Analyze(Mentions, March, Channel.Instagram);

        // Instagram: c1, l1, l2, s1 → company 1 of 4.
        share.Shares.Select(s => s.Weight).Should().Equal(1.0, 2.0, 1.0);
        share.Company.Value!.Value.Should().BeApproximately(0.25, 1e-9);
        share.Company.Channel.Should().Be(Channel.Instagram);
        share.MentionsOutsideSet.Should().Be(0);
    }

    [Fact]
    public void Analyze_NoMentionOfTheSet_IsNoData()
    {
        var share = Create().Analyze([Mentions[6], Mentions[7]], March);

        share.Company.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        share.Shares.Should().OnlyContain(s => s.Share == null && s.Weight == 0);
        share.MentionsOutsideSet.Should().Be(1);
    }

    [Fact]
    public void Analyze_MentionsOfTheSetWeighingZero_IsZeroDenominator()
    {
        Mention[] mentions =
        [
            Mention("c", At(2026, 3, 2), reach: 0),
            Mention("l", At(2026, 3, 3), subject: LeCreuset, reach: 0),
        ];

        var share = Create(ShareOfVoiceWeight.PotentialReach).Analyze(mentions, March);

        share.Company.IsAvailable.Should().BeFalse();
        share.Company.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        share.Company.Inputs.RecordsUsed.Should().Be(2);
        share.Shares.Should().OnlyContain(s => s.Share == null);
    }

    [Fact]
    public void Analyze_EveryWeightMissing_IsMissingCounters()
    {
        var share = Create(ShareOfVoiceWeight.Interactions).Analyze([Mentions[4]], March);

        share.Company.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        share.MentionsWithMissingWeight.Should().Be(1);
    }

    [Fact]
    public void Calculate_ActivityData_GivesTheCompanyShare()
    {
        var calculator = Create();

        calculator.Indicator.Should().Be(BuiltInIndicators.ShareOfVoice);
        calculator.Calculate(new ActivityData(mentions: Mentions), March).Value!.Value.Should().BeApproximately(0.3333333333333333, 1e-9);
        calculator.Set.Should().Equal(Subject.Company, LeCreuset, Staub);
    }

    [Fact]
    public void Constructor_NoCompetitor_Throws()
    {
        var act = () => new ShareOfVoiceCalculator(new ShareOfVoiceOptions());

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "options")
            .WithMessage("*must list at least one competitor*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_BlankCompetitor_Throws(string? name)
    {
        var options = new ShareOfVoiceOptions();
        options.Competitors.Add("Staub");
        options.Competitors.Add(name!);

        var act = () => new ShareOfVoiceCalculator(options);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "options")
            .WithMessage("*must not hold a blank name*");
    }

    [Fact]
    public void Constructor_CompetitorListedTwiceIgnoringCase_Throws()
    {
        var act = () => Create(ShareOfVoiceWeight.Count, "Staub", "Le Creuset", " STAUB ");

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "options")
            .WithMessage("*lists a competitor twice*");
    }

    [Fact]
    public void Constructor_UndefinedWeight_Throws()
    {
        var act = () => Create((ShareOfVoiceWeight)8);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "ShareOfVoiceOptions.Weight")
            .WithMessage("*not a defined ShareOfVoiceWeight value*");
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        var act = () => new ShareOfVoiceCalculator(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options");
    }
}
