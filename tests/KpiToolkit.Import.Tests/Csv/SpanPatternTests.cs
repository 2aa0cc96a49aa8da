using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Import.Csv;
using NodaTime.Text;

namespace KpiToolkit.Import.Tests.Csv;

/// <summary>
/// The span forms of date and timestamp patterns: whatever they read, NodaTime reads too, to the same value, so that
/// reading a cell in place never changes what an import gives.
/// </summary>
public class SpanPatternTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static TheoryData<string> TimestampPatterns =>
    [
        .. CsvImportOptions.Default.TimestampPatterns,
        "M/d/uuuu h:mm:ss tt",
        "M/d/uuuu H:mm",
        "M/d/uuuu",
        "uuuu-MM-dd",
        "uuuuMMdd",
        "dd/MM/uuuu HH:mm",
    ];

    [Theory]
    [InlineData("uuuu-MM-dd HH:mm o<+HHmm>", "2021-12-28 16:45 +0000", "2021-12-28T16:45:00Z")]
    [InlineData("uuuu-MM-dd HH:mm o<+HHmm>", "2021-12-28 16:45 -0130", "2021-12-28T18:15:00Z")]
    [InlineData("uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>", "2021-12-28T16:45:00.5+02:00", "2021-12-28T14:45:00.5Z")]
    [InlineData("uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>", "2021-12-28T16:45:00Z", "2021-12-28T16:45:00Z")]
    [InlineData("M/d/uuuu h:mm:ss tt", "12/28/2021 8:00:00 AM", "2021-12-28T07:00:00Z")]
    [InlineData("M/d/uuuu h:mm:ss tt", "1/2/2022 12:30:00 AM", "2022-01-01T23:30:00Z")]
    [InlineData("M/d/uuuu h:mm:ss tt", "01/02/2022 12:30:00 PM", "2022-01-02T11:30:00Z")]
    [InlineData("uuuu-MM-dd HH:mm", "2021-03-28 02:30", "2021-03-28T01:30:00Z")]
    public void A_span_pattern_reads_what_NodaTime_reads(string pattern, string text, string expected)
    {
        var span = SpanPattern.TryCompile(pattern, withTime: true);

        span.Should().NotBeNull();
        span!.TryParseInstant(text, Paris, out var value).Should().BeTrue();
        value.Should().Be(InstantPattern.ExtendedIso.Parse(expected).Value);
    }

    [Theory]
    [InlineData("MMM d, uuuu h:mm tt")]
    [InlineData("uuuu-MM-dd'T'HH:mm:ss.fff")]
    [InlineData("HH:mm")]
    public void A_pattern_with_a_field_it_does_not_know_has_no_span_form(string pattern)
    {
        SpanPattern.TryCompile(pattern, withTime: true).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(TimestampPatterns))]
    public void Whatever_a_span_pattern_reads_NodaTime_reads_to_the_same_instant(string pattern)
    {
        var span = SpanPattern.TryCompile(pattern, withTime: true);
        if (span is null)
        {
            return;
        }

        var offset = span.HasOffset ? OffsetDateTimePattern.CreateWithInvariantCulture(pattern) : null;
        var local = span.HasOffset ? null : LocalDateTimePattern.CreateWithInvariantCulture(pattern);

        // Texts near the pattern's own shape: digits, its separators, signs, letters of AM/PM and Z.
        var texts = Gen.Elements("0", "1", "2", "3", "5", "9", "12", "28", "29", "31", "59", "60", "2021", "2024",
                "-", ":", "/", " ", "T", ".", ",", "+", "Z", "AM", "PM", "am", "13", "24", "00")
            .ArrayOf()
            .Select(parts => string.Concat(parts));
        var fromFormats = Gen.Choose(0, int.MaxValue).Select(seed => Format(pattern, seed));

        Prop.ForAll(Gen.OneOf(texts, fromFormats).ToArbitrary(), text =>
        {
            if (!span.TryParseInstant(text, Paris, out var value))
            {
                return true;
            }

            var expected = offset is not null
                ? offset.Parse(text) is { Success: true } o ? o.Value.ToInstant() : (Instant?)null
                : local!.Parse(text) is { Success: true } l ? l.Value.InZoneLeniently(Paris).ToInstant() : null;
            return expected == value;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    // A valid text of the pattern, for an instant and offset drawn from the seed.
    private static string Format(string pattern, int seed)
    {
        var random = new Random(seed);
        var local = new LocalDateTime(1990, 1, 1, 0, 0).PlusMinutes(random.Next(0, 30 * 366 * 24 * 60)).PlusSeconds(random.Next(0, 60))
            .PlusNanoseconds(random.Next(0, 3) switch { 0 => 0, 1 => 500_000_000, _ => random.Next(0, 1_000_000_000) });
        if (pattern.Contains("o<", StringComparison.Ordinal))
        {
            var offset = Offset.FromSeconds(random.Next(-14, 15) * 1800);
            return OffsetDateTimePattern.CreateWithInvariantCulture(pattern).Format(local.WithOffset(offset));
        }

        return LocalDateTimePattern.CreateWithInvariantCulture(pattern).Format(local);
    }
}
