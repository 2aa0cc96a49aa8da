using KpiToolkit.DependencyInjection;
using KpiToolkit.Evaluation;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.DependencyInjection;

public class OptionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();

    [Fact]
    public void Configure_OfTheHost_ChangesTheCalendarZone()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit();
        services.Configure<KpiToolkitOptions>(o => o.TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ReportingCalendar>().Zone.Id.Should().Be("Europe/Paris");
        provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value.Should().BeSameAs(provider.GetRequiredService<KpiToolkitOptions>());
    }

    [Fact]
    public void ConfigureAndPostConfigure_ApplyInTheOrderGiven()
    {
        var services = new ServiceCollection();
        services.PostConfigure<KpiToolkitOptions>(o => o.Smart.MinimumStatementWords *= 10);
        services.Configure<KpiToolkitOptions>(o => o.Smart.MinimumStatementWords = 2);
        services.AddKpiToolkit(o => o.Smart.MinimumStatementWords += 1);
        using var provider = services.BuildServiceProvider();

        // Configure actions in order (2, then + 1 = 3), post-configure last (× 10 = 30).
        provider.GetRequiredService<SmartValidationOptions>().MinimumStatementWords.Should().Be(30);
    }

    [Fact]
    public void AddKpiToolkit_FromASection_ReadsEveryKey()
    {
        var configuration = Configuration(
            ("KpiToolkit:TimeZone", "Europe/Paris"),
            ("KpiToolkit:FirstDayOfWeek", "Sunday"),
            ("KpiToolkit:Smart:MinimumStatementWords", "8"),
            ("KpiToolkit:Smart:AchievabilityTolerance", "0.25"),
            ("KpiToolkit:Smart:MinimumHorizon", "P14D"),
            ("KpiToolkit:Smart:MaximumHorizon", "P2Y"),
            ("KpiToolkit:Dashboard:Title", "Q3 board"),
            ("KpiToolkit:Dashboard:HistoryLength", "12"),
            ("KpiToolkit:Dashboard:SpikeHistoryDays", "56"),
            ("KpiToolkit:Dashboard:ShowReconciliation", "false"),
            ("KpiToolkit:Dashboard:MaxDegreeOfParallelism", "1"),
            ("KpiToolkit:Dashboard:Evaluation:AtRiskGap", "0.1"),
            ("KpiToolkit:Dashboard:Evaluation:OffTrackGap", "0.2"),
            ("KpiToolkit:Dashboard:Evaluation:RollUp", "WeightedProgress"),
            ("KpiToolkit:Dashboard:Evaluation:MinimumPointsForProjection", "4"));
        var services = new ServiceCollection();
        services.AddKpiToolkit(configuration.GetSection("KpiToolkit"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value;

        options.TimeZone.Id.Should().Be("Europe/Paris");
        options.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        options.Smart.MinimumStatementWords.Should().Be(8);
        options.Smart.AchievabilityTolerance.Should().Be(0.25);
        options.Smart.MinimumHorizon.Should().Be(Period.FromDays(14));
        options.Smart.MaximumHorizon.Should().Be(Period.FromYears(2));
        options.Dashboard.Title.Should().Be("Q3 board");
        options.Dashboard.HistoryLength.Should().Be(12);
        options.Dashboard.SpikeHistoryDays.Should().Be(56);
        options.Dashboard.ShowReconciliation.Should().BeFalse();
        options.Dashboard.MaxDegreeOfParallelism.Should().Be(1);
        options.Dashboard.Evaluation.AtRiskGap.Should().Be(0.1);
        options.Dashboard.Evaluation.OffTrackGap.Should().Be(0.2);
        options.Dashboard.Evaluation.RollUp.Should().Be(RollUpMethod.WeightedProgress);
        options.Dashboard.Evaluation.MinimumPointsForProjection.Should().Be(4);
        var calendar = provider.GetRequiredService<ReportingCalendar>();
        calendar.Zone.Id.Should().Be("Europe/Paris");
        calendar.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void AddKpiToolkit_FromASection_ThenAnAction_AppliesBothInOrder()
    {
        var configuration = Configuration(("KpiToolkit:TimeZone", "Europe/Paris"), ("KpiToolkit:FirstDayOfWeek", "Sunday"));
        var services = new ServiceCollection();
        services.AddKpiToolkit(configuration.GetSection("KpiToolkit"));
        services.AddKpiToolkit(o => o.FirstDayOfWeek = IsoDayOfWeek.Saturday);
        using var provider = services.BuildServiceProvider();

        var calendar = provider.GetRequiredService<ReportingCalendar>();

        calendar.Zone.Id.Should().Be("Europe/Paris");
        calendar.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Saturday);
    }

    [Fact]
    public void AddKpiToolkit_SameSectionTwice_ReadsItOnce()
    {
        var section = Configuration(("KpiToolkit:Colour", "blue")).GetSection("KpiToolkit");
        var services = new ServiceCollection();
        services.AddKpiToolkit(section);
        services.AddKpiToolkit(section);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle();
    }

    [Fact]
    public void AddKpiToolkit_UnknownZoneId_IsReportedWithTheId()
    {
        var configuration = Configuration(("KpiToolkit:TimeZone", "Europe/Atlantis"));
        var services = new ServiceCollection();
        services.AddKpiToolkit(configuration.GetSection("KpiToolkit"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ReportingCalendar>();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "KpiToolkit:TimeZone = 'Europe/Atlantis': no time zone has this IANA id in the tz database (give an id such as 'Europe/Paris').");
    }

    [Fact]
    public void AddKpiToolkit_UnreadableValuesAndUnknownKeys_AreAllReported()
    {
        var configuration = Configuration(
            ("KpiToolkit:FirstDayOfWeek", "8"),
            ("KpiToolkit:Smart:AchievabilityTolerance", "a quarter"),
            ("KpiToolkit:Smart:MinimumHorizon", "7 days"),
            ("KpiToolkit:Dashboard:Colour", "blue"));
        var services = new ServiceCollection();
        services.AddKpiToolkit(configuration.GetSection("KpiToolkit"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value;

        // The in-memory provider lists keys in order: Dashboard, FirstDayOfWeek, Smart.
        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "KpiToolkit:Dashboard:Colour is not a KpiToolkit option; the keys of this section are Title, HistoryLength, SpikeHistoryDays, ShowReconciliation, TopPostCount, ExplainSpikes, ShowRowsWithoutData, MaxDegreeOfParallelism, Evaluation.",
            "KpiToolkit:FirstDayOfWeek = '8': a day name from Monday to Sunday is expected.",
            "KpiToolkit:Smart:AchievabilityTolerance = 'a quarter': a number, with a dot for decimals is expected.",
            "KpiToolkit:Smart:MinimumHorizon = '7 days': an ISO 8601 duration such as 'P7D' or 'P1M' is expected.");
    }

    [Fact]
    public void Validation_ReportsEveryFailureWithPathValueAndLimit()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(o =>
        {
            o.FirstDayOfWeek = (IsoDayOfWeek)9;
            o.Smart.AchievabilityTolerance = -1;
            o.Smart.MinimumStatementWords = 0;
            o.Dashboard.HistoryLength = 61;
            o.Dashboard.Evaluation.AtRiskGap = 1.5;
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "KpiToolkit:FirstDayOfWeek = 9: it must be a day from Monday to Sunday.",
            "KpiToolkit:Smart:MinimumStatementWords = 0: MinimumStatementWords must be at least 1.",
            "KpiToolkit:Smart:AchievabilityTolerance = -1: AchievabilityTolerance must be a finite number of at least 0.",
            "KpiToolkit:Dashboard:Evaluation:AtRiskGap = 1.5: AtRiskGap must be a fraction between 0 and 1, but was 1.5.",
            "KpiToolkit:Dashboard:HistoryLength = 61: DashboardOptions.HistoryLength must be between 2 and 60.");
    }

    [Fact]
    public void Validation_GoodOptions_Pass()
    {
        var result = new KpiToolkitOptionsValidator().Validate(Options.DefaultName, new KpiToolkitOptions());

        result.Succeeded.Should().BeTrue();
    }
}
