namespace KpiToolkit.Benchmarks;

/// <summary>The tables of a scenario the page already shows, kept when this run has no report of it.</summary>
public static partial class PerformanceReport
{
    /// <summary>A scenario as the page shows it: its rows of the summary, by contender, and its own section as written.</summary>
    /// <param name="Summary">Each size's cells of the summary table, by contender.</param>
    /// <param name="Section">The scenario's section, from its heading to the line before the next one.</param>
    private sealed record KeptScenario(List<(string Records, Dictionary<string, string> Cells)> Summary, string Section)
    {
        /// <summary>Gets the contenders with a figure in the summary.</summary>
        public IEnumerable<string> Contenders => Summary.SelectMany(row => row.Cells.Where(cell => cell.Value.Trim().Length > 0).Select(cell => cell.Key));

        /// <summary>Reads a scenario's tables from the page's results section; null when the page has none.</summary>
        public static KeptScenario? From(string previous, string title)
        {
            var lines = previous.Split('\n');
            var heading = Array.IndexOf(lines, $"### {title}");
            var header = Array.FindIndex(lines, line => line.StartsWith("| scenario | records |", StringComparison.Ordinal));
            if (heading < 0 || header < 0)
            {
                return null;
            }

            var contenders = Cells(lines[header])[2..];
            var summary = new List<(string, Dictionary<string, string>)>();
            for (var i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
            {
                var cells = Cells(lines[i]);
                if (cells[0] == title)
                {
                    summary.Add((cells[1], contenders.Zip(cells[2..]).ToDictionary(pair => pair.First, pair => pair.Second)));
                }
            }

            // The section runs to the next scenario, the import's table or the environment, whichever comes first.
            var end = heading + 1;
            while (end < lines.Length && !lines[end].StartsWith("### ", StringComparison.Ordinal)
                && !lines[end].StartsWith(ImportBeginMarker, StringComparison.Ordinal) && lines[end] != "Environment:")
            {
                end++;
            }

            return new KeptScenario(summary, string.Join('\n', lines[heading..end]).TrimEnd());
        }

        /// <summary>The environment block the page shows, without its fences; null when it has none.</summary>
        public static string? Environment(string? previous)
        {
            var lines = previous?.Split('\n') ?? [];
            var start = Array.IndexOf(lines, "Environment:");
            if (start < 0 || start + 2 >= lines.Length || lines[start + 2] != "```")
            {
                return null;
            }

            var end = Array.IndexOf(lines, "```", start + 3);
            return end < 0 ? null : string.Join('\n', lines[(start + 3)..end]);
        }

        private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];
    }
}
