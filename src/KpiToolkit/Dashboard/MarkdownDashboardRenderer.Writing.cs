using System.Text;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;

namespace KpiToolkit.Dashboard;

/// <content>How Markdown is written: lines, escapes and aligned tables.</content>
public sealed partial class MarkdownDashboardRenderer
{
    /// <summary>Writes lines with <c>\n</c> endings and one blank line before each heading.</summary>
    private sealed class MarkdownWriter(TextWriter writer)
    {
        public void Line(string line) => writer.Write(line + "\n");

        public void Blank() => writer.Write("\n");

        public void Heading(string heading)
        {
            Blank();
            Line($"## {Inline(heading)}");
            Blank();
        }

        public void SubHeading(string heading)
        {
            Blank();
            Line($"### {Inline(heading)}");
            Blank();
        }
    }

    /// <summary>A table whose cells are escaped and whose columns are padded, so it reads as a grid in a plain terminal too.</summary>
    private sealed class MarkdownTable
    {
        private readonly (string Heading, bool RightAligned)[] _columns;
        private readonly List<string[]> _rows = [];

        public MarkdownTable(params (string Heading, bool RightAligned)[] columns) => _columns = columns;

        public void Add(params string[] cells) => _rows.Add(cells.Select(Inline).ToArray());

        public void WriteTo(MarkdownWriter output)
        {
            var headings = _columns.Select(column => Inline(column.Heading)).ToArray();
            var widths = headings.Select((heading, i) => Math.Max(3, _rows.Select(row => row[i].Length).Append(heading.Length).Max())).ToArray();
            output.Line(Row(headings, widths));
            output.Line("| " + string.Join(" | ", widths.Select((width, i) => _columns[i].RightAligned ? new string('-', width - 1) + ":" : new string('-', width))) + " |");
            foreach (var row in _rows)
            {
                output.Line(Row(row, widths));
            }
        }

        private string Row(string[] cells, int[] widths) =>
            "| " + string.Join(" | ", cells.Select((cell, i) => _columns[i].RightAligned ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))) + " |";
    }
}
