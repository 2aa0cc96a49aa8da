using System.Globalization;
using KpiToolkit.Import.Csv;

namespace KpiToolkit.Import.Tests.Csv;

public class ValueParserTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static ValueParser Parser(string culture = "", DateTimeZone? zone = null) =>
        new(new CsvImportOptions { Culture = CultureInfo.GetCultureInfo(culture), TimeZone = zone ?? DateTimeZone.Utc });

    [Theory]
    [InlineData("", "3423.0", 3423)]
    [InlineData("", "3423", 3423)]
    [InlineData("", " 12 ", 12)]
    [InlineData("", "1,234,567", 1_234_567)]
    [InlineData("fr-FR", "3423,0", 3423)]
    [InlineData("fr-FR", "1 234", 1234)]
    [InlineData("fr-FR", "1\u00A0234", 1234)]
    [InlineData("fr-FR", "1\u202F234", 1234)]
    [InlineData("de-DE", "1.234", 1234)]
    [InlineData("", "9223372036854775807", long.MaxValue)]
    [InlineData("", "1.2E7", 12_000_000)]
    public void Counts_are_read_in_the_file_culture(string culture, string text, long expected)
    {
        Parser(culture).TryParseCount(text, out var value, out var reason).Should().BeTrue(reason);
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("", "12x3.0", "is not a number in the invariant culture")]
    [InlineData("", "3.5", "is not a whole number")]
    [InlineData("", "-4", "is negative")]
    [InlineData("", "9223372036854775808", "larger than the largest count")]
    [InlineData("fr-FR", "3423.0", "is not a number in the fr-FR culture")]
    public void A_malformed_count_gives_a_reason_that_names_the_value(string culture, string text, string reason)
    {
        Parser(culture).TryParseCount(text, out _, out var why).Should().BeFalse();
        why.Should().Contain($"'{text}'").And.Contain(reason);
    }

    [Theory]
    [InlineData("", "3,5")]
    [InlineData("", "12,34.5")]
    [InlineData("de-DE", "3423.0")]
    public void A_decimal_comma_read_in_the_wrong_culture_is_refused_rather_than_misread(string culture, string text)
    {
        // "3,5" would parse as 35 with the invariant culture's grouping rules.
        Parser(culture).TryParseDecimal(text, out _, out var reason).Should().BeFalse();
        reason.Should().Contain("digit-group separator");
    }

    [Theory]
    [InlineData("", "0.0353", "0.0353")]
    [InlineData("", "45.23%", "0.4523")]
    [InlineData("fr-FR", "4,53 %", "0.0453")]
    [InlineData("", "-2.5", "-2.5")]
    [InlineData("", "8.3E-4", "0.00083")]
    public void Rates_are_read_as_fractions_and_percentages_divided_by_100(string culture, string text, string expected)
    {
        Parser(culture).TryParseFraction(text, out var value, out _).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("45.20%", "0.4520", 4)]
    [InlineData("3.5 %", "0.035", 3)]
    [InlineData("5%", "0.05", 2)]
    public void Percentages_keep_the_digits_the_export_wrote(string text, string expected, int scale)
    {
        // The last digit written tells how far the platform rounded its figure: 45.20 % was printed to 1e-4 as a fraction.
        Parser("").TryParseFraction(text, out var value, out _).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
        value.Scale.Should().Be((byte)scale);
    }

    [Theory]
    [InlineData("2021-12-28 16:45 +0000", "2021-12-28T16:45:00Z")]
    [InlineData("2021-12-28 16:45 +0100", "2021-12-28T15:45:00Z")]
    [InlineData("2021-12-28T16:45:00Z", "2021-12-28T16:45:00Z")]
    [InlineData("2021-12-28T16:45:00.5+02:00", "2021-12-28T14:45:00.5Z")]
    public void Timestamps_with_an_offset_ignore_the_time_zone_option(string text, string expected)
    {
        Parser(zone: Paris).TryParseInstant(text, out var value, out _).Should().BeTrue();
        value.Should().Be(InstantPattern.Parse(expected).Value);
    }

    [Theory]
    [InlineData("2021-12-28 16:45", "2021-12-28T15:45:00Z")]
    [InlineData("2021-07-01 10:00:00", "2021-07-01T08:00:00Z")]
    public void Timestamps_without_an_offset_are_read_in_the_time_zone_option(string text, string expected)
    {
        Parser(zone: Paris).TryParseInstant(text, out var value, out _).Should().BeTrue();
        value.Should().Be(InstantPattern.Parse(expected).Value);
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_moves_forward_by_the_gap()
    {
        // Paris skipped 02:00-03:00 on 2021-03-28; 02:30 does not exist and reads as 03:30 CEST = 01:30 UTC.
        Parser(zone: Paris).TryParseInstant("2021-03-28 02:30", out var value, out _).Should().BeTrue();
        value.Should().Be(InstantPattern.Parse("2021-03-28T01:30:00Z").Value);
    }

    [Fact]
    public void A_local_time_repeated_by_daylight_saving_reads_as_the_earlier_instant()
    {
        // Paris went from 03:00 CEST back to 02:00 CET on 2021-10-31; 02:30 happened at 00:30 and 01:30 UTC.
        Parser(zone: Paris).TryParseInstant("2021-10-31 02:30", out var value, out _).Should().BeTrue();
        value.Should().Be(InstantPattern.Parse("2021-10-31T00:30:00Z").Value);
    }

    [Fact]
    public void A_malformed_timestamp_names_the_patterns_it_tried()
    {
        Parser().TryParseInstant("28/12/2021", out _, out var reason).Should().BeFalse();
        reason.Should().Contain("'28/12/2021'").And.Contain("uuuu-MM-dd HH:mm o<+HHmm>");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-")]
    [InlineData("n/a")]
    [InlineData("NULL")]
    public void The_default_markers_of_a_missing_value_are_recognised(string text)
    {
        Parser().IsMissing(text).Should().BeTrue();
    }

    [Fact]
    public void A_negative_number_is_not_a_missing_marker()
    {
        Parser().IsMissing("-5").Should().BeFalse();
    }

    private static readonly NodaTime.Text.InstantPattern InstantPattern = NodaTime.Text.InstantPattern.ExtendedIso;
}
