using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpiToolkit.DocsTests;

/// <summary>
/// Compiles the C# blocks of a page as programs. A block that starts with <c>using</c> directives starts a program;
/// the blocks after it continue that program until the next such block, so a block uses what an earlier one declared.
/// The blocks with statements form one file in their order, and each block that only declares types is a file of its
/// own. Every file gets the implicit usings of a new console project. <c>#line</c> directives make each error name the
/// page and the line of the block.
/// </summary>
public static class DocCompiler
{
    /// <summary>Written after each block's statements when a page is run, to cut its output by block.</summary>
    public const char BlockEnd = '\u001e';

    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] LibraryPrefixes =
        ["KpiToolkit.dll", "KpiToolkit.Import.dll", "KpiToolkit.Orleans.dll", "Orleans.", "NodaTime", "Microsoft.Extensions.", "Sep", "MiniExcel"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// Cuts the blocks of a page (ignored blocks left out) into programs: each starts at a block with statements that
    /// starts with <c>using</c> directives. The blocks that only declare types are files of every program of the page.
    /// </summary>
    /// <param name="blocks">The page's blocks, in order.</param>
    /// <returns>The programs, each a list of blocks in page order.</returns>
    public static IReadOnlyList<IReadOnlyList<DocBlock>> Programs(IReadOnlyList<DocBlock> blocks)
    {
        var compiled = blocks.Where(b => !b.Ignored).ToList();
        var types = compiled.Where(b => DeclaresTypesOnly(b.Code)).ToList();
        var programs = new List<List<DocBlock>>();
        foreach (var block in compiled.Except(types))
        {
            if (programs.Count == 0 || Parse(block.Code).Usings.Count > 0)
            {
                programs.Add([]);
            }

            programs[^1].Add(block);
        }

        if (programs.Count == 0)
        {
            programs.Add([]);
        }

        return programs.Select(p => (IReadOnlyList<DocBlock>)[.. types, .. p]).ToList();
    }

    /// <summary>Compiles the blocks of one program.</summary>
    /// <param name="blocks">The program's blocks, in order.</param>
    /// <param name="markBlocks">Write <see cref="BlockEnd"/> after each statement block, for a run.</param>
    /// <returns>The compilation, and the statement blocks in the order their output comes.</returns>
    public static (CSharpCompilation Compilation, IReadOnlyList<DocBlock> StatementBlocks) Compile(
        IReadOnlyList<DocBlock> blocks, bool markBlocks)
    {
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), ParseOptions),
        };
        var program = new StringBuilder();
        var statementBlocks = new List<DocBlock>();
        foreach (var block in blocks.Where(b => !b.Ignored))
        {
            var mapped = $"#line {block.Line} \"{block.Page}\"\n{block.Code}\n#line default\n";
            if (DeclaresTypesOnly(block.Code))
            {
                trees.Add(CSharpSyntaxTree.ParseText(mapped, ParseOptions, path: block.Page));
                continue;
            }

            program.Append(mapped);
            if (markBlocks)
            {
                program.Append($"global::System.Console.Out.Write('\\u{(int)BlockEnd:x4}');\n");
            }

            statementBlocks.Add(block);
        }

        if (statementBlocks.Count > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(program.ToString(), ParseOptions, path: blocks[0].Page));
        }

        var options = new CSharpCompilationOptions(
            statementBlocks.Count > 0 ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("DocPage" + Guid.NewGuid().ToString("N"), trees, References.Value, options);
        return (compilation, statementBlocks);
    }

    /// <summary>The errors of a compilation, one a line: <c>docs/time.md(14,5): error CS0103: …</c>.</summary>
    public static IReadOnlyList<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var span = d.Location.GetMappedLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage()}";
            })
            .ToList();

    /// <summary>Runs a compiled page in <paramref name="directory"/> and returns what it printed.</summary>
    public static string Run(CSharpCompilation compilation, string directory)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The page does not emit:\n" + string.Join('\n', Errors(compilation)));
        }

        var entryPoint = Assembly.Load(image.ToArray()).EntryPoint
            ?? throw new InvalidOperationException("The page has no statements to run.");
        var output = new StringWriter();
        var console = Console.Out;
        var current = Environment.CurrentDirectory;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // The output shown is the invariant culture's, whatever the machine's culture.
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            Console.SetOut(output);
            Environment.CurrentDirectory = directory;
            var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            if (entryPoint.Invoke(null, arguments) is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = current;
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        return output.ToString();
    }

    private static bool DeclaresTypesOnly(string code)
    {
        var root = Parse(code);
        return root.Members.Count > 0 && !root.Members.OfType<GlobalStatementSyntax>().Any();
    }

    private static CompilationUnitSyntax Parse(string code) => (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, ParseOptions).GetRoot();

    // The framework's reference assemblies of the SDK beside the running runtime, and the libraries the tests ship.
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var framework = $"net{Environment.Version.Major}.0";
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var referenceDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(d => Path.Combine(d, "ref", framework))
                .Where(Directory.Exists)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), out var v) ? v : new Version())
                .FirstOrDefault()
            : null;
        if (referenceDirectory is null)
        {
            throw new InvalidOperationException($"No reference assemblies for {framework} under {packs}: install the .NET SDK.");
        }

        var libraries = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => LibraryPrefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal)));
        return Directory.GetFiles(referenceDirectory, "*.dll")
            .Concat(libraries)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }
}
