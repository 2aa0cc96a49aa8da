using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of an e-mail campaign report to <see cref="EmailCampaignReport"/>: one row per campaign
/// send, with its sent, delivered, opened and clicked counts.
/// </summary>
/// <remarks>
/// Delivered comes from its own column when the file has it; otherwise from sent minus bounces, read from
/// <see cref="HardBounces"/> and <see cref="SoftBounces"/> or from a single <see cref="Bounces"/> total.
/// </remarks>
public sealed class EmailCampaignMap : CsvRecordMap<EmailCampaignReport>
{
    /// <summary>Gets the column of the campaign name. Required.</summary>
    public required string Campaign { get; init; }

    /// <summary>Gets the column of the send timestamp. Required.</summary>
    public required string SentAt { get; init; }

    /// <summary>Gets the column of e-mails sent. Required.</summary>
    public required string Sent { get; init; }

    /// <summary>Gets the column of unique opens. Required.</summary>
    public required string UniqueOpens { get; init; }

    /// <summary>Gets the column of unique clicks. Required.</summary>
    public required string UniqueClicks { get; init; }

    /// <summary>Gets the column of e-mails delivered, if any.</summary>
    public string? Delivered { get; init; }

    /// <summary>Gets the column of all bounces, when the file does not split hard and soft ones.</summary>
    public string? Bounces { get; init; }

    /// <summary>Gets the column of hard bounces, if any.</summary>
    public string? HardBounces { get; init; }

    /// <summary>Gets the column of soft bounces, if any.</summary>
    public string? SoftBounces { get; init; }

    /// <summary>Gets the column of unique opens by machines (privacy protection), if any.</summary>
    public string? MachineOpens { get; init; }

    /// <summary>Gets the column of unsubscribes, if any.</summary>
    public string? Unsubscribes { get; init; }

    /// <summary>Gets the column of spam complaints, if any.</summary>
    public string? Complaints { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns() => [Campaign, SentAt, Sent, UniqueOpens, UniqueClicks];

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        Mapped(Delivered, Bounces, HardBounces, SoftBounces, MachineOpens, Unsubscribes, Complaints);

    /// <inheritdoc />
    protected internal override EmailCampaignReport? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var campaign = row.GetRequiredText(Campaign);
        var sentAt = row.GetRequiredInstant(SentAt);
        var sent = row.GetRequiredCount(Sent);
        var opens = row.GetRequiredCount(UniqueOpens);
        var clicks = row.GetRequiredCount(UniqueClicks);
        var delivered = row.GetCount(Delivered);
        var bounces = row.GetCount(Bounces);
        var hard = row.GetCount(HardBounces);
        var soft = row.GetCount(SoftBounces);
        var machineOpens = row.GetCount(MachineOpens);
        var unsubscribes = row.GetCount(Unsubscribes);
        var complaints = row.GetCount(Complaints);
        var splitBounces = hard is not null && soft is not null;
        if (delivered is null && !splitBounces && bounces is not null)
        {
            if (bounces > sent)
            {
                row.AddError(Bounces, $"{bounces} bounces is more than the {sent} e-mails sent");
            }
            else
            {
                delivered = sent - bounces;
            }
        }
        else if (delivered is null && !splitBounces)
        {
            row.AddError(Delivered ?? Bounces ?? HardBounces, "delivered cannot be known: the row has no delivered count and no bounces");
        }

        if (splitBounces && (Int128)hard!.Value + soft!.Value > sent)
        {
            row.AddError(HardBounces, $"{hard} hard and {soft} soft bounces are more than the {sent} e-mails sent");
            splitBounces = false;
        }

        // The report checks these too; checking here names the export's own columns.
        var deliveredOrComputed = delivered ?? (splitBounces ? sent - hard - soft : null);
        CheckNotAbove(row, Delivered ?? HardBounces, "delivered", deliveredOrComputed, Sent, "sent", sent);
        CheckNotAbove(row, UniqueOpens, "unique opens", opens, Delivered, "delivered", deliveredOrComputed);
        CheckNotAbove(row, UniqueClicks, "unique clicks", clicks, Delivered, "delivered", deliveredOrComputed);
        CheckNotAbove(row, Unsubscribes, "unsubscribes", unsubscribes, Delivered, "delivered", deliveredOrComputed);
        CheckNotAbove(row, Complaints, "complaints", complaints, Delivered, "delivered", deliveredOrComputed);
        return row.HasErrors
            ? null
            : new EmailCampaignReport(campaign, sentAt, sent, opens, clicks, delivered, hard, soft, machineOpens, unsubscribes, complaints);
    }

    // A count above the one it is part of is a broken row; say so on the column, in the file's own terms.
    private static void CheckNotAbove(CsvRow row, string? column, string what, long? value, string? limitColumn, string limitName, long? limit)
    {
        if (value > limit)
        {
            row.AddError(column ?? limitColumn, $"{value} {what} is more than the {limit} e-mails {limitName}");
        }
    }
}
