using System.Reflection;
using System.Runtime.ExceptionServices;

// The sample writes to the process's console, which these tests redirect: they must not run beside each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace KpiToolkit.Sample.Tests;

/// <summary>Runs the sample's entry point, as <c>dotnet run</c> would, with its console captured.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kpitoolkit-sample-tests-" + Guid.NewGuid().ToString("N"));

    public ProgramTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_OutputFolderThatCannotBeCreated_SaysSoAndExitsWithOne()
    {
        // A file stands where the folder's parent should be, so the folder cannot be created.
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "not a folder");
        var output = Path.Combine(file, "dashboard");

        var (exitCode, error) = Run("--out", output);

        exitCode.Should().Be(1);
        error.Should().StartWith($"Cannot write the dashboard to {output}: ");
        error.Trim().Split('\n').Should().ContainSingle("the user gets one line, not a stack trace");
    }

    [Fact]
    public void Run_FileThatCannotBeWritten_SaysSoAndExitsWithOne()
    {
        // The folder exists, but a folder takes the place of dashboard.md.
        Directory.CreateDirectory(Path.Combine(_folder, "dashboard.md"));

        var (exitCode, error) = Run("--out", _folder);

        exitCode.Should().Be(1);
        error.Should().StartWith($"Cannot write the dashboard to {_folder}: ");
        error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Run_WritableFolder_WritesTheFourFilesAndExitsWithZero()
    {
        var (exitCode, error) = Run("--out", _folder);

        exitCode.Should().Be(0, error);
        foreach (var name in new[] { "dashboard.html", "dashboard.json", "dashboard.csv", "dashboard.md" })
        {
            new FileInfo(Path.Combine(_folder, name)).Length.Should().BePositive();
        }
    }

    [Fact]
    public void Run_BundledExports_TheDashboardReconcilesXsFigures_AndNamesTheTweetAcrossTheMonthBoundary()
    {
        var (exitCode, error) = Run("--out", _folder);

        exitCode.Should().Be(0, error);
        var markdown = File.ReadAllText(Path.Combine(_folder, "dashboard.md"));
        markdown.Should().Contain("## Reconciliation with the platforms");
        markdown.Should().Contain("Every figure of the posts agrees with the platform's.", "X's engagements are its 14 kinds, and its rates are theirs over impressions");

        // Published at 22:40 UTC on 31 March: March for X, April in Paris.
        var march = markdown.Split('\n').Single(line => line.StartsWith("| March 2026", StringComparison.Ordinal) && line.Contains("| X ", StringComparison.Ordinal));
        march.Should().Contain("a time-zone boundary").And.Contain("1480101888000000001");
    }

    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var entryPoint = typeof(SampleOptions).Assembly.EntryPoint!;
        var savedOut = Console.Out;
        var savedError = Console.Error;
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exitCode = (int)entryPoint.Invoke(null, [args])!;
            return (exitCode, error.ToString());
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }
    }
}
