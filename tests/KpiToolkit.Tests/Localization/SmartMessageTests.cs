using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Localization;

/// <summary>The built-in SMART rules' messages in French, while <see cref="SmartFinding.Message"/> stays English.</summary>
public sealed class SmartMessageTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static SmartReport Validate(ObjectiveDraft draft) =>
        SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(draft.Build());

    [Fact]
    public void FormatMessage_FrFr_TranslatesPlainAndValuedMessages()
    {
        var report = Validate(new ObjectiveDraft { Owner = null, Target = Target.IncreaseTo(2000) });

        var owner = report.Findings.Single(f => f.Code == SmartErrorCodes.OwnerMissing);
        owner.Message.Should().Be("Nobody is named as accountable for the objective.");
        owner.FormatMessage(French).Should().Be("Personne n’est nommé responsable de l’objectif.");

        var same = report.Findings.Single(f => f.Code == SmartErrorCodes.TargetEqualsBaseline);
        same.Message.Should().Be("The target equals the baseline (2000): no change is asked for. Use a range target to keep a value.");
        same.FormatMessage(French).Should().Be(
            "La cible est égale à la valeur de départ (2000) : aucun changement n’est demandé. Utilisez une plage pour maintenir une valeur.");
        same.FormatMessage(CultureInfo.InvariantCulture).Should().Be(same.Message);
    }

    [Fact]
    public void FormatMessage_FrFr_TranslatesNestedTexts_AndTheBuiltInIndicatorsName()
    {
        var report = Validate(new ObjectiveDraft
        {
            Indicator = BuiltInIndicators.PostingRegularity,
            Target = Target.IncreaseTo(5),
            Baseline = new Baseline(0.5, new LocalDate(2026, 11, 30)),
        });

        var bounds = report.Findings.Single(f => f.Code == SmartErrorCodes.TargetOutOfBounds);
        bounds.Message.Should().Be("The target 5 is outside the bounds of 'Posting regularity' (from 0 to 1). Rates are fractions: write 0.05 for 5 %.");
        bounds.FormatMessage(French).Should().Be(
            "La cible 5 est hors des bornes de « Régularité de publication » (de 0 à 1). Les taux sont des fractions : écrivez 0.05 pour 5 %.");
    }

    [Fact]
    public void FormatMessage_GivenLocalizer_UsesItsTexts_AndAHostRulesMessageStaysAsWritten()
    {
        var localizer = new KpiLocalizer(new KpiLocalizationOptions().Add("de", "Smart.OwnerMissing", "Niemand ist für das Ziel verantwortlich."));
        var owner = Validate(new ObjectiveDraft { Owner = null }).Findings.Single(f => f.Code == SmartErrorCodes.OwnerMissing);
        var hostFinding = new SmartFinding("followers", SmartCriterion.Specific, "HOST-1", SmartSeverity.Info, "Our own rule.");

        owner.FormatMessage(CultureInfo.GetCultureInfo("de-DE"), localizer).Should().Be("Niemand ist für das Ziel verantwortlich.");
        hostFinding.FormatMessage(French).Should().Be("Our own rule.");
    }

    [Fact]
    public void FormatMessage_FrFr_WritesARateChangeInPoints_AndTheDaysInFrench()
    {
        // Engagement rate 2 % then 2.5 %: +0.5 pp over the 90 days of the first quarter of 2026; the objective asks +0.75 pp in 90 days.
        var history = new MeasurementSeries(IndicatorKeys.EngagementRate,
        [
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Quarter(2026, 1), 0.02),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Quarter(2026, 2), 0.025),
        ]);
        var draft = new ObjectiveDraft
        {
            Id = "engagement",
            Indicator = BuiltInIndicators.EngagementRate,
            Target = Target.IncreaseTo(0.0375),
            Baseline = new Baseline(0.03, new LocalDate(2027, 3, 31)),
            Start = new LocalDate(2027, 4, 1),
            Deadline = new LocalDate(2027, 6, 29),
        };

        var finding = SmartValidator.CreateDefault(ObjectiveDraft.Today(), ReportingCalendar.Utc)
            .Validate(draft.Build(), ObjectiveDraft.HistoryOf("engagement", history))
            .Findings.Single(f => f.Code == SmartErrorCodes.TargetOutOfReach);

        finding.Message.Should().Be(
            "Reaching the target needs +0.75 pp per quarter of 90 days over the 90 days from start to deadline, " +
            "but the best change ever observed is +0.5 pp per quarter (2026-Q1 to 2026-Q2).");
        finding.FormatMessage(French).Should().Be(
            "Atteindre la cible demande +0,75 pt par trimestre de 90 jours sur les 90 jours du début à l’échéance, " +
            "mais la meilleure évolution jamais observée est de +0,5 pt par trimestre (2026-Q1 à 2026-Q2).");
    }

    [Theory]
    [InlineData(0.75, "+0,75 pt", "+0.75 pp")]
    [InlineData(1.5, "+1,5 pt", "+1.5 pp")]
    [InlineData(2.5, "+2,5 pts", "+2.5 pp")]
    [InlineData(-3, "-3 pts", "-3 pp")]
    public void PercentagePoints_TakeTheFrenchSingularBelowTwo(double points, string french, string english)
    {
        var text = LocalizableText.Plural("Smart.PercentagePoints", points, points >= 0 ? "+" : string.Empty, points);

        text.Format(KpiLocalizer.Default, French).Should().Be(french);
        text.English.Should().Be(english);
    }

    [Fact]
    public void FormatMessage_FrFr_WritesHorizonsInFrenchWords()
    {
        var options = new SmartValidationOptions { MinimumHorizon = Period.FromMonths(1), MaximumHorizon = Period.FromYears(1) + Period.FromMonths(6) };
        var validator = SmartValidator.CreateDefault(ObjectiveDraft.Today(), ReportingCalendar.Utc, options);

        var tooShort = validator.Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 20) }.Build())
            .Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooShort);
        var tooLong = validator.Validate(new ObjectiveDraft { Deadline = new LocalDate(2028, 7, 1) }.Build())
            .Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooLong);
        var oneDay = Validate(new ObjectiveDraft { Start = new LocalDate(2027, 1, 1), Deadline = new LocalDate(2027, 1, 1) })
            .Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooShort);

        tooShort.FormatMessage(French).Should().Be("L’objectif dure 20 jours, moins que l’horizon minimal de 1 mois : trop court pour montrer une tendance.");
        tooLong.FormatMessage(French).Should().Be(
            "L’objectif dure jusqu’au 2028-07-01, plus que l’horizon maximal de 1 an et 6 mois depuis son début : découpez-le en jalons plus proches.");
        oneDay.FormatMessage(French).Should().StartWith("L’objectif dure 1 jour, moins que l’horizon minimal de 7 jours :");
    }

    [Fact]
    public void Durations_OfThreeParts_AreListedWithCommasAndAFinalAnd()
    {
        var text = DurationText.Describe(Period.FromYears(1) + Period.FromMonths(2) + Period.FromDays(3));

        text.English.Should().Be("1 year, 2 months and 3 days");
        text.Format(KpiLocalizer.Default, French).Should().Be("1 an, 2 mois et 3 jours");
        DurationText.Describe(Period.Zero).Format(KpiLocalizer.Default, French).Should().Be("0 jour");
    }

    [Fact]
    public void FormatMessage_FrFr_TranslatesTheImplausibleTargetWarning()
    {
        var draft = new ObjectiveDraft
        {
            Indicator = BuiltInIndicators.EngagementRate,
            Target = Target.IncreaseTo(4.5),
            Baseline = new Baseline(0.04, new LocalDate(2026, 11, 30)),
        };

        var finding = Validate(draft).Findings.Single(f => f.Code == SmartErrorCodes.TargetImplausible);

        finding.Message.Should().Be("The target 4.5 is above the plausible maximum of 'Engagement rate' (1). Rates are fractions: write 0.045 for 4.5 %.");
        finding.FormatMessage(French).Should().Be(
            "La cible 4.5 dépasse le maximum plausible de « Taux d’engagement » (1). Les taux sont des fractions : écrivez 0.045 pour 4.5 %.");
    }
}
