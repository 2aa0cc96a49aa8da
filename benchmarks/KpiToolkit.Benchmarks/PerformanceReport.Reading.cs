using System.Globalization;
using System.Text;

namespace KpiToolkit.Benchmarks;

/// <content>Reading BenchmarkDotNet's CSV reports, and writing their figures as the page shows them.</content>
public static partial class PerformanceReport
{
    private static List<Row> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(lines[0], separator);
        int Column(string name) => Array.FindIndex(header, column => column == name || column.StartsWith(name + " [", StringComparison.Ordinal));
        var method = Column("Method");
        var mean = Column("Mean");
        var stdDev = Column("StdDev");
        var allocated = Column("Allocated");
        if (method < 0 || mean < 0 || stdDev < 0 || allocated < 0)
        {
            throw new InvalidDataException($"{path} lacks a Method, Mean, StdDev or Allocated column.");
        }

        int[] counts = [Column("Count"), Column("Posts"), Column("Mentions")];
        var rows = new List<Row>();
        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            var cells = Split(line, separator);
            var records = counts.Where(c => c >= 0).Sum(c => (long)(Number(cells[c], header[c]) ?? 0));
            rows.Add(new Row(cells[method].Trim('\''), records, Number(cells[mean], header[mean]), Number(cells[stdDev], header[stdDev]), Number(cells[allocated], header[allocated])));
        }

        return rows;
    }

    /// <summary>Splits a CSV line, honouring double quotes.</summary>
    private static string[] Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static string? ReadEnvironment(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var open = text.IndexOf("```", StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf("```", open + 3, StringComparison.Ordinal);
        return close < 0 ? null : text[(open + 3)..close];
    }

    /// <summary>
    /// Reads a number of a report: a time in nanoseconds, a size in bytes or a plain number, whether the unit is in the
    /// header (as the report mode writes it) or after the value (as BenchmarkDotNet's default CSV does).
    /// </summary>
    private static double? Number(string cell, string header)
    {
        var text = cell.Trim();
        if (text is "-" or "0")
        {
            return 0;
        }

        var unit = header.EndsWith(']') ? header[(header.LastIndexOf('[') + 1)..^1] : string.Empty;
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            unit = text[(space + 1)..];
            text = text[..space];
        }

        var factor = unit switch
        {
            "ns" or "B" or "" => 1.0,
            "μs" or "us" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "KB" => 1024.0,
            "MB" => 1024.0 * 1024,
            "GB" => 1024.0 * 1024 * 1024,
            _ => double.NaN,
        };
        return double.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, Invariant, out var value) && !double.IsNaN(factor) ? value * factor : null;
    }

    private static string Records(long records) => records switch
    {
        100_000 => "10^5",
        1_000_000 => "10^6",
        2_000_000 => "10^6 + 10^6",
        10_000_000 => "10^7",
        _ => records.ToString("N0", Invariant),
    };

    private static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "—",
        >= 1e9 => string.Create(Invariant, $"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => string.Create(Invariant, $"{nanoseconds / 1e6:F2} ms"),
        >= 1e3 => string.Create(Invariant, $"{nanoseconds / 1e3:F1} µs"),
        _ => string.Create(Invariant, $"{nanoseconds:F0} ns"),
    };

    private static string Noise(Row row) =>
        row.Mean is > 0 && row.StdDev is { } sd ? string.Create(Invariant, $"±{100 * sd / row.Mean:F1} %") : "—";

    private static string PerRecord(Row row) =>
        row.Mean is { } mean && row.Records > 0 ? string.Create(Invariant, $"{mean / row.Records:F1}") : "—";

    private static string Bytes(double? bytes) => bytes switch
    {
        null => "—",
        >= 1024 * 1024 * 1024 => string.Create(Invariant, $"{bytes / (1024 * 1024 * 1024):F2} GB"),
        >= 1024 * 1024 => string.Create(Invariant, $"{bytes / (1024 * 1024):F1} MB"),
        >= 1024 => string.Create(Invariant, $"{bytes / 1024:F1} KB"),
        _ => string.Create(Invariant, $"{bytes:F0} B"),
    };

    private static string Ratio(double? mean, double? baseline) =>
        mean is { } m && baseline is > 0 ? string.Create(Invariant, $"{m / baseline.Value:F2}") : "—";

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KpiToolkit.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private sealed record Row(string Method, long Records, double? Mean, double? StdDev, double? Allocated);
}
