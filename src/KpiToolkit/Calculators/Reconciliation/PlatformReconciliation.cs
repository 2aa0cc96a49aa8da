using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>Why a figure KpiToolkit computed differs from the one the platform reported.</summary>
public enum DisagreementReason
{
    /// <summary>The export did not report a counter the platform's definition needs, so KpiToolkit could not compute the figure.</summary>
    MissingCounter,

    /// <summary>The platform counts other kinds of engagement than the composition: the totals differ.</summary>
    OtherComposition,

    /// <summary>The engagements agree but the rate does not: the platform divides by something else (organic impressions only, another reach).</summary>
    OtherDenominator,

    /// <summary>The difference is within one unit of the last digit the export printed: the platform rounded or truncated its figure.</summary>
    ExportRounding,

    /// <summary>Posts near the start or end of the period fall in another period in the platform's time zone than in the reporting calendar's.</summary>
    TimeZoneBoundary,

    /// <summary>The denominator is 0, so KpiToolkit has no rate while the platform shows one.</summary>
    ZeroDenominator,

    /// <summary>None of the known reasons explains the difference; compare the records of the period by hand.</summary>
    Unexplained,
}

/// <summary>One figure of one post that KpiToolkit computes differently from the platform, with the likely reason.</summary>
/// <param name="RecordId">The post's id.</param>
/// <param name="Channel">The post's channel.</param>
/// <param name="PublishedAt">When the post was published.</param>
/// <param name="Figure">The platform figure compared, such as <c>engagement rate</c>.</param>
/// <param name="Reported">What the platform reported.</param>
/// <param name="Computed">What KpiToolkit computes with the platform's definition, or null when it cannot.</param>
/// <param name="Reason">The likely reason.</param>
/// <param name="Explanation">The reason in words, with the figures behind it.</param>
/// <param name="IsRate">Whether the figure is a rate (a fraction, shown as a percentage) rather than a count.</param>
public sealed record RecordDisagreement(
    string RecordId,
    Channel Channel,
    Instant PublishedAt,
    string Figure,
    decimal Reported,
    decimal? Computed,
    DisagreementReason Reason,
    string Explanation,
    bool IsRate = false)
{
    /// <summary>Gets computed minus reported, or null when nothing was computed.</summary>
    public decimal? Difference => Computed - Reported;

    /// <summary>Gets <see cref="Explanation"/> with its values, to show in the labels' language; null for one made outside KpiToolkit.</summary>
    internal Localization.LocalizableText? ExplanationText { get; init; }
}

/// <summary>
/// The engagement rate an account reported for some days (<see cref="ChannelActivity.ReportedEngagementRate"/>) that
/// differs from its engagements over its impressions (or reach), with the likely reason.
/// </summary>
/// <param name="Channel">The account's channel.</param>
/// <param name="Dates">The days the row covers.</param>
/// <param name="Reported">The rate the platform reported, a fraction.</param>
/// <param name="Computed">The rate computed from the row's counts, or null when it cannot be.</param>
/// <param name="Reason">The likely reason.</param>
/// <param name="Explanation">The reason in words, with the figures behind it.</param>
public sealed record ActivityDisagreement(
    Channel Channel,
    DateInterval Dates,
    decimal Reported,
    decimal? Computed,
    DisagreementReason Reason,
    string Explanation)
{
    /// <summary>Gets computed minus reported, or null when nothing was computed.</summary>
    public decimal? Difference => Computed - Reported;

    /// <summary>Gets <see cref="Explanation"/> with its values, to show in the labels' language; null for one made outside KpiToolkit.</summary>
    internal Localization.LocalizableText? ExplanationText { get; init; }
}

/// <summary>
/// The engagement rate of one period and channel as KpiToolkit computes it (posts grouped in the reporting calendar)
/// beside the rate the platform's own figures give (its engagements over the same denominator, posts grouped in
/// the platform's time zone), with the likely reason when they differ.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Computed">The rate KpiToolkit computes, or null when it has none.</param>
/// <param name="Reported">The rate the platform's figures give, or null when no post of the period carries them.</param>
/// <param name="Reason">The likely reason when they differ; null when they agree.</param>
/// <param name="Explanation">What was compared, and why it differs.</param>
/// <param name="RecordIds">The posts behind the difference, in order of publication.</param>
public sealed record PeriodReconciliation(
    ReportingPeriod Period,
    Channel Channel,
    double? Computed,
    double? Reported,
    DisagreementReason? Reason,
    string Explanation,
    IReadOnlyList<string> RecordIds)
{
    /// <summary>Gets whether both rates agree (or neither exists).</summary>
    public bool Agrees => Reason is null;

    /// <summary>Gets computed minus reported, or null when either is missing.</summary>
    public double? Difference => Computed - Reported;
}

/// <summary>
/// What a <see cref="PlatformReconciler"/> found: every post figure that disagrees with the platform's, and each
/// period's rate beside the platform's.
/// </summary>
public sealed class PlatformReconciliation
{
    internal PlatformReconciliation(
        IReadOnlyList<RecordDisagreement> records,
        IReadOnlyList<PeriodReconciliation> periods,
        long figuresCompared,
        long figuresAgreeing,
        long postsWithoutFigures,
        IReadOnlyList<ActivityDisagreement>? activity = null)
    {
        ActivityDisagreements = activity ?? [];
        RecordDisagreements = records;
        Periods = periods;
        FiguresCompared = figuresCompared;
        FiguresAgreeing = figuresAgreeing;
        PostsWithoutPlatformFigures = postsWithoutFigures;
    }

    /// <summary>Gets every post figure that disagrees, in order of publication, then post id and figure.</summary>
    public IReadOnlyList<RecordDisagreement> RecordDisagreements { get; }

    /// <summary>
    /// Gets every account activity row whose reported engagement rate disagrees, in order of channel then dates; empty
    /// unless the activity rows were reconciled (<see cref="PlatformReconciler.Reconcile(ActivityData, IEnumerable{ReportingPeriod})"/>).
    /// </summary>
    public IReadOnlyList<ActivityDisagreement> ActivityDisagreements { get; }

    /// <summary>Gets every period and channel compared, agreeing or not, in time order, then by channel.</summary>
    public IReadOnlyList<PeriodReconciliation> Periods { get; }

    /// <summary>Gets how many figures were compared: the posts', and the activity rows' when they were reconciled.</summary>
    public long FiguresCompared { get; }

    /// <summary>Gets how many compared figures agree, exactly, within half a unit of the last digit the export printed, or within a double's rounding.</summary>
    public long FiguresAgreeing { get; }

    /// <summary>Gets how many posts of a platform with a definition carry none of its figures, so could not be compared.</summary>
    public long PostsWithoutPlatformFigures { get; }

    /// <summary>Gets whether anything disagrees.</summary>
    public bool HasDisagreements => RecordDisagreements.Count > 0 || ActivityDisagreements.Count > 0 || Periods.Any(p => !p.Agrees);
}
