using System.Globalization;
using KpiToolkit.Calculators;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Benchmarks.Nab;

/// <summary>
/// Runs an online detector over the Numenta Anomaly Benchmark's files: every DATA/&lt;category&gt;/&lt;file&gt;.csv
/// (timestamp,value) is fed point by point to a fresh detector, and OUT/&lt;category&gt;/&lt;file&gt;.csv gets
/// timestamp,anomaly_score for the same rows, the layout NAB's scorer reads.
/// </summary>
internal static class NabRunner
{
    private static readonly LocalDateTimePattern TimestampPattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    /// <summary>Runs the command: nab --data DIR --out DIR [--detector NAME] [--set Name=value ...].</summary>
    /// <param name="args">The arguments after "nab".</param>
    /// <returns>0 on success, 1 on a bad argument or file.</returns>
    public static int Run(string[] args)
    {
        string? data = null, output = null, detector = NabDetectors.Default;
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data": data = value; i++; break;
                case "--out": output = value; i++; break;
                case "--detector": detector = value; i++; break;
                case "--set": settings.Add(value ?? string.Empty); i++; break;
                default:
                    Console.Error.WriteLine($"nab: unknown argument '{args[i]}'. Usage: nab --data DIR --out DIR [--detector {string.Join('|', NabDetectors.Names)}] [--set Name=value ...]");
                    return 1;
            }
        }

        if (data is null || output is null || detector is null || !Directory.Exists(data))
        {
            Console.Error.WriteLine($"nab: --data must name a folder of <category>/<file>.csv (was '{data}'), and --out and --detector need a value.");
            return 1;
        }

        var files = Directory.GetDirectories(data).Order(StringComparer.Ordinal)
            .SelectMany(category => Directory.GetFiles(category, "*.csv").Order(StringComparer.Ordinal))
            .ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"nab: no <category>/<file>.csv under {data}.");
            return 1;
        }

        var rows = 0L;
        var started = System.Diagnostics.Stopwatch.StartNew();
        string name = string.Empty;
        try
        {
            foreach (var file in files)
            {
                var fresh = NabDetectors.Create(detector, settings);
                name = fresh.Name;
                var target = Path.Combine(output, Path.GetFileName(Path.GetDirectoryName(file)!), Path.GetFileName(file));
                rows += ScoreFile(file, target, fresh);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException or InvalidCastException)
        {
            // A bad detector name, option or data row: say which, without a stack trace.
            Console.Error.WriteLine($"nab: {e.Message}");
            return 1;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"nab: {name}: {files.Length} files, {rows:N0} rows in {started.Elapsed.TotalSeconds:F1} s, written under {output}"));
        return 0;
    }

    /// <summary>Scores one file, point by point, and writes timestamp,anomaly_score for each of its rows.</summary>
    /// <param name="source">The NAB data file.</param>
    /// <param name="target">The results file to write.</param>
    /// <param name="detector">A fresh detector.</param>
    /// <returns>The number of rows.</returns>
    public static int ScoreFile(string source, string target, IOnlineSpikeDetector detector)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var reader = new StreamReader(source);
        using var writer = new StreamWriter(target);
        var header = reader.ReadLine();
        if (header != "timestamp,value")
        {
            throw new InvalidDataException($"{source}: the header must be 'timestamp,value', but was '{header}'.");
        }

        writer.WriteLine("timestamp,anomaly_score");
        var count = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var (timestamp, value) = Parse(source, count + 2, line);
            var verdict = detector.Observe(timestamp, value);
            writer.Write(line.AsSpan(0, line.IndexOf(',', StringComparison.Ordinal)));
            writer.Write(',');
            writer.WriteLine(verdict.Score.ToString("R", CultureInfo.InvariantCulture));
            count++;
        }

        return count;
    }

    /// <summary>Reads the points of one NAB file.</summary>
    /// <param name="source">The NAB data file.</param>
    /// <returns>The points, in file order.</returns>
    public static List<(Instant Timestamp, double Value)> ReadPoints(string source)
    {
        var points = new List<(Instant, double)>();
        var lineNumber = 1;
        foreach (var line in File.ReadLines(source).Skip(1))
        {
            points.Add(Parse(source, ++lineNumber, line));
        }

        return points;
    }

    private static (Instant Timestamp, double Value) Parse(string source, int lineNumber, string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        var parsed = comma < 0 ? null : TimestampPattern.Parse(line[..comma]);
        if (parsed is null || !parsed.Success || !double.TryParse(line.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InvalidDataException($"{source}, line {lineNumber}: expected 'yyyy-MM-dd HH:mm:ss,value', but was '{line}'.");
        }

        return (parsed.Value.InUtc().ToInstant(), value);
    }
}
