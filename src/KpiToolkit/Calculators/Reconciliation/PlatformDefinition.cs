using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// How one platform computes the engagement figures it shows: the composition and denominator that reproduce
/// them, the names under which its own figures are kept in <see cref="SocialPost.PlatformFigures"/>, and the time
/// zone its days are counted in. A <see cref="PlatformReconciler"/> compares what KpiToolkit computes this way with
/// what the platform reported.
/// </summary>
/// <remarks>Immutable. docs/matching-the-platforms.md gives the source of each built-in definition.</remarks>
public sealed class PlatformDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">The platform's name, shown in reconciliations.</param>
    /// <param name="composition">The engagements the platform counts.</param>
    /// <param name="denominator">What the platform divides them by in its engagement rate; not <see cref="PostDenominator.Post"/> or <see cref="PostDenominator.Followers"/>.</param>
    /// <param name="reportingZone">The time zone in which the platform counts its days.</param>
    /// <param name="engagementsFigure">The name of the platform's own total of engagements, or null when it reports none.</param>
    /// <param name="rateFigure">The name of the platform's own engagement rate (a fraction), or null when it reports none.</param>
    /// <exception cref="ArgumentException">An argument is null or blank, the denominator is not a counter of the post, or both figure names are null.</exception>
    public PlatformDefinition(
        string name,
        EngagementComposition composition,
        PostDenominator denominator,
        DateTimeZone reportingZone,
        string? engagementsFigure,
        string? rateFigure)
    {
        Name = Preconditions.NotBlank(name).Trim();
        Composition = Preconditions.NotNull(composition);
        Denominator = Preconditions.Defined(denominator);
        Preconditions.Check(
            denominator is not (PostDenominator.Post or PostDenominator.Followers),
            $"denominator must be a counter of the post (reach, impressions, views or video views), but was {denominator}.",
            nameof(denominator));
        ReportingZone = Preconditions.NotNull(reportingZone);
        EngagementsFigure = Preconditions.OptionalText(engagementsFigure)?.Trim();
        RateFigure = Preconditions.OptionalText(rateFigure)?.Trim();
        Preconditions.Check(
            EngagementsFigure is not null || RateFigure is not null,
            "A platform definition needs the name of at least one figure to compare: engagementsFigure or rateFigure.",
            nameof(rateFigure));
    }

    /// <summary>
    /// Gets X: its 14 kinds of engagement over impressions, compared with the <c>engagements</c> and
    /// <c>engagement rate</c> columns of the tweet activity export; days in UTC.
    /// </summary>
    public static PlatformDefinition X { get; } = new(
        "X", EngagementComposition.X, PostDenominator.Impressions, DateTimeZone.Utc, PlatformFigureNames.Engagements, PlatformFigureNames.EngagementRate);

    /// <summary>
    /// Gets Facebook: reactions + comments + shares over reach, compared with the post's total interactions when a post carries
    /// them (the <see cref="PlatformFigureNames.Interactions"/> figure, which Page Insights shows but the post export lacks); days in
    /// Pacific time, as Meta's insights count them.
    /// </summary>
    public static PlatformDefinition Facebook { get; } = new(
        "Facebook", EngagementComposition.FacebookInteractions, PostDenominator.Reach, Pacific, PlatformFigureNames.Interactions, null);

    /// <summary>
    /// Gets Instagram: likes + comments + shares + saves over reach, compared with the post's interactions when a post carries them (the
    /// <see cref="PlatformFigureNames.Interactions"/> figure of Insights, which the content export lacks); days in
    /// Pacific time, as Meta's insights count them.
    /// </summary>
    public static PlatformDefinition Instagram { get; } = new(
        "Instagram", EngagementComposition.InstagramInteractions, PostDenominator.Reach, Pacific, PlatformFigureNames.Interactions, null);

    /// <summary>
    /// Gets LinkedIn: clicks + reactions + comments + reposts + follows over impressions, compared with the
    /// <c>Engagement rate</c> of the page content export; days in UTC.
    /// </summary>
    public static PlatformDefinition LinkedIn { get; } = new(
        "LinkedIn", EngagementComposition.LinkedIn, PostDenominator.Impressions, DateTimeZone.Utc, null, PlatformFigureNames.EngagementRate);

    /// <summary>Gets the platform's name.</summary>
    public string Name { get; }

    /// <summary>Gets the engagements the platform counts.</summary>
    public EngagementComposition Composition { get; }

    /// <summary>Gets what the platform divides engagements by.</summary>
    public PostDenominator Denominator { get; }

    /// <summary>Gets the time zone in which the platform counts its days, weeks and months.</summary>
    public DateTimeZone ReportingZone { get; }

    /// <summary>Gets the name of the platform's own total of engagements, or null.</summary>
    public string? EngagementsFigure { get; }

    /// <summary>Gets the name of the platform's own engagement rate, or null.</summary>
    public string? RateFigure { get; }

    private static DateTimeZone Pacific => DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    /// <summary>Returns the name, composition and denominator.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name}: {Composition.Name} / {Denominator}";
}
