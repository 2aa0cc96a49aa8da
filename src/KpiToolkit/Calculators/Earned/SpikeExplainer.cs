using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The options of <see cref="SpikeExplainer"/>.</summary>
public sealed class SpikeExplainerOptions
{
    /// <summary>Gets or sets the subject whose mentions are explained; null explains every subject's.</summary>
    /// <value><see cref="Subject.Company"/>.</value>
    public Subject? Subject { get; set; } = Activity.Subject.Company;

    /// <summary>Gets or sets how many authors, outlets and mentions each list keeps.</summary>
    /// <value>5. Must be positive.</value>
    public int Top { get; set; } = 5;

    /// <summary>
    /// Gets or sets the net sentiment, in absolute value, from which one side leads: at or above it the spike is
    /// positive, at or below its opposite negative.
    /// </summary>
    /// <value>0.2, twenty points of net sentiment: a spike of 40 % positive and 20 % negative mentions is positive, one of 35 % and 25 % is mixed. From 0 to 1.</value>
    public double Lead { get; set; } = 0.2;
}

/// <summary>
/// Explains a window of unusual volume with the mentions behind it: their count, the authors and outlets that wrote
/// the most of them, their tone, and the ones that drew the most interactions, so a reader knows whether the spike is
/// the good kind (enthusiasm to convert) or the bad kind (a crisis, where hours count).
/// </summary>
/// <remarks>
/// <para>The character follows the net sentiment of the mentions of known tone, neutral ones included (the first
/// variant of net sentiment in the references): <see cref="SpikeCharacter.Unknown"/> when fewer than half of the
/// mentions have a known tone; <see cref="SpikeCharacter.Positive"/> at or above <see cref="SpikeExplainerOptions.Lead"/>,
/// <see cref="SpikeCharacter.Negative"/> at or below its opposite; in between, <see cref="SpikeCharacter.Mixed"/> when
/// both positive and negative mentions make at least a quarter of the known ones each, <see cref="SpikeCharacter.Neutral"/>
/// otherwise.</para>
/// <para>Authors are grouped without regard to case and shown as first spelled; an outlet is the mention's channel,
/// or its kind of source when the channel is unknown. Ties are broken by interactions, then by name (ordinal), and
/// the most engaged mentions by earlier publication, then id, so the explanation never depends on input order.</para>
/// </remarks>
public sealed class SpikeExplainer
{
    private readonly Subject? _subject;
    private readonly int _top;
    private readonly double _lead;

    /// <summary>Creates the explainer.</summary>
    /// <param name="options">The subject, list length and lead; the defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SpikeExplainerOptions.Top"/> is not positive, or <see cref="SpikeExplainerOptions.Lead"/> is not between 0 and 1.</exception>
    public SpikeExplainer(SpikeExplainerOptions? options = null)
    {
        options ??= new SpikeExplainerOptions();
        if (options.Top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Top, "SpikeExplainerOptions.Top must be at least 1.");
        }

        if (!(options.Lead is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Lead, "SpikeExplainerOptions.Lead must be between 0 and 1.");
        }

        (_subject, _top, _lead) = (options.Subject, options.Top, options.Lead);
    }

    /// <summary>Explains the mentions of the subject published in a window of instants.</summary>
    /// <param name="mentions">The mentions, in any order; those outside the window are ignored.</param>
    /// <param name="window">The instants of the spike, such as an <see cref="IntradayBucket.Instants"/>.</param>
    /// <returns>The explanation; with no mention in the window, counts of 0, empty lists and an unknown character.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null or holds a null mention.</exception>
    public SpikeExplanation Explain(IEnumerable<Mention> mentions, Interval window)
    {
        Preconditions.NotNull(mentions);
        var inWindow = new List<Mention>();
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (window.Contains(mention!.PublishedAt) && (_subject is null || mention.Subject == _subject.Value))
            {
                inWindow.Add(mention);
            }
        }

        long positive = 0, neutral = 0, negative = 0, unknown = 0;
        foreach (var mention in inWindow)
        {
            switch (mention.Sentiment)
            {
                case Sentiment.Positive: positive++; break;
                case Sentiment.Neutral: neutral++; break;
                case Sentiment.Negative: negative++; break;
                default: unknown++; break;
            }
        }

        return new SpikeExplanation
        {
            Window = window,
            Mentions = inWindow.Count,
            TopAuthors = Top(inWindow, mention => mention.Author, StringComparer.OrdinalIgnoreCase),
            TopOutlets = Top(inWindow, mention => mention.Channel?.Name ?? mention.SourceType.ToString(), StringComparer.Ordinal),
            Positive = positive,
            Neutral = neutral,
            Negative = negative,
            UnknownTone = unknown,
            Character = CharacterOf(positive, neutral, negative, unknown),
            MostEngaged = [.. inWindow
                .Where(mention => mention.Reactions is not null || mention.Comments is not null || mention.Shares is not null)
                .OrderByDescending(mention => mention.ReportedInteractions(out _))
                .ThenBy(mention => mention.PublishedAt)
                .ThenBy(mention => mention.Id, StringComparer.Ordinal)
                .Take(_top)],
        };
    }

    /// <summary>Explains the mentions of the subject published in the period a detector flagged.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="anomaly">The verdict on a period, such as a spike of <see cref="StandardDeviationDetector"/>.</param>
    /// <param name="calendar">The calendar the period was counted in.</param>
    /// <returns>The explanation of the period's instants.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SpikeExplanation Explain(IEnumerable<Mention> mentions, VolumeAnomaly anomaly, ReportingCalendar calendar)
    {
        Preconditions.NotNull(anomaly);
        Preconditions.NotNull(calendar);
        return Explain(mentions, calendar.ToInterval(anomaly.Period));
    }

    private static Int128 Sum(IEnumerable<Mention> mentions)
    {
        Int128 sum = 0;
        foreach (var mention in mentions)
        {
            sum += mention.ReportedInteractions(out _);
        }

        return sum;
    }

    private SpikeCharacter CharacterOf(long positive, long neutral, long negative, long unknown)
    {
        var known = positive + neutral + negative;
        if (known == 0 || known < unknown)
        {
            return SpikeCharacter.Unknown;
        }

        var net = (double)(positive - negative) / known;
        if (net >= _lead && positive > 0)
        {
            return SpikeCharacter.Positive;
        }

        if (net <= -_lead && negative > 0)
        {
            return SpikeCharacter.Negative;
        }

        return positive * 4 >= known && negative * 4 >= known ? SpikeCharacter.Mixed : SpikeCharacter.Neutral;
    }

    private IReadOnlyList<SpikeContributor> Top(List<Mention> mentions, Func<Mention, string> nameOf, StringComparer grouping) =>
        [.. mentions
            .GroupBy(nameOf, grouping)
            .Select(group => new SpikeContributor(
                group.OrderBy(mention => mention.PublishedAt).ThenBy(mention => nameOf(mention), StringComparer.Ordinal).Select(nameOf).First(),
                group.LongCount(),
                CountSums.ToLong(Sum(group), "the interactions of a spike's contributor", group.Key)))
            .OrderByDescending(contributor => contributor.Mentions)
            .ThenByDescending(contributor => contributor.Interactions)
            .ThenBy(contributor => contributor.Name, StringComparer.Ordinal)
            .Take(_top)];
}
