using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>An article, programme or episode of the press that covers the company or a competitor.</summary>
/// <remarks>
/// The potential audience is the outlet's audience (circulation, unique monthly visitors, listeners), not
/// the readers of this article, and is null when unknown. Articles that share a
/// <see cref="SyndicationKey"/> are one story reprinted by several outlets, such as a wire story. Immutable.
/// </remarks>
public sealed record PressArticle
{
    /// <summary>Creates an article.</summary>
    /// <param name="id">An id of the article.</param>
    /// <param name="outlet">The outlet that published it.</param>
    /// <param name="mediaKind">The kind of medium.</param>
    /// <param name="publishedOn">The day it was published.</param>
    /// <param name="subject">Who it is about; <see cref="Subject.Company"/> by default.</param>
    /// <param name="tonality">Its tone; <see cref="Sentiment.Unknown"/> by default.</param>
    /// <param name="potentialAudience">The outlet's audience, if known.</param>
    /// <param name="syndicationKey">A key shared by every reprint of the same story, if it is one.</param>
    /// <exception cref="ArgumentException">The id or outlet is blank, an enum undefined, the audience negative, the key whitespace, or the date not ISO.</exception>
    public PressArticle(
        string id,
        string outlet,
        MediaKind mediaKind,
        LocalDate publishedOn,
        Subject subject = default,
        Sentiment tonality = Sentiment.Unknown,
        long? potentialAudience = null,
        string? syndicationKey = null)
    {
        Id = Preconditions.NotBlank(id).Trim();
        Outlet = Preconditions.NotBlank(outlet).Trim();
        MediaKind = Preconditions.Defined(mediaKind);
        PublishedOn = Preconditions.IsoDate(publishedOn);
        Subject = subject;
        Tonality = Preconditions.Defined(tonality);
        PotentialAudience = Preconditions.NonNegative(potentialAudience);
        SyndicationKey = Preconditions.OptionalText(syndicationKey);
    }

    /// <summary>Gets the id of the article.</summary>
    public string Id { get; }

    /// <summary>Gets the outlet that published it.</summary>
    public string Outlet { get; }

    /// <summary>Gets the kind of medium.</summary>
    public MediaKind MediaKind { get; }

    /// <summary>Gets the day it was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <summary>Gets who it is about.</summary>
    public Subject Subject { get; }

    /// <summary>Gets its tone.</summary>
    public Sentiment Tonality { get; }

    /// <summary>Gets the outlet's audience, or null when unknown.</summary>
    public long? PotentialAudience { get; }

    /// <summary>Gets the key shared by every reprint of the same story, or null.</summary>
    public string? SyndicationKey { get; }

    /// <summary>Returns the outlet, date and id.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Outlet} ({MediaKind}) {PublishedOn:uuuu-MM-dd} article {Id} about {Subject}";
}
