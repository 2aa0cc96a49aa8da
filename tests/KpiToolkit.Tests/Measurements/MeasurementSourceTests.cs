using KpiToolkit.Measurements;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Measurements;

public class MeasurementSourceTests
{
    [Fact]
    public void Constructor_TrimsEveryPart()
    {
        var source = new MeasurementSource("  Instagram Graph API ", " views ", " v22.0\t");

        source.System.Should().Be("Instagram Graph API");
        source.Metric.Should().Be("views");
        source.Version.Should().Be("v22.0");
    }

    [Fact]
    public void Constructor_SystemOnly_LeavesMetricAndVersionNull()
    {
        var source = new MeasurementSource("GA4");

        source.Metric.Should().BeNull();
        source.Version.Should().BeNull();
    }

    [Fact]
    public void Constructor_NullSystem_ThrowsNamingSystem()
    {
        var act = () => new MeasurementSource(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("system");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankSystem_ThrowsNamingSystem(string system)
    {
        var act = () => new MeasurementSource(system);

        act.Should().Throw<ArgumentException>()
            .WithMessage("system must not be empty or whitespace.*")
            .Which.ParamName.Should().Be("system");
    }

    [Fact]
    public void Constructor_WhitespaceMetric_ThrowsNamingMetric()
    {
        var act = () => new MeasurementSource("GA4", " ");

        act.Should().Throw<ArgumentException>()
            .WithMessage("metric must be null or non-blank text, but was whitespace.*")
            .Which.ParamName.Should().Be("metric");
    }

    [Fact]
    public void Constructor_EmptyVersion_ThrowsNamingVersion()
    {
        var act = () => new MeasurementSource("GA4", "sessions", string.Empty);

        act.Should().Throw<ArgumentException>()
            .WithMessage("version must be null or non-blank text*")
            .Which.ParamName.Should().Be("version");
    }

    [Fact]
    public void ToString_JoinsTheKnownParts()
    {
        new MeasurementSource("Instagram Graph API", "views", "v22.0").ToString().Should().Be("Instagram Graph API / views / v22.0");
        new MeasurementSource("GA4").ToString().Should().Be("GA4");
        new MeasurementSource("GA4", version: "v1").ToString().Should().Be("GA4 / v1");
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            new MeasurementSource("GA4", "sessions", "v1"),
            new MeasurementSource(" GA4", "sessions ", "v1"),
            new MeasurementSource("GA4", "users", "v1"),
            new MeasurementSource("GA4", "sessions", "v2"),
            new MeasurementSource("GA4", "sessions"),
            new MeasurementSource("GA4"));
    }
}
