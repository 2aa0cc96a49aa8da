using System.Globalization;
using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;

namespace KpiToolkit.Import.Tests.Maps;

/// <summary>Inputs that once gave a wrong result without an error.</summary>
public class ReviewRegressionTests
{
    private static readonly SocialPostMap PostMap = new() { Id = "id", PublishedAt = "published", Channel = Channel.X, Impressions = "impressions" };

    [Fact]
    public void Meta_results_count_as_conversions_only_when_their_indicator_is_a_purchase()
    {
        var csv = "Reporting starts,Reporting ends,Campaign name,Ad name,Impressions,Link clicks,Amount spent (EUR),Results,Result indicator,Purchases conversion value\n" +
                  "2026-01-01,2026-01-31,Awareness,Video,98450,377,180.00,60210,reach,\n" +
                  "2026-01-01,2026-01-31,Sale,Carousel,42110,1264,467.68,38,actions:offsite_conversion.fb_pixel_purchase,3192.40\n";

        var actions = ImportPresets.AdsReport("EUR").Import(new StringReader(csv)).Records;

        actions[0].Conversions.Should().BeNull("60,210 people reached are not 60,210 conversions");
        actions[1].Conversions.Should().Be(38);
    }

    [Fact]
    public void Meta_results_without_an_indicator_column_are_not_read_as_conversions()
    {
        var csv = "Reporting starts,Reporting ends,Campaign name,Ad name,Impressions,Link clicks,Amount spent (EUR),Results\n" +
                  "2026-01-01,2026-01-31,Sale,Carousel,42110,1264,467.68,38\n";

        var result = ImportPresets.AdsReport("EUR").Import(new StringReader(csv));

        result.Records.Single().Conversions.Should().BeNull();
        result.AbsentOptionalColumns.Should().Contain("Result indicator");
    }

    [Theory]
    [InlineData("", "0,125")]
    [InlineData("", "-0,250")]
    [InlineData("de-DE", "0.125")]
    public void A_decimal_comma_after_a_zero_is_refused_not_read_as_thousands(string culture, string text)
    {
        var parser = new ValueParser(new CsvImportOptions { Culture = CultureInfo.GetCultureInfo(culture) });

        parser.TryParseDecimal(text, out _, out var reason).Should().BeFalse();
        reason.Should().Contain("digit-group separator");
    }

    [Theory]
    [InlineData("\nid;published\np1;2026-01-05T09:00:00Z\n", 0)]
    [InlineData("Report\n\nid;published\np1;2026-01-05T09:00:00Z\n", 1)]
    public void Blank_lines_before_the_header_do_not_spoil_the_separator_guess(string csv, int linesBeforeHeader)
    {
        var result = new CsvImporter<SocialPost>(PostMap, new CsvImportOptions { LinesBeforeHeader = linesBeforeHeader }).Import(new StringReader(csv));

        result.Records.Single().Id.Should().Be("p1");
    }

    [Fact]
    public void Format_names_ignore_case_whatever_comparer_the_callers_dictionary_has()
    {
        var map = new SocialPostMap
        {
            Id = "id",
            PublishedAt = "published",
            Channel = Channel.Instagram,
            Format = "type",
            FormatNames = new Dictionary<string, PostFormat> { ["IG reel"] = PostFormat.Reel },
        };

        var post = new CsvImporter<SocialPost>(map).Import(new StringReader("id,published,type\np1,2026-01-05T09:00:00Z,ig REEL\n")).Records.Single();

        post.Format.Should().Be(PostFormat.Reel);
    }

    [Fact]
    public void Separators_count_toward_the_record_length_limit()
    {
        var result = new CsvImporter<SocialPost>(PostMap, new CsvImportOptions { Delimiter = ',', MaxRecordLength = 20 })
            .Import(new StringReader("id,published\n" + new string(',', 1000) + "\n"));

        result.Rejected.Should().ContainSingle().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("record longer than 20 characters");
    }

    [Theory]
    [InlineData("2021-12-28T16:45:00+0100", 15, 45)]
    [InlineData("2021-12-28T16:45Z", 16, 45)]
    [InlineData("2021-12-28T16:45", 16, 45)]
    [InlineData("2021-12-28 16:45 +01:00", 15, 45)]
    [InlineData("2021-12-28 16:45:00 +01:00", 15, 45)]
    public void The_default_patterns_read_the_usual_iso_8601_forms(string text, int utcHour, int minute)
    {
        new ValueParser(CsvImportOptions.Default).TryParseInstant(text, out var value, out var reason).Should().BeTrue(reason);
        value.Should().Be(Instant.FromUtc(2021, 12, 28, utcHour, minute));
    }

    [Fact]
    public void A_header_ending_with_a_separator_does_not_reject_every_row()
    {
        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader("id,published,impressions,\np1,2026-01-05T09:00:00Z,10\n"));

        result.Records.Single().Counters.Impressions.Should().Be(10);
    }

    [Fact]
    public void The_lists_of_the_options_cannot_be_changed_behind_their_back()
    {
        var missing = CsvImportOptions.Default.MissingValues;

        missing.Should().NotBeAssignableTo<string[]>();
        FluentActions.Invoking(() => ((IList<string>)missing)[1] = "0").Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void An_invalid_pattern_is_refused_when_the_options_are_built()
    {
        FluentActions.Invoking(() => new CsvImportOptions { TimestampPatterns = ["uuuu-MM-dd HH:mm:ss.QQ"] })
            .Should().Throw<ArgumentException>().WithParameterName("TimestampPatterns").WithMessage("*TimestampPatterns[0]*");
        FluentActions.Invoking(() => new CsvImportOptions { DatePatterns = ["uuuu-MM-dd", "ZZ"] })
            .Should().Throw<ArgumentException>().WithMessage("*DatePatterns[1]*");
    }

    [Fact]
    public void A_file_in_another_encoding_is_read_with_the_encoding_option()
    {
        var bytes = Encoding.Latin1.GetBytes("id,published\nCafé,2026-01-05T09:00:00Z\n");
        using var stream = new MemoryStream(bytes);

        var post = new CsvImporter<SocialPost>(PostMap, new CsvImportOptions { Encoding = Encoding.Latin1 }).Import(stream).Records.Single();

        post.Id.Should().Be("Café");
    }

    [Fact]
    public void Facebook_times_with_a_one_digit_hour_are_read()
    {
        var header = "Post ID;Posted\n";

        var post = ImportPresets.FacebookPagePosts(DateTimeZone.Utc)
            .Import(new StringReader(header + "descriptions;descriptions\n1_2;12/28/2021 8:00:00 AM\n")).Records.Single();

        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 28, 8, 0));
    }
}
