using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.DependencyInjection;

public class KpiToolkitServiceCollectionExtensionsTests
{
    private static List<(Type ServiceType, Type? ImplementationType, ServiceLifetime Lifetime)> Describe(IServiceCollection services) =>
        [.. services.Select(d => (d.ServiceType, d.ImplementationType, d.Lifetime))];

    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddKpiToolkit_CalledTwice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddKpiToolkit();
        var twice = new ServiceCollection();
        twice.AddKpiToolkit();
        twice.AddKpiToolkit();

        Describe(twice).Should().Equal(Describe(once));
        twice.Should().HaveCount(once.Count);
    }

    [Fact]
    public void AddKpiToolkit_SameConfigureTwice_RegistersNothingTwiceAndConfiguresOnce()
    {
        var calls = 0;
        Action<KpiToolkitOptions> configure = o =>
        {
            calls++;
            o.FirstDayOfWeek = IsoDayOfWeek.Sunday;
        };
        var once = new ServiceCollection();
        once.AddKpiToolkit(configure);
        var twice = new ServiceCollection();
        twice.AddKpiToolkit(configure);
        twice.AddKpiToolkit(configure);

        Describe(twice).Should().Equal(Describe(once));
        twice.Should().HaveCount(once.Count);
        using var provider = twice.BuildServiceProvider();
        provider.GetRequiredService<ReportingCalendar>().FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        calls.Should().Be(1);
    }

    [Fact]
    public void AddKpiToolkit_TwoDifferentConfigures_RegistersBoth()
    {
        var without = new ServiceCollection();
        without.AddKpiToolkit();
        var with = new ServiceCollection();
        with.AddKpiToolkit(o => o.TimeZone = Zones.Paris);
        with.AddKpiToolkit(o => o.FirstDayOfWeek = IsoDayOfWeek.Sunday);

        // Every service is the same; only the two configure actions are added.
        with.Should().HaveCount(without.Count + 2);
    }

    [Fact]
    public void AddKpiToolkit_NullServices_ThrowsNamingServices()
    {
        var act = () => KpiToolkitServiceCollectionExtensions.AddKpiToolkit(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("services").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void AddKpiToolkit_ReturnsABuilderOverTheSameServices()
    {
        var services = new ServiceCollection();

        var builder = services.AddKpiToolkit();

        builder.Services.Should().BeSameAs(services);
    }

    [Fact]
    public void AddKpiToolkit_EveryRegistration_IsASingleton()
    {
        var services = new ServiceCollection();

        services.AddKpiToolkit(o => o.TimeZone = Zones.Paris);

        // The options framework's own services (IOptionsSnapshot is scoped, the factory transient) keep their lifetimes.
        services.Where(d => d.ServiceType.Namespace != typeof(IOptions<>).Namespace)
            .Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
        services.Select(d => d.ServiceType).Should().Contain(
            [typeof(IClock), typeof(KpiToolkitOptions), typeof(SmartValidationOptions), typeof(ReportingCalendar),
             typeof(IndicatorCatalog), typeof(ISmartRule), typeof(ISmartValidator)]);
    }

    [Fact]
    public void Resolve_Defaults_GiveTheDocumentedServices()
    {
        using var provider = Build(s => s.AddKpiToolkit());

        provider.GetRequiredService<ISmartValidator>().Should().BeOfType<SmartValidator>();
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        provider.GetRequiredService<ReportingCalendar>().Should().Be(ReportingCalendar.Utc);
        var options = provider.GetRequiredService<KpiToolkitOptions>();
        options.TimeZone.Should().Be(DateTimeZone.Utc);
        options.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        provider.GetRequiredService<SmartValidationOptions>().Should().BeSameAs(options.Smart);
    }

    [Fact]
    public void Resolve_ReportingCalendar_ComesFromTheOptions()
    {
        using var provider = Build(s => s.AddKpiToolkit(o =>
        {
            o.TimeZone = Zones.Paris;
            o.FirstDayOfWeek = IsoDayOfWeek.Sunday;
        }));

        var calendar = provider.GetRequiredService<ReportingCalendar>();

        calendar.Zone.Id.Should().Be("Europe/Paris");
        calendar.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Resolve_IndicatorCatalog_HoldsTheBuiltIns()
    {
        using var provider = Build(s => s.AddKpiToolkit());

        var catalog = provider.GetRequiredService<IndicatorCatalog>();

        catalog.Indicators.Should().Equal(BuiltInIndicators.All);
        catalog.Get(IndicatorKeys.EngagementRate).Should().Be(BuiltInIndicators.EngagementRate);
    }

    [Fact]
    public void Resolve_SmartRules_AreTheFiveBuiltInsInSmartOrder()
    {
        using var provider = Build(s => s.AddKpiToolkit());

        var rules = provider.GetServices<ISmartRule>().ToList();

        rules.Select(r => r.GetType()).Should().Equal(
            typeof(SpecificRule), typeof(MeasurableRule), typeof(AchievableRule), typeof(RelevantRule), typeof(TimeBoundRule));
        ((SmartValidator)provider.GetRequiredService<ISmartValidator>()).Rules.Should().Equal(rules);
    }

    [Fact]
    public void Resolve_Twice_GivesTheSameInstances()
    {
        using var provider = Build(s => s.AddKpiToolkit());

        provider.GetRequiredService<ISmartValidator>().Should().BeSameAs(provider.GetRequiredService<ISmartValidator>());
        provider.GetRequiredService<IClock>().Should().BeSameAs(provider.GetRequiredService<IClock>());
        provider.GetRequiredService<ReportingCalendar>().Should().BeSameAs(provider.GetRequiredService<ReportingCalendar>());
        provider.GetRequiredService<IndicatorCatalog>().Should().BeSameAs(provider.GetRequiredService<IndicatorCatalog>());
        provider.GetRequiredService<KpiToolkitOptions>().Should().BeSameAs(provider.GetRequiredService<KpiToolkitOptions>());
        provider.GetServices<ISmartRule>().Should().Equal(provider.GetServices<ISmartRule>(), (a, b) => ReferenceEquals(a, b));
    }

    [Fact]
    public void Resolve_HostClockRegisteredBefore_IsKept()
    {
        var clock = FakeClock.At(2027, 4, 1);

        using var provider = Build(s =>
        {
            s.AddSingleton<IClock>(clock);
            s.AddKpiToolkit();
        });

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
        provider.GetServices<IClock>().Should().ContainSingle();
    }

    [Fact]
    public void Resolve_HostClockRegisteredAfter_Wins()
    {
        var clock = FakeClock.At(2027, 4, 1);

        using var provider = Build(s =>
        {
            s.AddKpiToolkit();
            s.AddSingleton<IClock>(clock);
        });

        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Validate_HostClock_DecidesWhatIsPast(bool registeredBefore)
    {
        // The default objective ends on 31 March 2027; the host's clock says 1 April 2027.
        var clock = FakeClock.At(2027, 4, 1);
        using var provider = Build(s =>
        {
            if (registeredBefore)
            {
                s.AddSingleton<IClock>(clock);
            }

            s.AddKpiToolkit();
            if (!registeredBefore)
            {
                s.AddSingleton<IClock>(clock);
            }
        });
        var draft = new ObjectiveDraft();

        var report = provider.GetRequiredService<ISmartValidator>().Validate(draft.Build(), draft.DefaultHistory());

        report.Findings.Select(f => f.Code).Should().Equal(SmartErrorCodes.DeadlinePassed);
        report.Findings[0].Message.Should().Contain("today is 2027-04-01");
    }

    [Fact]
    public void Resolve_TwoConfigureActions_BothApplyInOrder()
    {
        using var provider = Build(s =>
        {
            s.AddKpiToolkit(o => o.TimeZone = Zones.Paris);
            s.AddKpiToolkit(o => o.FirstDayOfWeek = IsoDayOfWeek.Sunday);
        });

        var calendar = provider.GetRequiredService<ReportingCalendar>();

        calendar.Zone.Should().Be(Zones.Paris);
        calendar.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void Resolve_TwoConfigureActionsSettingOneOption_TheLaterWins()
    {
        using var provider = Build(s =>
        {
            s.AddKpiToolkit(o => o.TimeZone = Zones.Paris);
            s.AddKpiToolkit(o => o.TimeZone = DateTimeZone.Utc);
        });

        provider.GetRequiredService<ReportingCalendar>().Zone.Should().Be(DateTimeZone.Utc);
    }

    [Fact]
    public void Resolve_CalendarInParis_IsUsedByTheValidator()
    {
        // 2026-12-31T23:30Z is already 1 January 2027 in Paris: a deadline of 31 December is past.
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 23, 30));
        using var provider = Build(s =>
        {
            s.AddSingleton<IClock>(clock);
            s.AddKpiToolkit(o => o.TimeZone = Zones.Paris);
        });
        var draft = new ObjectiveDraft { Start = new LocalDate(2026, 12, 1), Deadline = new LocalDate(2026, 12, 31) };

        var report = provider.GetRequiredService<ISmartValidator>().Validate(draft.Build());

        report.Findings.Should().Contain(f => f.Code == SmartErrorCodes.DeadlinePassed);
    }

    [Fact]
    public void Resolve_SmartOptions_ReachTheRules()
    {
        // Needed (3,500 - 2,000) / 3 = 500 a month; allowed with 25 % tolerance 450 x 1.25 = 562.5.
        using var provider = Build(s => s.AddKpiToolkit(o => o.Smart.AchievabilityTolerance = 0.25));
        var draft = new ObjectiveDraft { Target = Target.IncreaseTo(3500) };

        var report = provider.GetRequiredService<ISmartValidator>().Validate(draft.Build(), draft.DefaultHistory());

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Resolve_NullTimeZone_ThrowsNamingTimeZone()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(o => o.TimeZone = null!);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ReportingCalendar>();

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("*KpiToolkit:TimeZone must not be null*");
    }

    [Fact]
    public void Resolve_NegativeTolerance_ThrowsNamingAchievabilityTolerance()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(o => o.Smart.AchievabilityTolerance = -1);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ISmartValidator>();

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("*KpiToolkit:Smart:AchievabilityTolerance = -1: AchievabilityTolerance must be a finite number of at least 0*");
    }

    [Fact]
    public void Resolve_ZeroStatementWords_ThrowsNamingMinimumStatementWords()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(o => o.Smart.MinimumStatementWords = 0);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ISmartValidator>();

        act.Should().Throw<OptionsValidationException>().WithMessage("*KpiToolkit:Smart:MinimumStatementWords = 0*");
    }
}
