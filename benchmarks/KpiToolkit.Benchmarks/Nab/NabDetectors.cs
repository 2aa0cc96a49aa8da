using System.Globalization;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks.Nab;

/// <summary>The detectors the NAB runner knows, by name, each with the one set of settings it uses on every file.</summary>
internal static class NabDetectors
{
    /// <summary>The detector the docs recommend, used when no --detector is given.</summary>
    public const string Default = "likelihood";

    /// <summary>The names, in the order the score table lists them.</summary>
    public static readonly string[] Names = ["likelihood", "esd", "median", "sigma"];

    /// <summary>Creates a fresh detector for one file.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="settings">Option overrides as Name=value, applied to the options by property name.</param>
    /// <returns>The detector.</returns>
    public static IOnlineSpikeDetector Create(string name, IReadOnlyList<string> settings) => name switch
    {
        "likelihood" => new SpikeLikelihoodDetector(Apply(new SpikeLikelihoodDetectorOptions(), settings)),

        // 5-minute points mostly: a day is 288 of them; a window of 2 weeks of days does not fit the shortest files,
        // so the robust baselines take the 28 points just before, or the same slot of the 3 previous days when found.
        "median" => new SeasonalMedianDetector(Apply(new SeasonalMedianDetectorOptions { Window = 28, SeasonLength = 1 }, settings)),
        // A week of days per window; at most one anomaly in a thousand points, as NAB's events are rare.
        "esd" => new SeasonalEsdDetector(Apply(new SeasonalEsdDetectorOptions { MaxAnoms = 0.001 }, settings)),
        "sigma" => new MovingStandardDeviationDetector(Apply(new MovingStandardDeviationDetectorOptions { Window = 28, SeasonLength = 1 }, settings)),
        _ => throw new ArgumentException($"Unknown detector '{name}': use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    private static T Apply<T>(T options, IReadOnlyList<string> settings)
        where T : class
    {
        foreach (var setting in settings)
        {
            var parts = setting.Split('=', 2);
            var property = typeof(T).GetProperty(parts[0])
                ?? throw new ArgumentException($"{typeof(T).Name} has no option '{parts[0]}' (from --set {setting}).", nameof(settings));
            if (parts.Length != 2)
            {
                throw new ArgumentException($"--set takes Name=value, but was '{setting}'.", nameof(settings));
            }

            object value;
            if (property.PropertyType.IsEnum)
            {
                property.SetValue(options, Enum.Parse(property.PropertyType, parts[1]));
                continue;
            }

            try
            {
                value = property.PropertyType == typeof(IReadOnlyList<int>)
                    ? parts[1].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray()
                    : Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
            {
                throw new ArgumentException($"{typeof(T).Name}.{parts[0]} takes a {property.PropertyType.Name}, but --set gave '{parts[1]}'.", nameof(settings), e);
            }

            property.SetValue(options, value);
        }

        return options;
    }
}
