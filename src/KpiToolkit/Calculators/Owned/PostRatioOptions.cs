namespace KpiToolkit.Calculators;

/// <summary>The options shared by the reach and impression calculators.</summary>
public sealed class PostRatioOptions
{
    /// <summary>Gets or sets how the posts of a group are combined.</summary>
    /// <value><see cref="Calculators.Aggregation.RatioOfSums"/>.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    /// <summary>Gets or sets which snapshot gives the followers, for rates over followers.</summary>
    /// <value><see cref="Calculators.FollowerSnapshot.AtPublication"/>.</value>
    public FollowerSnapshot FollowerSnapshot { get; set; } = FollowerSnapshot.AtPublication;

    internal static PostRatioOptions Defaults { get; } = new();
}

/// <summary>What Kaushik's conversation, amplification and applause rates are counted per.</summary>
public enum AudienceActionBasis
{
    /// <summary>Per post: an average count, as Kaushik defines them (unit ratio; keys <c>conversation-rate</c>, <c>amplification-rate</c>, <c>applause-rate</c>).</summary>
    PerPost,

    /// <summary>
    /// Per follower: a fraction, comparable between accounts of different sizes (keys <c>conversation-rate-per-follower</c>,
    /// <c>amplification-rate-per-follower</c>, <c>applause-rate-per-follower</c>).
    /// </summary>
    PerFollower,
}

/// <summary>The options of the conversation, amplification and applause rates.</summary>
public sealed class AudienceActionRateOptions
{
    /// <summary>Gets or sets what the actions are counted per, which also decides the calculator's indicator key.</summary>
    /// <value><see cref="AudienceActionBasis.PerPost"/>.</value>
    public AudienceActionBasis Basis { get; set; } = AudienceActionBasis.PerPost;

    /// <summary>Gets or sets how the posts of a group are combined.</summary>
    /// <value><see cref="Calculators.Aggregation.RatioOfSums"/>, which per post is the mean count.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    /// <summary>Gets or sets which snapshot gives the followers, per follower.</summary>
    /// <value><see cref="Calculators.FollowerSnapshot.AtPublication"/>.</value>
    public FollowerSnapshot FollowerSnapshot { get; set; } = FollowerSnapshot.AtPublication;

    internal static AudienceActionRateOptions Defaults { get; } = new();

    internal PostDenominator Denominator() => Preconditions.Defined(Basis, $"{nameof(AudienceActionRateOptions)}.{nameof(Basis)}") switch
    {
        AudienceActionBasis.PerPost => PostDenominator.Post,
        _ => PostDenominator.Followers,
    };
}

/// <summary>The options of the virality rate.</summary>
public sealed class ViralityRateOptions
{
    /// <summary>Gets or sets what shares are divided by: impressions or reach; stay with one.</summary>
    /// <value><see cref="PostDenominator.Impressions"/>.</value>
    public PostDenominator Denominator { get; set; } = PostDenominator.Impressions;

    /// <summary>Gets or sets how the posts of a group are combined.</summary>
    /// <value><see cref="Calculators.Aggregation.RatioOfSums"/>.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    internal static ViralityRateOptions Defaults { get; } = new();

    internal PostDenominator CheckedDenominator()
    {
        Preconditions.Check(
            Denominator is PostDenominator.Impressions or PostDenominator.Reach,
            $"ViralityRateOptions.Denominator must be Impressions or Reach, but was {Denominator}.",
            nameof(Denominator));
        return Denominator;
    }
}
