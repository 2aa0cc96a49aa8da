using System.Globalization;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>Prints the SMART reports as an indented tree, one line per objective and one per finding.</summary>
internal sealed class SmartWriter(TextWriter output)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");
    private int _objectives;
    private int _smart;

    public void WriteHeader(LocalDate setOn)
    {
        output.WriteLine($"Objectives for 2026, checked against the SMART criteria on the day they were set, {setOn:uuuu-MM-dd}");
        output.WriteLine();
    }

    public void Write(SmartReport report, int depth = 0)
    {
        var objective = report.Objective;
        var indent = new string(' ', depth * 4);
        var verdict = report.IsObjectiveSmart ? "[SMART]    " : "[NOT SMART]";
        _objectives++;
        _smart += report.IsObjectiveSmart ? 1 : 0;

        output.WriteLine($"{indent}{verdict} {objective.Id}: {Quote(objective.Statement)}");
        output.WriteLine($"{indent}            {objective.Indicator.Name}: {DescribeTarget(objective)}; {DescribeDates(objective)}; {objective.Scope}");
        foreach (var finding in report.Findings)
        {
            output.WriteLine($"{indent}            - {finding.Severity.ToString().ToLowerInvariant(),-7} {finding.Code} {finding.Criterion}: {finding.Message}");
        }

        foreach (var sub in report.SubReports)
        {
            Write(sub, depth + 1);
        }

        if (depth == 0)
        {
            output.WriteLine();
        }
    }

    public void WriteSummary() =>
        output.WriteLine($"{_smart} of {_objectives} objectives are SMART.");

    private static string Quote(string statement) => statement.Length == 0 ? "(no statement)" : $"\"{statement}\"";

    private static string DescribeTarget(Objective objective)
    {
        var indicator = objective.Indicator;
        var from = objective.Baseline is { } baseline ? indicator.FormatValue(baseline.Value, Culture) : "no baseline";
        var to = objective.Target switch
        {
            { Kind: TargetKind.IncreaseTo, Value: { } value } => $"increase to {indicator.FormatValue(value, Culture)}",
            { Kind: TargetKind.DecreaseTo, Value: { } value } => $"decrease to {indicator.FormatValue(value, Culture)}",
            { Minimum: { } min, Maximum: { } max } => $"keep within {indicator.FormatValue(min, Culture)} and {indicator.FormatValue(max, Culture)}",
            _ => "no target",
        };
        return $"{from} -> {to}";
    }

    private static string DescribeDates(Objective objective) =>
        (objective.Start, objective.Deadline) switch
        {
            ({ } start, { } deadline) => $"{start:uuuu-MM-dd} to {deadline:uuuu-MM-dd}",
            (null, { } deadline) => $"no start, deadline {deadline:uuuu-MM-dd}",
            ({ } start, null) => $"from {start:uuuu-MM-dd}, no deadline",
            _ => "no dates",
        };
}
