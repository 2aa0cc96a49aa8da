namespace KpiToolkit.DocsTests;

/// <summary>
/// The tests that run pages: a run sets the process's console output, current directory and culture, so those tests
/// run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
