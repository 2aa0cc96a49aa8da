using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Orleans.Wire;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of an account's activity: one row per run of days.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.AccountActivityState")]
internal sealed class AccountActivityState
{
    /// <summary>
    /// Gets the rows held, by their days (<see cref="AccountActivityGrain.DaysKey"/>), in their wire form: plain fields
    /// that a storage's own serializer (ADO.NET's JSON by default) writes and reads back, which it cannot do for
    /// <see cref="ChannelActivity"/> itself.
    /// </summary>
    [Id(0)] public Dictionary<string, ChannelActivitySurrogate> Rows { get; set; } = [];
}

/// <summary>
/// One brand's activity rows of one channel, kept as rows: a platform reports a few per day or month, so a decade of an
/// account fits in one grain, and the calculators read them as they are (a monthly reach is not the sum of daily ones,
/// and a row straddling a period is reported, not split). A row for days already held replaces the held one when its
/// counts differ: that is the platform restating its figures.
/// </summary>
internal sealed class AccountActivityGrain(
    [PersistentState("activity", KpiClusterOptions.StorageName)] IPersistentState<AccountActivityState> state) : Grain, IAccountActivityGrain
{
    private static readonly ChannelActivityConverter Converter = new();

    // The rows of the state, as rows.
    private Dictionary<string, ChannelActivity> _rows = [];

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _rows = state.State.Rows.ToDictionary(pair => pair.Key, pair => Converter.ConvertFromSurrogate(pair.Value));
        return Task.CompletedTask;
    }

    /// <summary>The grain key of a brand's channel.</summary>
    public static string Key(string brand, Channel channel) =>
        $"{Uri.EscapeDataString(brand)}/{Uri.EscapeDataString(GrainAddress.ChannelKey(channel))}";

    /// <summary>The key of a row's days.</summary>
    public static string DaysKey(DateInterval dates) =>
        string.Create(CultureInfo.InvariantCulture, $"{dates.Start:uuuu-MM-dd}..{dates.End:uuuu-MM-dd}");

    /// <inheritdoc />
    public async Task<ActivityReceipt> AddRowsAsync(ChannelActivity[] rows, CancellationToken cancellationToken)
    {
        var (counted, alreadyCounted, restated) = (0, 0, 0);
        foreach (var row in rows)
        {
            var days = DaysKey(row.Dates);
            if (!_rows.TryGetValue(days, out var held))
            {
                counted++;
            }
            else if (held == row)
            {
                alreadyCounted++;
                continue;
            }
            else
            {
                restated++;
            }

            _rows[days] = row;
            state.State.Rows[days] = Converter.ConvertToSurrogate(row);
        }

        if (counted + restated > 0)
        {
            await state.WriteOrDeactivateAsync(this, cancellationToken);
        }

        return new ActivityReceipt(counted, alreadyCounted, restated);
    }

    /// <inheritdoc />
    public Task<ChannelActivity[]> RowsAsync(WireDate first, WireDate last, CancellationToken cancellationToken)
    {
        var (from, to) = (first.ToLocalDate(), last.ToLocalDate());
        ChannelActivity[] touching = [.. _rows.Values
            .Where(row => row.Dates.Start <= to && row.Dates.End >= from)
            .OrderBy(row => row.Dates.Start)
            .ThenBy(row => row.Dates.End)];
        return Task.FromResult(touching);
    }
}
