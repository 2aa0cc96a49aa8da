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
