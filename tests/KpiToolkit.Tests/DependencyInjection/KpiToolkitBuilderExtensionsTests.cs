using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.DependencyInjection;

public class KpiToolkitBuilderExtensionsTests
{
    /// <summary>A host rule: every objective needs an owner whose name mentions a team.</summary>
    private sealed class TeamOwnerRule : ISmartRule
    {
        public const string Code = "HOST-001";

        public SmartCriterion Criterion => SmartCriterion.Specific;

        public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
        {
            if (context.Objective.Owner is not { } owner || !owner.Contains("team", StringComparison.OrdinalIgnoreCase))
            {
                yield return context.Finding(Criterion, Code, SmartSeverity.Warning, "Name a team as the owner.", nameof(Objective.Owner), context.Objective.Owner);
            }
        }
    }

    /// <summary>A host indicator: newsletter subscribers.</summary>
    private static Indicator Subscribers(string name = "Newsletter subscribers") => new(
        new IndicatorKey("newsletter-subscribers"), name, IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month, minimumValue: 0);

    private static ServiceProvider Build(Action<IKpiToolkitBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(ObjectiveDraft.Today());
        configure(services.AddKpiToolkit());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddSmartRule_RunsAfterTheBuiltIns()
    {
        using var provider = Build(b => b.AddSmartRule<TeamOwnerRule>());

        provider.GetServices<ISmartRule>().Select(r => r.GetType()).Should().Equal(
            typeof(SpecificRule), typeof(MeasurableRule), typeof(AchievableRule), typeof(RelevantRule), typeof(TimeBoundRule), typeof(TeamOwnerRule));
    }

    [Fact]
    public void AddSmartRule_Twice_RegistersItOnce()
    {
        using var provider = Build(b => b.AddSmartRule<TeamOwnerRule>().AddSmartRule<TeamOwnerRule>());

        provider.GetServices<ISmartRule>().OfType<TeamOwnerRule>().Should().ContainSingle();
        provider.GetServices<ISmartRule>().Should().HaveCount(6);
    }

    [Fact]
    public void AddSmartRule_ItsFindings_AppearInReportsAfterTheBuiltInOnes()
    {
        // "Maria" is no team (host rule) and there is no business goal (built-in R01).
        using var provider = Build(b => b.AddSmartRule<TeamOwnerRule>());
        var draft = new ObjectiveDraft { Owner = "Maria", BusinessGoal = null };

        var report = provider.GetRequiredService<ISmartValidator>().Validate(draft.Build(), draft.DefaultHistory());

        report.Findings.Select(f => f.Code).Should().Equal(SmartErrorCodes.BusinessGoalMissing, TeamOwnerRule.Code);
        var finding = report.Findings[1];
        finding.Criterion.Should().Be(SmartCriterion.Specific);
        finding.Severity.Should().Be(SmartSeverity.Warning);
        finding.ObjectiveId.Should().Be("followers");
        finding.PropertyName.Should().Be("Owner");
        finding.AttemptedValue.Should().Be("Maria");
    }

    [Fact]
    public void AddSmartRule_SatisfiedRule_AddsNoFinding()
    {
        using var provider = Build(b => b.AddSmartRule<TeamOwnerRule>());
        var draft = new ObjectiveDraft();

        provider.GetRequiredService<ISmartValidator>().Validate(draft.Build(), draft.DefaultHistory()).Findings.Should().BeEmpty();
    }

    [Fact]
    public void AddSmartRule_NullBuilder_ThrowsNamingBuilder()
    {
        var act = () => KpiToolkitBuilderExtensions.AddSmartRule<TeamOwnerRule>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("builder").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void AddIndicator_Indicator_IsResolvableFromTheCatalog()
    {
        var subscribers = Subscribers();

        using var provider = Build(b => b.AddIndicator(subscribers));

        var catalog = provider.GetRequiredService<IndicatorCatalog>();
        catalog.Get(new IndicatorKey("newsletter-subscribers")).Should().BeSameAs(subscribers);
        catalog.Count.Should().Be(BuiltInIndicators.All.Count + 1);
        catalog.Indicators.Should().StartWith(BuiltInIndicators.All);
    }

    [Fact]
    public void AddIndicator_SameDefinitionTwice_AddsItOnce()
    {
        var services = new ServiceCollection();
        var builder = services.AddKpiToolkit().AddIndicator(Subscribers());
        var countAfterOne = services.Count;

        builder.AddIndicator(Subscribers());

        services.Should().HaveCount(countAfterOne);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IndicatorCatalog>().Count.Should().Be(BuiltInIndicators.All.Count + 1);
    }

    [Fact]
    public void AddIndicator_TwoDefinitionsWithOneKey_ResolvingTheCatalogThrowsNamingTheKey()
    {
        using var provider = Build(b => b.AddIndicator(Subscribers()).AddIndicator(Subscribers("Subscribers")));

        var act = () => provider.GetRequiredService<IndicatorCatalog>();

        act.Should().Throw<ArgumentException>()
            .WithParameterName("additional")
            .WithMessage("Two different indicators use the key 'newsletter-subscribers': 'Newsletter subscribers' and 'Subscribers'*");
    }

    [Fact]
    public void AddIndicator_BuiltInKeyWithAnotherDefinition_ResolvingTheCatalogThrowsNamingTheKey()
    {
        var followers = new Indicator(
            IndicatorKeys.Followers, "Fans", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Week);
        using var provider = Build(b => b.AddIndicator(followers));

        var act = () => provider.GetRequiredService<IndicatorCatalog>();

        act.Should().Throw<ArgumentException>()
            .WithParameterName("additional")
            .WithMessage("Two different indicators use the key 'followers': 'Followers' and 'Fans'*");
    }

    [Fact]
    public void AddIndicator_IdenticalBuiltIn_IsAccepted()
    {
        using var provider = Build(b => b.AddIndicator(BuiltInIndicators.Followers));

        provider.GetRequiredService<IndicatorCatalog>().Indicators.Should().Equal(BuiltInIndicators.All);
    }

    [Fact]
    public void AddIndicator_NullIndicator_ThrowsNamingIndicator()
    {
        var builder = new ServiceCollection().AddKpiToolkit();

        var act = () => builder.AddIndicator(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("indicator").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void AddIndicator_NullBuilder_ThrowsNamingBuilder()
    {
        var act = () => KpiToolkitBuilderExtensions.AddIndicator(null!, Subscribers());

        act.Should().Throw<ArgumentNullException>().WithParameterName("builder").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void AddIndicator_HostObjectiveOnIt_IsValidated()
    {
        // The host indicator bounds objectives like a built-in one: a count target of -1 is below its minimum of 0.
        var subscribers = Subscribers();
        using var provider = Build(b => b.AddIndicator(subscribers));
        var draft = new ObjectiveDraft
        {
            Indicator = provider.GetRequiredService<IndicatorCatalog>().Get(subscribers.Key),
            Target = Target.DecreaseTo(-1),
        };

        var report = provider.GetRequiredService<ISmartValidator>().Validate(draft.Build());

        report.Findings.Should().Contain(f => f.Code == SmartErrorCodes.TargetOutOfBounds && f.AttemptedValue == "-1");
    }

    /// <summary>A host calculator that reads the catalog: it reports newsletter subscribers in the unit the catalog gives.</summary>
    private sealed class SubscribersCalculator(IndicatorCatalog catalog) : IKpiCalculator
    {
        public static readonly Indicator Definition = Subscribers();

        public IndicatorCatalog Catalog { get; } = catalog;

        public Indicator Indicator => Definition;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Definition.Key, Catalog.Get(Definition.Key).Unit, period, channel, 1_200, new KpiInputs(1_200, null, 1), "subscribers at the end of the period");
    }

    /// <summary>A host calculator whose indicator nobody added to the catalog.</summary>
    private sealed class UndeclaredCalculator : IKpiCalculator
    {
        public Indicator Indicator { get; } = new(
            new IndicatorKey("store-visits"), "Store visits", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Conversion, MediaType.Owned, Cadence.Week, minimumValue: 0);

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), "visits");
    }

    /// <summary>A host calculator that reuses the built-in engagement-rate key with another unit.</summary>
    private sealed class EngagementCountCalculator : IKpiCalculator
    {
        public Indicator Indicator { get; } = new(
            IndicatorKeys.EngagementRate, "Engagements", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, minimumValue: 0);

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), "engagements");
    }

    [Fact]
    public async Task AddCalculator_HostCalculatorTakingTheCatalog_ResolvesWithItsIndicatorInTheCatalog()
    {
        // The catalog factory once resolved every calculator, so resolving a calculator that needs the catalog never returned.
        using var provider = Build(b => b.AddCalculator<SubscribersCalculator>(SubscribersCalculator.Definition));

        var resolving = Task.Run(() => provider.GetRequiredService<KpiToolkit.Calculators.IKpiCalculatorRegistry>());
        (await Task.WhenAny(resolving, Task.Delay(TimeSpan.FromSeconds(30)))).Should().BeSameAs(resolving, "resolving the registry must not hang");
        var registry = await resolving;
        var calculator = registry.Get(SubscribersCalculator.Definition.Key).Should().BeOfType<SubscribersCalculator>().Subject;

        calculator.Catalog.Should().BeSameAs(provider.GetRequiredService<IndicatorCatalog>());
        calculator.Catalog.Get(SubscribersCalculator.Definition.Key).Should().BeSameAs(SubscribersCalculator.Definition);
        calculator.Calculate(ActivityData.Empty, ReportingPeriod.Month(2026, 3)).Value.Should().Be(1_200);
    }

    [Fact]
    public void AddCalculator_WithItsIndicatorTwice_AddsBothOnce()
    {
        var services = new ServiceCollection();
        var builder = services.AddKpiToolkit().AddCalculator<SubscribersCalculator>(SubscribersCalculator.Definition);
        var countAfterOne = services.Count;

        builder.AddCalculator<SubscribersCalculator>(SubscribersCalculator.Definition);

        services.Should().HaveCount(countAfterOne);
    }

    [Fact]
    public void AddCalculator_IndicatorAddedSeparately_IsFound()
    {
        using var provider = Build(b => b.AddIndicator(SubscribersCalculator.Definition).AddCalculator<SubscribersCalculator>());

        provider.GetRequiredService<KpiToolkit.Calculators.IKpiCalculatorRegistry>().Get(SubscribersCalculator.Definition.Key)
            .Should().BeOfType<SubscribersCalculator>();
    }

    [Fact]
    public void AddCalculator_IndicatorNotInTheCatalog_ResolvingTheRegistryThrowsNamingTheCalculatorAndTheKey()
    {
        using var provider = Build(b => b.AddCalculator<UndeclaredCalculator>());

        var act = () => provider.GetRequiredService<KpiToolkit.Calculators.IKpiCalculatorRegistry>();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The calculator UndeclaredCalculator computes the indicator 'store-visits', which is not in the IndicatorCatalog. " +
                "Register its definition with builder.AddCalculator<UndeclaredCalculator>(indicator) or builder.AddIndicator(indicator).");
        provider.GetRequiredService<IndicatorCatalog>().Contains(new IndicatorKey("store-visits")).Should().BeFalse("the catalog never guesses from calculators");
    }

    [Fact]
    public void AddCalculator_BuiltInKeyInAnotherUnit_ResolvingTheRegistryThrowsNamingBothUnits()
    {
        using var provider = Build(b => b.AddCalculator<EngagementCountCalculator>());

        var act = () => provider.GetRequiredService<KpiToolkit.Calculators.IKpiCalculatorRegistry>();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The calculator EngagementCountCalculator computes the indicator 'engagement-rate' in the unit Count, but the IndicatorCatalog defines 'engagement-rate' in the unit Fraction*");
    }

    [Theory]
    [InlineData(null, "competitors must not contain null, but competitors[1] is null*")]
    [InlineData("", "competitors must not hold a blank name, but competitors[1] is blank*")]
    [InlineData("  ", "competitors must not hold a blank name, but competitors[1] is blank*")]
    [InlineData("staub", "competitors lists 'staub' twice: competitors[0] and competitors[1]*")]
    public void AddShareOfVoice_BadCompetitorName_ThrowsAtTheCallNamingCompetitorsAndTheIndex(string? name, string message)
    {
        var services = new ServiceCollection();
        var builder = services.AddKpiToolkit();
        var before = services.Count;

        var act = () => builder.AddShareOfVoice(ShareOfVoiceWeight.Count, "Staub", name!);

        act.Should().Throw<ArgumentException>().WithParameterName("competitors").WithMessage(message);
        services.Should().HaveCount(before, "nothing is registered when the arguments are wrong");
    }

    [Fact]
    public void AddShareOfVoice_UndefinedWeight_ThrowsAtTheCallNamingWeight()
    {
        var builder = new ServiceCollection().AddKpiToolkit();

        var act = () => builder.AddShareOfVoice((ShareOfVoiceWeight)7, "Staub");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight");
    }
}
