namespace KpiToolkit.Activity;

/// <summary>The format of a social post.</summary>
public enum PostFormat
{
    /// <summary>Text only.</summary>
    Text,

    /// <summary>One or more photos, including carousels.</summary>
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
}
