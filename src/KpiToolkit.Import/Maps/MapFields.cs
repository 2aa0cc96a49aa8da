using System.Globalization;
using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>Reading rules shared by the built-in maps: channels, enums and the choice between a column and a fixed value.</summary>
internal static class MapFields
{
    /// <summary>Checks that a map has a channel source and gives the channel column when it is required.</summary>
    /// <returns>
    /// The channel column when no fixed channel stands in for it: a file without that column could give no
    /// record at all, so it is refused at the header like any required column.
    /// </returns>
    public static string[] RequireChannelSource(Channel? fixedChannel, string? column, string mapName)
    {
        if (fixedChannel is null && column is null)
        {
            throw new InvalidOperationException($"{mapName} needs a channel: set Channel for a file of one channel, or ChannelColumn for a column that names it.");
        }

        if (fixedChannel is { IsEmpty: true })
        {
            throw new InvalidOperationException($"{mapName}.Channel must be a named channel, not the empty (default) channel.");
        }

        return fixedChannel is null ? [column!] : [];
    }

    /// <summary>Reads the channel from its column when one is mapped, else returns the fixed channel.</summary>
    public static Channel ReadChannel(CsvRow row, Channel? fixedChannel, string? column)
    {
        if (column is null)
        {
            return fixedChannel!.Value;
        }

        var text = row.GetText(column);
        if (text is null)
        {
            return fixedChannel ?? Missing(row, column);
        }

        // Exports spell channels their own way ("facebook", "INSTAGRAM"); Channel spells the built-in ones as usual.
        if (Channel.TryCreate(text, out var channel))
        {
            return channel;
        }

        row.AddError(column, $"'{text}' is not a channel name (at most {Channel.MaxLength} characters)");
        return default;
    }

    /// <summary>Reads an enum by its name or one of the aliases, ignoring case; null when missing or unknown (an error is recorded when unknown).</summary>
    public static TEnum? ReadEnum<TEnum>(CsvRow row, string? column, IReadOnlyDictionary<string, TEnum>? aliases, TEnum? whenUnknown = null)
        where TEnum : struct, Enum
    {
        if (row.GetText(column) is not { } text)
        {
            return null;
        }

        if (aliases is not null && aliases.TryGetValue(text, out var aliased))
        {
            return aliased;
        }

        // Enum.TryParse also reads numbers ("1", "+1", "-0"), which name no value in an export; it reads them in the
        // invariant culture, so they are told apart in that culture too, not in the current one (where "+1" may not be a number).
        if (Enum.TryParse<TEnum>(text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed)
            && !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return parsed;
        }

        if (whenUnknown is not null)
        {
            return whenUnknown;
        }

        row.AddError(column, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        return null;
    }

    /// <summary>Copies names to a dictionary that ignores case, whatever comparer the caller's had.</summary>
    public static IReadOnlyDictionary<string, TEnum> IgnoringCase<TEnum>(IReadOnlyDictionary<string, TEnum>? names, string property)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(names, property);
        var copy = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in names)
        {
            copy[name.Trim()] = value;
        }

        return copy.AsReadOnly();
    }

    /// <summary>Reads an enum that must have a value; records an error when it is missing.</summary>
    public static TEnum ReadRequiredEnum<TEnum>(CsvRow row, string column, IReadOnlyDictionary<string, TEnum>? aliases)
        where TEnum : struct, Enum
    {
        if (row.GetText(column) is null)
        {
            row.AddError(column, "a value is required but the cell is empty or marked missing");
            return default;
        }

        return ReadEnum(row, column, aliases) ?? default;
    }

    /// <summary>Reads who a record is about: empty, or the company's own name, is the company; any other name a competitor.</summary>
    public static Subject ReadSubject(CsvRow row, string? column, string? companyName)
    {
        var name = row.GetText(column);
        return name is null || string.Equals(name, companyName, StringComparison.OrdinalIgnoreCase)
            ? Subject.Company
            : Subject.Competitor(name);
    }

    private static Channel Missing(CsvRow row, string column)
    {
        row.AddError(column, "a channel is required but the cell is empty or marked missing");
        return default;
    }
}
