using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Objectives;

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
}
