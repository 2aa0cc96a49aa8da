using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>What each mention weighs in a share of voice.</summary>
public enum ShareOfVoiceWeight
{
    /// <summary>One per mention (the classic share of voice).</summary>
    Count,

    /// <summary>The potential reach of the mention's author or source.</summary>
    PotentialReach,

    /// <summary>The reactions + comments + shares the mention received.</summary>
    Interactions,
}

/// <summary>The options of the share of voice.</summary>
public sealed class ShareOfVoiceOptions
{
    /// <summary>Gets the competitors of the set, beside the company. The set must be fixed and listed: a mention of any other subject is left out.</summary>
    public IList<string> Competitors { get; } = [];

    /// <summary>Gets or sets what each mention weighs.</summary>
    /// <value><see cref="ShareOfVoiceWeight.Count"/>.</value>
    public ShareOfVoiceWeight Weight { get; set; } = ShareOfVoiceWeight.Count;
}

/// <summary>The share of one subject of the competitive set.</summary>
/// <param name="Subject">The company or a competitor.</param>
/// <param name="Weight">The sum of the weights of its mentions.</param>
/// <param name="Share">Its weight over the weight of the whole set, as a fraction; null when the set weighs 0.</param>
public sealed record SubjectShare(Subject Subject, double Weight, double? Share);

/// <summary>The share of voice of every subject of the competitive set in a period.</summary>
public sealed record ShareOfVoice
{
    /// <summary>Gets the period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets what each mention weighs.</summary>
    public required ShareOfVoiceWeight Weight { get; init; }

    /// <summary>Gets the company first, then each competitor in the order listed; the shares sum to 1 when the set weighs more than 0.</summary>
    public required IReadOnlyList<SubjectShare> Shares { get; init; }

    /// <summary>Gets the company's share as a result of the <c>share-of-voice</c> indicator.</summary>
    public required KpiResult Company { get; init; }

    /// <summary>Gets the mentions of the period about subjects outside the set, left out.</summary>
    public required long MentionsOutsideSet { get; init; }

    /// <summary>Gets the mentions of the set left out because their weight (reach or a counter) was not reported.</summary>
    public required long MentionsWithMissingWeight { get; init; }
}

/// <summary>
/// Share of voice: the company's share of what is said about a listed set of competitors and itself,
/// weighted by count, by potential reach or by interactions. The shares of the set sum to 100 %.
/// </summary>
/// <remarks>
/// A set that weighs nothing in a period (no mention, or every weight 0) gives no share
/// (<see cref="KpiUnavailableReason.ZeroDenominator"/>, or <see cref="KpiUnavailableReason.NoData"/> when there is no mention at all).
/// Not registered by <c>AddKpiToolkit()</c>, since it needs the competitors: use <c>builder.AddShareOfVoice(...)</c>.
/// </remarks>
public sealed partial class ShareOfVoiceCalculator : IKpiCalculator
{
    private readonly Subject[] _set;
    private readonly string _method;

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The competitors and the weight.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <exception cref="ArgumentException">No competitor is listed, a name is blank or listed twice, or the weight is undefined.</exception>
    public ShareOfVoiceCalculator(ShareOfVoiceOptions options, ReportingCalendar? calendar = null)
    {
        Preconditions.NotNull(options);
        Preconditions.Check(options.Competitors.Count > 0, "ShareOfVoiceOptions.Competitors must list at least one competitor.", nameof(options));
        var competitors = options.Competitors.Select(name => Subject.TryCompetitor(name, out var s)
            ? s
            : throw new ArgumentException("ShareOfVoiceOptions.Competitors must not hold a blank name.", nameof(options))).ToList();
        Preconditions.Check(competitors.Distinct().Count() == competitors.Count, "ShareOfVoiceOptions.Competitors lists a competitor twice.", nameof(options));
        _set = [Subject.Company, .. competitors];
        Weight = Preconditions.Defined(options.Weight, $"{nameof(ShareOfVoiceOptions)}.{nameof(options.Weight)}");
        Calendar = calendar ?? ReportingCalendar.Utc;
        var weight = Weight switch
        {
            ShareOfVoiceWeight.Count => "mentions",
            ShareOfVoiceWeight.PotentialReach => "potential reach",
            _ => "interactions",
        };
        _method = $"company {weight} / {weight} of the company and {string.Join(", ", competitors)}";
    }

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.ShareOfVoice;

    /// <summary>Gets the company and the competitors of the set.</summary>
    public IReadOnlyList<Subject> Set => Array.AsReadOnly(_set);

    /// <summary>Gets what each mention weighs.</summary>
    public ShareOfVoiceWeight Weight { get; }

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Computes the share of every subject of the set in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The shares.</returns>
    public ShareOfVoice Analyze(IEnumerable<Mention> mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(mentions);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        Preconditions.OptionalChannel(channel);
        var weights = new Int128[_set.Length];
        long outside = 0, missing = 0, used = 0;
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (!interval.Contains(mention.PublishedAt) || (channel is not null && mention.Channel != channel))
            {
                continue;
            }

            var index = Array.IndexOf(_set, mention.Subject);
            if (index < 0)
            {
                outside++;
            }
            else if (WeightOf(mention) is { } weight)
            {
                weights[index] += weight;
                used++;
            }
            else
            {
                missing++;
            }
        }

        return Result(period, channel, weights, outside, missing, used);
    }

    /// <inheritdoc />
    /// <remarks>Reads the mentions' columns when the data holds them as columns.</remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Preconditions.NotNull(data).HasMentionColumns
            ? Analyze(data.MentionColumns, period, channel).Company
            : Analyze(data.ReadMentions(), period, channel).Company;

    private ShareOfVoice Result(ReportingPeriod period, Channel? channel, Int128[] weights, long outside, long missing, long used)
    {
        Int128 total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var shares = _set.Select((subject, i) => new SubjectShare(subject, (double)weights[i], total > 0 ? (double)weights[i] / (double)total : null)).ToList();
        var inputs = new KpiInputs((double)weights[0], (double)total, used, missing);
        var company = total > 0
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, shares[0].Share!.Value, inputs, _method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, used > 0 ? KpiUnavailableReason.ZeroDenominator : missing > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData, inputs, _method);
        return new ShareOfVoice
        {
            Period = period,
            Weight = Weight,
            Shares = shares.AsReadOnly(),
            Company = company,
            MentionsOutsideSet = outside,
            MentionsWithMissingWeight = missing,
        };
    }

    private Int128? WeightOf(Mention mention) => Weight switch
    {
        ShareOfVoiceWeight.Count => 1,
        ShareOfVoiceWeight.PotentialReach => mention.PotentialReach,
        _ => mention.InteractionSum,
    };
}
