namespace KpiToolkit.Activity;

/// <summary>The tone of a mention or an article towards its subject.</summary>
public enum Sentiment
{
    /// <summary>Favourable.</summary>
    Positive,

    /// <summary>Neither favourable nor unfavourable.</summary>
    Neutral,

    /// <summary>Unfavourable.</summary>
    Negative,

    /// <summary>Not analysed, or the analysis could not tell; left out of tone shares.</summary>
    Unknown,
}

/// <summary>Where a mention was published.</summary>
public enum MentionSourceType
{
    /// <summary>A social network post or comment.</summary>
    SocialNetwork,

    /// <summary>A forum or community thread.</summary>
    Forum,

    /// <summary>A blog.</summary>
    Blog,

    /// <summary>A news site.</summary>
    News,

    /// <summary>A review site.</summary>
    ReviewSite,

    /// <summary>Any other source.</summary>
    Other,
}

/// <summary>The kind of medium a press article appeared in.</summary>
public enum MediaKind
{
    /// <summary>A printed newspaper or magazine.</summary>
    Print,

    /// <summary>An online publication.</summary>
    Online,

    /// <summary>A television programme.</summary>
    Television,

    /// <summary>A radio programme.</summary>
    Radio,

    /// <summary>A podcast.</summary>
    Podcast,

    /// <summary>A newsletter.</summary>
    Newsletter,
}
