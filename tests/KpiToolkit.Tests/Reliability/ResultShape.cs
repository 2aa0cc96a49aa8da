using System.Collections;
using System.Globalization;
using System.Reflection;
using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Turns any result of the library (a record with nested lists) into flat lines of path and value, so
/// that two results can be compared field by field and every number in them can be checked.
/// </summary>
internal static class ResultShape
{
    private static readonly HashSet<Type> Leaves =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(double),
        typeof(Instant), typeof(LocalDate), typeof(LocalTime), typeof(LocalDateTime), typeof(Duration),
        typeof(IndicatorKey), typeof(Money), typeof(ReportingPeriod),
    ];

    /// <summary>One value found in a result.</summary>
    public readonly record struct Field(string Path, object? Value);

    public static IReadOnlyList<Field> Flatten(object? result)
    {
        var fields = new List<Field>();
        Walk(result, "$", fields, depth: 0);
        return fields;
    }

    /// <summary>Every double in the result is finite.</summary>
    public static void ShouldBeFinite(object? result)
    {
        foreach (var field in Flatten(result))
        {
            if (field.Value is double d)
            {
                double.IsFinite(d).Should().BeTrue($"{field.Path} is {d}");
            }
        }
    }

    /// <summary>The same fields in the same order; doubles within 1e-12 relative, the rest equal.</summary>
    public static void ShouldMatch(object? actual, object? expected)
    {
        var left = Flatten(actual);
        var right = Flatten(expected);
        left.Select(f => f.Path).Should().Equal(right.Select(f => f.Path));
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i].Value is double a && right[i].Value is double b)
            {
                Math.Abs(a - b).Should().BeLessThanOrEqualTo(1e-12 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b))), left[i].Path);
            }
            else
            {
                left[i].Value.Should().Be(right[i].Value, left[i].Path);
            }
        }
    }

    private static void Walk(object? value, string path, List<Field> fields, int depth)
    {
        // Channels and subjects compare ignoring case; their exact text is what a reader sees, so compare that.
        if (value is Channel channel)
        {
            fields.Add(new Field(path, channel.Name));
            return;
        }

        if (value is Subject subject)
        {
            fields.Add(new Field(path, subject.ToString()));
            return;
        }

        if (value is null || Leaves.Contains(value.GetType()) || value.GetType().IsEnum || depth > 8)
        {
            fields.Add(new Field(path, value));
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), fields, depth + 1);
            }

            fields.Add(new Field(path + ".count", index));
            return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("KpiToolkit", StringComparison.Ordinal) != true)
        {
            fields.Add(new Field(path, value.ToString()));
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, fields, depth + 1);
            }
        }
    }
}
