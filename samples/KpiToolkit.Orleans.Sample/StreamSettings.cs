using System.Globalization;

namespace KpiToolkit.Orleans.Sample;

/// <summary>How fast the sample streams: records a second, and records a batch.</summary>
internal sealed record StreamSettings(int Rate, int Batch)
{
    /// <summary>Reads <c>--rate N</c> and <c>--batch N</c>; null for <c>--help</c> or anything it cannot read.</summary>
    public static StreamSettings? Parse(IReadOnlyList<string> args)
    {
        var settings = new StreamSettings(5_000, 250);
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                switch (args[i])
                {
                    case "--rate":
                        settings = settings with { Rate = value };
                        i++;
                        continue;
                    case "--batch":
                        settings = settings with { Batch = Math.Min(value, 100_000) };
                        i++;
                        continue;
                }
            }

            Console.Error.WriteLine($"Cannot read the argument '{args[i]}'.");
            return null;
        }

        return settings;
    }
}
