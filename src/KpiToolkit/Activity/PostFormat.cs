namespace KpiToolkit.Activity;

/// <summary>The format of a social post.</summary>
public enum PostFormat
{
    /// <summary>Text only.</summary>
    Text,

    /// <summary>One or more photos shown together (an album); a post of several images or videos to swipe is a <see cref="Carousel"/>.</summary>
    Photo,

    /// <summary>A video in the feed.</summary>
    Video,

    /// <summary>A link to a page, with its preview.</summary>
    Link,

    /// <summary>An ephemeral story.</summary>
    Story,

    /// <summary>A short vertical video (reel, short).</summary>
    Reel,

    /// <summary>A live broadcast.</summary>
    Live,

    /// <summary>Any other format.</summary>
    Other,

    /// <summary>Several images or videos in one post, swiped one after the other. Last in the list so the earlier values keep their numbers.</summary>
    Carousel,
}
