namespace KpiToolkit.DocsTests;

/// <summary>
/// Every C# block of README.md and docs/*.md compiles against the packages, and every block followed by a
/// <c>text</c> block prints that text. One test case per page, named after it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DocSnippetTests
{
    private static readonly string PagesDirectory = Path.Combine(AppContext.BaseDirectory, "pages");

    /// <summary>The pages with at least one C# block, as paths from the repository root.</summary>
    public static TheoryData<string> PagesWithCode()
    {
        var pages = new TheoryData<string>();
        foreach (var page in AllPages().Where(p => Blocks(p).Count > 0))
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The pages where a block shows its output.</summary>
    public static TheoryData<string> PagesWithOutput()
    {
        var pages = new TheoryData<string>();
        foreach (var page in AllPages().Where(p => Blocks(p).Any(b => b.ExpectedOutput is not null && !b.Ignored)))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Fact]
    public void Pages_AreFound_TheReadmeAndTheDocs()
    {
        var pages = AllPages();

        pages.Should().Contain("README.md").And.Contain("docs/dashboard.md");
        pages.Count.Should().BeGreaterThan(10, "every page of docs/ is copied beside the tests");
    }

    [Theory]
    [MemberData(nameof(PagesWithCode))]
    public void Page_Compiles(string page)
    {
        var errors = DocCompiler.Programs(Blocks(page))
            .SelectMany(program => DocCompiler.Errors(DocCompiler.Compile(program, markBlocks: false).Compilation));

        errors.Should().BeEmpty($"every C# block of {page} compiles (the errors name the page and line)");
    }

    [Theory]
    [MemberData(nameof(PagesWithOutput))]
    public void Page_PrintsTheOutputItShows(string page)
    {
        foreach (var program in DocCompiler.Programs(Blocks(page)).Where(p => p.Any(b => b.ExpectedOutput is not null)))
        {
            var (compilation, statementBlocks) = DocCompiler.Compile(program, markBlocks: true);
            var directory = Directory.CreateTempSubdirectory("kpitoolkit-docs-");
            try
            {
                var printed = DocCompiler.Run(compilation, directory.FullName).Split(DocCompiler.BlockEnd);
                for (var i = 0; i < statementBlocks.Count; i++)
                {
                    if (statementBlocks[i].ExpectedOutput is { } expected)
                    {
                        Normalize(printed[i]).Should().Be(Normalize(expected), $"the block at {statementBlocks[i].Location} prints the text shown under it");
                    }
                }
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }
    }

    private static IReadOnlyList<DocBlock> Blocks(string page) =>
        DocPage.Blocks(page, File.ReadAllText(Path.Combine(PagesDirectory, page)));

    private static List<string> AllPages() =>
        Directory.GetFiles(PagesDirectory, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(PagesDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim('\n');
}
