using System.Globalization;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>
/// Where a brand's records of one kind, channel and day rest (a partition), or those of one month (the node above the
/// month's partitions): the grain's string key, with the brand and channel escaped so that no name can forge another's key.
/// </summary>
/// <param name="Brand">The brand.</param>
/// <param name="Kind">Posts or mentions.</param>
/// <param name="Channel">The channel's name in lower case; empty for mentions without a channel.</param>
/// <param name="Year">The year of the day or month, in the cluster's calendar.</param>
/// <param name="Month">The month.</param>
/// <param name="Day">The day of the month; 0 for a month node.</param>
internal readonly record struct GrainAddress(string Brand, RecordKind Kind, string Channel, int Year, int Month, int Day)
{
    /// <summary>The address of a day's partition.</summary>
    public static GrainAddress Partition(string brand, RecordKind kind, Channel? channel, LocalDate date) =>
        new(brand, kind, ChannelKey(channel), date.Year, date.Month, date.Day);

    /// <summary>Gets the date of a partition.</summary>
    public LocalDate Date => new(Year, Month, Day);

    /// <summary>Gets the month node above a partition.</summary>
    public GrainAddress MonthNode => this with { Day = 0 };

    /// <summary>The key a channel gets in addresses: its name in lower case, as channels compare without case.</summary>
    public static string ChannelKey(Channel? channel) => channel?.Name.ToLowerInvariant() ?? string.Empty;

    /// <summary>Reads an address back from a grain key.</summary>
    public static GrainAddress Parse(string key)
    {
        var parts = key.Split('/');
        if (parts.Length != 6)
        {
            throw new FormatException($"'{key}' is not a KpiToolkit grain address.");
        }

        return new(
            Uri.UnescapeDataString(parts[0]),
            Enum.Parse<RecordKind>(parts[1]),
            Uri.UnescapeDataString(parts[2]),
            int.Parse(parts[3], CultureInfo.InvariantCulture),
            int.Parse(parts[4], CultureInfo.InvariantCulture),
            int.Parse(parts[5], CultureInfo.InvariantCulture));
    }

    /// <summary>Returns the grain key.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(Brand)}/{Kind}/{Uri.EscapeDataString(Channel)}/{Year}/{Month}/{Day}");
}
