namespace KpiToolkit.DocsTests;

/// <summary>What the page compiler reports and runs, on pages written here: the checks of the real pages can fail.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocCompilerTests
{
    private static IReadOnlyList<DocBlock> Page(string markdown) => DocPage.Blocks("docs/example.md", markdown);

    [Fact]
    public void Blocks_ReadsTheCodeItsLineAndTheTextShownUnderIt()
    {
        var blocks = Page("# Title\n\n```csharp\nConsole.WriteLine(1 + 1);\n```\n\n```text\n2\n```\n\n```csharp ignore\npartial\n```\n");

        blocks.Should().HaveCount(2);
        blocks[0].Should().Be(new DocBlock("docs/example.md", 4, "Console.WriteLine(1 + 1);", false, "2"));
        blocks[1].Ignored.Should().BeTrue();
        blocks[1].ExpectedOutput.Should().BeNull();
    }

    [Fact]
    public void Compile_AnUndefinedName_FailsWithThePageTheLineAndTheCompilerMessage()
    {
        var blocks = Page("```csharp\nvar a = 1;\n```\n\nText.\n\n```csharp\nvar b = a + zone;\n```\n");

        var (compilation, _) = DocCompiler.Compile(blocks, markBlocks: false);

        DocCompiler.Errors(compilation).Should().ContainSingle()
            .Which.Should().Be("docs/example.md(8,13): error CS0103: The name 'zone' does not exist in the current context");
    }

    [Fact]
    public void Programs_ABlockStartingWithUsings_StartsAProgramThatDoesNotSeeTheEarlierOnes()
    {
        var blocks = Page(
            "```csharp\nusing System.Text;\nvar a = new StringBuilder(\"a\");\n```\n\n```csharp\nvar b = a.Append('b');\n```\n\n" +
            "```csharp\nusing System.Globalization;\nvar c = a.ToString(CultureInfo.InvariantCulture);\n```\n");

        var programs = DocCompiler.Programs(blocks);

        programs.Select(p => p.Select(b => b.Line)).Should().BeEquivalentTo(new[] { new[] { 2, 7 }, new[] { 11 } }, o => o.WithStrictOrdering());
        DocCompiler.Errors(DocCompiler.Compile(programs[0], markBlocks: false).Compilation).Should().BeEmpty();
        DocCompiler.Errors(DocCompiler.Compile(programs[1], markBlocks: false).Compilation).Should()
            .Equal("docs/example.md(12,9): error CS0103: The name 'a' does not exist in the current context");
    }

    [Fact]
    public void Programs_ABlockOfTypes_IsPartOfEveryProgramOfThePage()
    {
        var blocks = Page(
            "```csharp\npublic sealed record Point(int X, int Y);\n```\n\n```csharp\nusing System.Text;\nvar a = new Point(1, 2);\n```\n\n" +
            "```csharp\nusing System.Globalization;\nvar b = new Point(3, 4).X.ToString(CultureInfo.InvariantCulture);\n```\n");

        var programs = DocCompiler.Programs(blocks);

        programs.Select(p => p.Select(b => b.Line)).Should().BeEquivalentTo(new[] { new[] { 2, 6 }, new[] { 11 } }.Select(p => p.Prepend(2).Distinct()), o => o.WithStrictOrdering());
        programs.SelectMany(p => DocCompiler.Errors(DocCompiler.Compile(p, markBlocks: false).Compilation)).Should().BeEmpty();
    }

    [Fact]
    public void Compile_AUsingAfterStatementsInOneBlock_IsAnError()
    {
        var blocks = Page("```csharp\nusing System.Text;\nvar a = 1;\nusing System.Globalization;\nvar c = CultureInfo.InvariantCulture;\n```\n");

        var (compilation, _) = DocCompiler.Compile(blocks, markBlocks: false);

        DocCompiler.Errors(compilation).Should().Contain(e => e.StartsWith("docs/example.md(4,1): error CS1529", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_ABlockOfTypesAndALaterBlockUsingThem_CompileTogetherWithTheLibrary()
    {
        var blocks = Page(
            "```csharp\nusing KpiToolkit.Time;\nusing NodaTime;\n\nvar period = ReportingPeriod.Month(2026, 3);\nConsole.WriteLine(new Labeler().Label(period));\n```\n\n" +
            "```csharp\nusing KpiToolkit.Time;\n\npublic sealed class Labeler\n{\n    public string Label(ReportingPeriod period) => period.Label;\n}\n```\n");

        var (compilation, _) = DocCompiler.Compile(blocks, markBlocks: false);

        DocCompiler.Errors(compilation).Should().BeEmpty();
    }

    [Fact]
    public void Run_CutsTheOutputByBlock()
    {
        var blocks = Page("```csharp\nConsole.WriteLine(\"one\");\n```\n\n```csharp\nConsole.WriteLine(2 * 21);\n```\n");
        var (compilation, statementBlocks) = DocCompiler.Compile(blocks, markBlocks: true);

        var printed = DocCompiler.Run(compilation, Path.GetTempPath()).Split(DocCompiler.BlockEnd);

        statementBlocks.Should().HaveCount(2);
        printed.Select(p => p.Trim()).Should().Equal("one", "42", "");
    }
}
