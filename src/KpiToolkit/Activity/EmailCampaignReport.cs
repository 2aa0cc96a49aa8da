using System.Globalization;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// The report of one e-mail campaign as an e-mail service gives it: sent, delivered (or the bounces), unique
/// opens (and those from machine opens such as Apple Mail Privacy Protection), unique clicks,
/// unsubscribes and complaints.
/// </summary>
/// <remarks>
/// Give either <c>delivered</c> or both bounce counts; delivered is then sent − hard − soft bounces. When
/// delivered and bounces are both given they must agree: delivered = sent − hard − soft with both bounce
/// counts, delivered + the one bounce count ≤ sent with one. Unique opens and unique clicks are recipients
/// among those delivered, so neither may exceed delivered; unique clicks may exceed unique opens when images
/// are blocked (a click without a recorded open). Counts that are not reported (machine opens, bounces,
/// unsubscribes, complaints) stay optional. Immutable.
/// </remarks>
public sealed record EmailCampaignReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="campaign">The campaign name.</param>
    /// <param name="sentAt">When it was sent.</param>
    /// <param name="sent">E-mails sent.</param>
    /// <param name="uniqueOpens">Recipients who opened at least once.</param>
    /// <param name="uniqueClicks">Recipients who clicked at least one tracked link.</param>
    /// <param name="delivered">E-mails delivered; computed from the bounces when null.</param>
    /// <param name="hardBounces">Hard bounces, if reported.</param>
    /// <param name="softBounces">Soft bounces, if reported.</param>
    /// <param name="machineOpens">Unique opens caused by machines (privacy protection), if reported.</param>
    /// <param name="unsubscribes">Unsubscribes, if reported.</param>
    /// <param name="complaints">Spam complaints, if reported.</param>
    /// <exception cref="ArgumentException">
    /// The campaign is blank, a count negative, delivered missing with no bounces, more delivered than sent,
    /// delivered inconsistent with sent minus the bounces given, more unique opens or unique clicks than
    /// delivered, more machine opens than opens, or more unsubscribes or complaints than delivered. The message
    /// names the parameter and the values.
    /// </exception>
    public EmailCampaignReport(
        string campaign,
        Instant sentAt,
        long sent,
        long uniqueOpens,
        long uniqueClicks,
        long? delivered = null,
        long? hardBounces = null,
        long? softBounces = null,
        long? machineOpens = null,
        long? unsubscribes = null,
        long? complaints = null)
    {
        Campaign = Preconditions.NotBlank(campaign).Trim();
        SentAt = sentAt;
        Sent = Preconditions.NonNegative(sent);
        UniqueOpens = Preconditions.NonNegative(uniqueOpens);
        UniqueClicks = Preconditions.NonNegative(uniqueClicks);
        HardBounces = Preconditions.NonNegative(hardBounces);
        SoftBounces = Preconditions.NonNegative(softBounces);
        Preconditions.NonNegative(delivered);
        Preconditions.Check(
            delivered is not null || (hardBounces is not null && softBounces is not null),
            "Give delivered, or both hardBounces and softBounces so delivered can be computed.",
            nameof(delivered));
        Delivered = delivered ?? (sent - hardBounces!.Value - softBounces!.Value);
        Preconditions.Check(Delivered >= 0 && Delivered <= sent, string.Create(CultureInfo.InvariantCulture, $"delivered ({Delivered}) must be between 0 and sent ({sent})."), nameof(delivered));
        CheckDeliveredAgreesWithBounces(sent, delivered, hardBounces, softBounces);
        Preconditions.Check(uniqueOpens <= Delivered, $"uniqueOpens ({uniqueOpens}) cannot exceed delivered ({Delivered}): only delivered e-mails can be opened.", nameof(uniqueOpens));
        Preconditions.Check(uniqueClicks <= Delivered, $"uniqueClicks ({uniqueClicks}) cannot exceed delivered ({Delivered}): only delivered e-mails can be clicked.", nameof(uniqueClicks));
        MachineOpens = Preconditions.NonNegative(machineOpens);
        Preconditions.Check(!(machineOpens > uniqueOpens), $"machineOpens ({machineOpens}) cannot exceed uniqueOpens ({uniqueOpens}).", nameof(machineOpens));
        Unsubscribes = Preconditions.NonNegative(unsubscribes);
        Preconditions.Check(!(unsubscribes > Delivered), $"unsubscribes ({unsubscribes}) cannot exceed delivered ({Delivered}): only recipients of a delivered e-mail can unsubscribe from it.", nameof(unsubscribes));
        Complaints = Preconditions.NonNegative(complaints);
        Preconditions.Check(!(complaints > Delivered), $"complaints ({complaints}) cannot exceed delivered ({Delivered}): only recipients of a delivered e-mail can report it.", nameof(complaints));
    }

    /// <summary>Gets the campaign name.</summary>
    public string Campaign { get; }

    /// <summary>Gets when it was sent.</summary>
    public Instant SentAt { get; }

    /// <summary>Gets the e-mails sent.</summary>
    public long Sent { get; }

    /// <summary>Gets the e-mails delivered.</summary>
    public long Delivered { get; }

    /// <summary>Gets the hard bounces, or null when not reported.</summary>
    public long? HardBounces { get; }

    /// <summary>Gets the soft bounces, or null when not reported.</summary>
    public long? SoftBounces { get; }

    /// <summary>Gets the bounces: hard + soft when reported, sent − delivered otherwise.</summary>
    /// <exception cref="OverflowException">Hard + soft bounces do not fit in a <see cref="long"/>.</exception>
    public long Bounces => checked(HardBounces + SoftBounces) ?? Sent - Delivered;

    /// <summary>Gets the recipients who opened at least once, machine opens included.</summary>
    public long UniqueOpens { get; }

    /// <summary>Gets the unique opens caused by machines, or null when not reported.</summary>
    public long? MachineOpens { get; }

    /// <summary>Gets the recipients who clicked at least one tracked link.</summary>
    public long UniqueClicks { get; }

    /// <summary>Gets the unsubscribes, or null when not reported.</summary>
    public long? Unsubscribes { get; }

    /// <summary>Gets the spam complaints, or null when not reported.</summary>
    public long? Complaints { get; }

    /// <summary>A delivered count given beside bounces must leave room for them: sent = delivered + hard + soft.</summary>
    private static void CheckDeliveredAgreesWithBounces(long sent, long? delivered, long? hardBounces, long? softBounces)
    {
        if (delivered is not { } d)
        {
            return;
        }

        if (hardBounces is { } hard && softBounces is { } soft)
        {
            Preconditions.Check(
                d == (Int128)sent - hard - soft,
                string.Create(CultureInfo.InvariantCulture, $"delivered ({d}) must equal sent - hardBounces - softBounces ({sent} - {hard} - {soft} = {(Int128)sent - hard - soft}) when both bounce counts are given."),
                nameof(delivered));
        }
        else if ((hardBounces ?? softBounces) is { } bounces)
        {
            var name = hardBounces is null ? nameof(softBounces) : nameof(hardBounces);
            Preconditions.Check(
                (Int128)d + bounces <= sent,
                $"delivered ({d}) plus {name} ({bounces}) cannot exceed sent ({sent}).",
                nameof(delivered));
        }
    }
}
