using KpiToolkit.Dashboard;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>What every built-in renderer promises: its format, file extension and media type, and its argument checks.</summary>
public sealed class DashboardRendererContractTests
{
    public static TheoryData<string, string, string> Formats => new()
    {
        { "markdown", ".md", "text/markdown" },
        { "json", ".json", "application/json" },
        { "csv", ".csv", "text/csv" },
        { "html", ".html", "text/html" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Renderer_DescribesItsFormat_AndIsFoundByItIgnoringCase(string format, string extension, string contentType)
    {
        var renderer = DashboardRenderers.BuiltIn.Get(format.ToUpperInvariant());

        renderer.Format.Should().Be(format);
        renderer.FileExtension.Should().Be(extension);
        renderer.ContentType.Should().Be(contentType);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("html")]
    public void Render_NullArguments_ThrowNamingThem(string format)
    {
        var renderer = DashboardRenderers.BuiltIn.Get(format);

        FluentActions.Invoking(() => renderer.Render(null!, TextWriter.Null)).Should().Throw<ArgumentNullException>().WithParameterName("dashboard");
        FluentActions.Invoking(() => renderer.Render(DashboardFixture.Build(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }
}
