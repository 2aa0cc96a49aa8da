using KpiToolkit.Import.Presets;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>The sample's bundled exports are read by the presets they imitate, with only the row damaged on purpose rejected.</summary>
public class BundledSampleDataTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static string SampleFile(string name) => Path.Combine(AppContext.BaseDirectory, "SampleData", name);

    [Fact]
    public void The_tweet_export_has_one_damaged_row_reported_by_line_and_column()
    {
        var result = ImportPresets.XTweetActivity().ImportFile(SampleFile("x-tweet-activity.csv"));

        result.Accepted.Should().HaveCount(46);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("impressions");
        error.Message.Should().Contain("'12x3.0'");
        result.Accepted.Should().OnlyContain(r => r.PlatformFigures["engagement rate"] > 0m);
    }

    [Fact]
    public void The_facebook_export_reads_every_post_and_skips_its_description_row()
    {
        var result = ImportPresets.FacebookPagePosts(Paris).ImportFile(SampleFile("facebook-posts.csv"));

        result.Accepted.Should().HaveCount(79);
        result.Rejected.Should().BeEmpty();
        result.Skipped.Should().ContainSingle().Which.LineNumber.Should().Be(2);

        // Four posts have an empty share cell: Facebook's way of writing 0 shares.
        result.Records.Should().OnlyContain(p => p.Counters.Reactions != null && p.Counters.Comments != null && p.Counters.Shares != null);
        result.Records.Count(p => p.Counters.Shares == 0).Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void The_platform_breakdown_of_the_ads_export_gives_each_row_its_channel_in_the_usual_spelling()
    {
        var result = ImportPresets.AdsReport("EUR").ImportFile(SampleFile("meta-ads.csv"));

        // The export writes "instagram" and "facebook"; channels keep their usual spelling.
        result.Records.Select(a => a.Channel.Name).Distinct().Order().Should().Equal("Facebook", "Instagram");

        // The chef partnership was bought for reach: its results are people reached, not conversions.
        result.Records.Where(a => a.Name.StartsWith("Chef partnership", StringComparison.Ordinal)).Should().OnlyContain(a => a.Conversions == null);
        result.Records.Where(a => a.Name.StartsWith("Spring cast-iron", StringComparison.Ordinal)).Should().OnlyContain(a => a.Conversions > 0);
    }

    [Fact]
    public void The_ads_and_email_exports_read_without_rejection()
    {
        ImportPresets.AdsReport("EUR").ImportFile(SampleFile("meta-ads.csv")).Should().Match<ImportResult<KpiToolkit.Activity.ActionResult>>(r => r.Accepted.Count == 24 && r.IsComplete);
        ImportPresets.EmailCampaigns(Paris).ImportFile(SampleFile("email-campaigns.csv")).Should().Match<ImportResult<KpiToolkit.Activity.EmailCampaignReport>>(r => r.Accepted.Count == 12 && r.IsComplete);
    }
}
