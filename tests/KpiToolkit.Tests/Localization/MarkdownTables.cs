using System.Text.RegularExpressions;

namespace KpiToolkit.Tests.Localization;

/// <summary>Finds a cell in the padded tables of the Markdown renderer.</summary>
internal static class MarkdownTables
{
    /// <summary>Returns a pattern that matches a table cell holding exactly the text, whatever its padding.</summary>
    public static string Cell(string text) => $@"\| {Regex.Escape(text)} +\|";
}
