using KpiToolkit.Activity;
using KpiToolkit.Localization;
using static KpiToolkit.Calculators.ReconciliationTexts;

namespace KpiToolkit.Calculators;

/// <summary>Compares the platform figures of one post with the same figures computed from its counters.</summary>
internal static class RecordComparison
{
    // Two units in the last place of a double (2^-51), relative: the most a correctly rounded quotient and its printed
    // shortest form can differ from the exact value.
    private const decimal DoublePrecision = 0.00000000000000045m;

    public static Outcome Of(SocialPost post, PlatformDefinition definition)
    {
        var disagreements = new List<RecordDisagreement>(2);
        var compared = 0;
        var engagements = Engagements(post, definition.Composition, out var missing);
        decimal? reportedEngagements = null;
        if (definition.EngagementsFigure is { } engagementsName && post.PlatformFigures.TryGet(engagementsName, out var reported))
        {
            compared++;
            reportedEngagements = reported;
            if (CompareEngagements(post, definition, engagementsName, reported, engagements, missing) is { } disagreement)
            {
                disagreements.Add(disagreement);
            }
        }

        if (definition.RateFigure is { } rateName && post.PlatformFigures.TryGet(rateName, out var reportedRate))
        {
            compared++;
            if (CompareRate(post, definition, rateName, reportedRate, engagements, missing, reportedEngagements) is { } disagreement)
            {
                disagreements.Add(disagreement);
            }
        }

        return new Outcome(compared, disagreements);
    }

    /// <summary>The post's denominator in the definition, or null when the export did not report it.</summary>
    public static long? DenominatorOf(SocialPost post, PlatformDefinition definition) => definition.Denominator switch
    {
        PostDenominator.Reach => post.Counters.Reach,
        PostDenominator.Impressions => post.Counters.Impressions,
        PostDenominator.Views => post.Counters.Views,
        _ => post.Counters.VideoViews,
    };

    private static RecordDisagreement? CompareEngagements(
        SocialPost post, PlatformDefinition definition, string figure, decimal reported, decimal? computed, IReadOnlyList<PostCounter> missing)
    {
        if (computed is not { } sum)
        {
            return Disagreement(post, figure, reported, null, DisagreementReason.MissingCounter, MissingWords(missing, definition));
        }

        if (sum == reported)
        {
            return null;
        }

        var gap = reported - sum;
        var why = gap > 0
            ? Text("MoreEngagements", gap, sum, definition.Composition.Name, Words(definition.Composition))
            : Text("FewerEngagements", definition.Composition.Name, Words(definition.Composition), sum, -gap, reported);
        return Disagreement(post, figure, reported, sum, DisagreementReason.OtherComposition, why);
    }

    private static RecordDisagreement? CompareRate(
        SocialPost post,
        PlatformDefinition definition,
        string figure,
        decimal reported,
        decimal? engagements,
        IReadOnlyList<PostCounter> missing,
        decimal? reportedEngagements)
    {
        var denominatorWords = Denominator(definition.Denominator);
        if (engagements is not { } sum)
        {
            return RateDisagreement(post, figure, reported, null, DisagreementReason.MissingCounter, MissingWords(missing, definition));
        }

        if (DenominatorOf(post, definition) is not { } denominator)
        {
            return RateDisagreement(post, figure, reported, null, DisagreementReason.MissingCounter, Text("NoDenominatorForPost", denominatorWords));
        }

        if (denominator == 0)
        {
            return reported == 0
                ? null
                : RateDisagreement(post, figure, reported, null, DisagreementReason.ZeroDenominator, Text("ZeroDenominatorForPost", denominatorWords));
        }

        var computed = sum / denominator;
        var unit = LastDigit(reported);
        switch (Classify(computed, reported))
        {
            case RateGap.Agrees:
                return null;
            case RateGap.Rounding:
                return RateDisagreement(post, figure, reported, computed, DisagreementReason.ExportRounding, RoundingWords(reported, computed));
        }

        // The rate implies a number of engagements over the same denominator: if that is the composition's sum, the
        // platform divided by something else.
        var implied = reportedEngagements ?? reported * denominator;
        var engagementsAgree = Math.Abs(implied - sum) < 0.5m + (unit * denominator);
        return engagementsAgree
            ? RateDisagreement(post, figure, reported, computed, DisagreementReason.OtherDenominator,
                Text("OtherDenominator", sum, (decimal)denominator, denominatorWords, computed))
            : RateDisagreement(post, figure, reported, computed, DisagreementReason.OtherComposition,
                Text("OtherComposition", decimal.Round(implied), (decimal)denominator, denominatorWords, definition.Composition.Name, sum));
    }

    /// <summary>Compares the engagement rate an account activity row reports with its engagements over its denominator.</summary>
    public static ActivityDisagreement? CompareActivity(ChannelActivity row, PlatformDefinition definition, decimal reported)
    {
        var byReach = definition.Denominator == PostDenominator.Reach;
        var denominatorWords = Denominator(byReach ? PostDenominator.Reach : PostDenominator.Impressions);
        if (row.Engagements is not { } engagements)
        {
            return Activity(row, reported, null, DisagreementReason.MissingCounter, Text("NoEngagementsForDays"));
        }

        if ((byReach ? row.Reach : row.Impressions) is not { } denominator)
        {
            return Activity(row, reported, null, DisagreementReason.MissingCounter, Text("NoDenominatorForDays", denominatorWords));
        }

        if (denominator == 0)
        {
            return reported == 0
                ? null
                : Activity(row, reported, null, DisagreementReason.ZeroDenominator, Text("ZeroDenominatorForDays", denominatorWords));
        }

        var computed = (decimal)engagements / denominator;
        return Classify(computed, reported) switch
        {
            RateGap.Agrees => null,
            RateGap.Rounding => Activity(row, reported, computed, DisagreementReason.ExportRounding, RoundingWords(reported, computed)),
            _ => Activity(row, reported, computed, DisagreementReason.OtherDenominator,
                Text("OtherDenominator", (decimal)engagements, (decimal)denominator, denominatorWords, computed)),
        };
    }

    // Platforms compute rates in binary floating point and print them in full (X writes 0.034511784511784514): such a
    // figure cannot come closer to the exact quotient than a double's own rounding, whatever digits it shows. Within half
    // a unit of the last digit printed, the export cannot say more; within one unit, it rounded or cut its figure.
    private static RateGap Classify(decimal computed, decimal reported)
    {
        var gap = Math.Abs(computed - reported);
        var unit = LastDigit(reported);
        return gap * 2 <= unit || gap <= Math.Abs(reported) * DoublePrecision ? RateGap.Agrees
            : gap <= unit ? RateGap.Rounding
            : RateGap.Differs;
    }

    private static LocalizableText RoundingWords(decimal reported, decimal computed) => Text("Rounding", reported, computed);

    private static decimal? Engagements(SocialPost post, EngagementComposition composition, out IReadOnlyList<PostCounter> missing)
    {
        missing = [.. composition.Counters.Where(c => !post.Counters.IsReported(c))];
        return (decimal?)composition.EngagementsOf(post);
    }

    private static RecordDisagreement Disagreement(SocialPost post, string figure, decimal reported, decimal? computed, DisagreementReason reason, LocalizableText explanation) =>
        new(post.Id, post.Channel, post.PublishedAt, figure, reported, computed, reason, explanation.English, IsRate: false) { ExplanationText = explanation };

    private static RecordDisagreement RateDisagreement(SocialPost post, string figure, decimal reported, decimal? computed, DisagreementReason reason, LocalizableText explanation) =>
        new(post.Id, post.Channel, post.PublishedAt, figure, reported, computed, reason, explanation.English, IsRate: true) { ExplanationText = explanation };

    private static ActivityDisagreement Activity(ChannelActivity row, decimal reported, decimal? computed, DisagreementReason reason, LocalizableText explanation) =>
        new(row.Channel, row.Dates, reported, computed, reason, explanation.English) { ExplanationText = explanation };

    private static LocalizableText MissingWords(IReadOnlyList<PostCounter> missing, PlatformDefinition definition) =>
        missing.Count == 0
            ? Text("MissingPlatformFigure", definition.Composition.Name)
            : Text("MissingCounters", Counters(missing, ", "), definition.Composition.Name);

    // One unit of the last digit a decimal was written with: 0.0353 was printed to 1e-4.
    private static decimal LastDigit(decimal value) => new(1, 0, 0, false, value.Scale);


    public sealed record Outcome(int Compared, IReadOnlyList<RecordDisagreement> Disagreements);

    private enum RateGap
    {
        Agrees,
        Rounding,
        Differs,
    }
}
