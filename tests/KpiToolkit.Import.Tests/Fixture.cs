namespace KpiToolkit.Import.Tests;

/// <summary>Finds the export files the tests read, copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
