using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The options of the e-mail rates.</summary>
public sealed class EmailRateOptions
{
    /// <summary>
    /// Gets or sets how campaigns are combined: <see cref="Aggregation.RatioOfSums"/> pools them
    /// (Σ unique opens / Σ delivered), <see cref="Aggregation.MeanOfRatios"/> averages each campaign's rate,
    /// as some dashboards do.
    /// </summary>
    /// <value><see cref="Aggregation.RatioOfSums"/>.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    /// <summary>
    /// Gets or sets whether opens caused by machines (Apple Mail Privacy Protection pre-loading the tracking
    /// pixel) are left out of the opens. A campaign that does not report them is then skipped and counted.
    /// </summary>
    /// <value><see langword="false"/>, so rates match what the e-mail service shows by default.</value>
    public bool ExcludeMachineOpens { get; set; }

    internal static EmailRateOptions Defaults { get; } = new();
}

/// <summary>
/// The shared engine of the e-mail rates: a count of each campaign over a stated denominator, combined
/// over the campaigns of a period as the options say. A campaign belongs to the period holding its sending
/// instant in the reporting calendar's time zone.
/// </summary>
/// <remarks>
/// A campaign whose denominator is 0 (nothing delivered) still adds its numerator to a ratio of sums; a mean of
/// ratios or a median skips it and counts it as a zero denominator. One that lacks a count the formula needs is
/// skipped and counted as missing.
/// </remarks>
public abstract class EmailRateCalculator : IKpiCalculator
{
    private readonly string _method;

    /// <summary>Initialises the calculator.</summary>
    /// <param name="indicator">The indicator computed.</param>
    /// <param name="formula">The formula in words, such as <c>unique opens / delivered</c>.</param>
    /// <param name="options">The aggregation and machine-open handling; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    protected EmailRateCalculator(Indicator indicator, string formula, EmailRateOptions? options, ReportingCalendar? calendar)
    {
        options ??= EmailRateOptions.Defaults;
        Indicator = Preconditions.NotNull(indicator);
        Aggregation = Preconditions.Defined(options.Aggregation, $"{nameof(EmailRateOptions)}.{nameof(options.Aggregation)}");
        ExcludeMachineOpens = options.ExcludeMachineOpens;
        Calendar = calendar ?? ReportingCalendar.Utc;
        var how = Aggregation switch
        {
            Aggregation.RatioOfSums => "pooled",
            Aggregation.MeanOfRatios => "mean of campaign rates",
            _ => "median of campaign rates",
        };
        _method = $"{how}: {Preconditions.NotBlank(formula)}";
    }

    /// <inheritdoc />
    public Indicator Indicator { get; }

    /// <summary>Gets how campaigns are combined.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets whether machine opens are left out.</summary>
    public bool ExcludeMachineOpens { get; }

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Computes the rate over the campaigns sent in a period.</summary>
    /// <param name="campaigns">The campaign reports.</param>
    /// <param name="period">The period.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="campaigns"/> holds a null report; the message gives its index.</exception>
    public KpiResult Calculate(IEnumerable<EmailCampaignReport> campaigns, ReportingPeriod period)
    {
        Preconditions.NotNull(campaigns);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        var accumulator = new RatioAccumulator(Aggregation);
        var index = 0;
        foreach (var campaign in campaigns)
        {
            Preconditions.Item(campaign, index++, nameof(campaigns));
            if (!interval.Contains(campaign.SentAt))
            {
                continue;
            }

            if (Numerator(campaign) is not { } n || Denominator(campaign) is not { } d)
            {
                accumulator.SkipMissingCounter();
            }
            else
            {
                accumulator.Add(n, d);
            }
        }

        return accumulator.ToResult(Indicator, period, Channel.Email, _method);
    }

    /// <summary>Computes the rate of each campaign sent in a period, in the order given.</summary>
    /// <param name="campaigns">The campaign reports.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per campaign, with its name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="campaigns"/> holds a null report; the message gives its index.</exception>
    public IReadOnlyList<ActionKpi> CalculateByCampaign(IEnumerable<EmailCampaignReport> campaigns, ReportingPeriod period)
    {
        Preconditions.NotNull(campaigns);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        return campaigns
            .Select((c, i) => Preconditions.Item(c, i, nameof(campaigns)))
            .Where(c => interval.Contains(c.SentAt))
            .Select(c => new ActionKpi(c.Campaign, Calculate([c], period)))
            .ToList()
            .AsReadOnly();
    }

    /// <inheritdoc />
    /// <remarks>E-mail campaigns are the <see cref="Channel.Email"/> channel; another channel gives <see cref="KpiUnavailableReason.NoData"/>.</remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Preconditions.OptionalChannel(channel) is null || channel == Channel.Email
            ? Calculate(Preconditions.NotNull(data).EmailCampaigns, period)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), _method);

    /// <summary>Returns the count of one campaign, or null when it is not reported.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The numerator.</returns>
    protected abstract long? Numerator(EmailCampaignReport campaign);

    /// <summary>Returns the denominator of one campaign, or null when it is not reported.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The denominator.</returns>
    protected abstract long? Denominator(EmailCampaignReport campaign);

    /// <summary>Returns the unique opens, without machine opens when the options say so.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <returns>The opens, or null when machine opens must be left out but are not reported.</returns>
    protected long? Opens(EmailCampaignReport campaign) =>
        !ExcludeMachineOpens ? Preconditions.NotNull(campaign).UniqueOpens : Preconditions.NotNull(campaign).UniqueOpens - campaign.MachineOpens;
}

/// <summary>Delivery rate = delivered / sent.</summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailDeliveryRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailDeliveryRate, "delivered / sent", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Delivered;

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Sent;
}

/// <summary>Open rate = unique opens / delivered (Mailchimp's definition), machine opens left out on request.</summary>
/// <param name="options">The aggregation and machine-open handling; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailOpenRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailOpenRate, (options ?? EmailRateOptions.Defaults).ExcludeMachineOpens ? "(unique opens - machine opens) / delivered" : "unique opens / delivered", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Opens(campaign);

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Delivered;
}

/// <summary>Click rate = unique clickers / delivered (Mailchimp's definition). Machine opens do not affect clicks.</summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailClickRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailClickRate, "unique clicks / delivered", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).UniqueClicks;

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Delivered;
}

/// <summary>
/// Click-to-open rate = unique clickers / unique openers. It passes 100 % when recipients click without a
/// recorded open (images blocked); KpiToolkit reports that value as it is rather than capping it.
/// </summary>
/// <param name="options">The aggregation and machine-open handling; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailClickToOpenRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailClickToOpenRate, (options ?? EmailRateOptions.Defaults).ExcludeMachineOpens ? "unique clicks / (unique opens - machine opens)" : "unique clicks / unique opens", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).UniqueClicks;

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Opens(campaign);
}

/// <summary>Bounce rate = (hard + soft bounces) / sent.</summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailBounceRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailBounceRate, "bounces / sent", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Bounces;

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Sent;
}

/// <summary>Unsubscribe rate = unsubscribes / delivered.</summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class EmailUnsubscribeRateCalculator(EmailRateOptions? options = null, ReportingCalendar? calendar = null)
    : EmailRateCalculator(BuiltInIndicators.EmailUnsubscribeRate, "unsubscribes / delivered", options, calendar)
{
    /// <inheritdoc />
    protected override long? Numerator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Unsubscribes;

    /// <inheritdoc />
    protected override long? Denominator(EmailCampaignReport campaign) => Preconditions.NotNull(campaign).Delivered;
}
