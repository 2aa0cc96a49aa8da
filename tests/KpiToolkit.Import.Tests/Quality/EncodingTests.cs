using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// A file read in the wrong encoding: its rows with bytes the encoding cannot decode, or with what Latin-1 makes of
/// Windows-1252's quotes and euro sign, are rejected naming the line and the encoding, and every other row is kept.
/// Read in code page 1252, Excel's Western export imports intact.
/// </summary>
public class EncodingTests
{
    private const string Header = "id,published,network,impressions";

    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
    };

    private static readonly Encoding Windows1252 = CodePage1252();

    private static string Csv(string middleId) =>
        $"{Header}\r\nplain,2026-01-05T09:00:00Z,X,100\r\n{middleId},2026-01-06T09:00:00Z,X,200\r\nlast,2026-01-07T09:00:00Z,X,300\r\n";

    [Fact]
    public void Windows1252File_ReadAsLatin1_RejectsTheRowWithAControlCharacterSuggestingCodePage1252()
    {
        var bytes = Windows1252.GetBytes(Csv("l’été-5€"));

        var result = Importer(Encoding.Latin1).Import(new MemoryStream(bytes));

        result.Records.Select(p => p.Id).Should().Equal("plain", "last");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(3);
        error.Column.Should().Be("id");
        error.Message.Should().Contain("U+0092").And.Contain("Latin-1").And.Contain("code page 1252").And.Contain("CodePagesEncodingProvider");
    }

    [Fact]
    public void Windows1252File_ReadAsUtf8_RejectsTheRowWithInvalidBytesNamingTheEncoding()
    {
        var bytes = Windows1252.GetBytes(Csv("café"));

        var result = Importer(encoding: null).Import(new MemoryStream(bytes));

        result.Records.Select(p => p.Id).Should().Equal("plain", "last");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(3);
        error.Column.Should().Be("id");
        error.Message.Should().Contain("U+FFFD").And.Contain("not valid UTF-8").And.Contain("code page 1252");
    }

    [Fact]
    public void Windows1252File_ReadAsUtf8ThroughReadFile_IsReportedWhileStreaming()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, Windows1252.GetBytes(Csv("coût €")));

            var rows = Importer(encoding: null).ReadFile(file).ToList();

            rows.Select(r => r.Status).Should().Equal(ImportRowStatus.Accepted, ImportRowStatus.Rejected, ImportRowStatus.Accepted);
            rows[1].Errors.Should().ContainSingle().Which.Message.Should().Contain("not valid UTF-8");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Windows1252File_ReadWithCodePage1252_ImportsCurlyQuoteEuroAndAccentsIntact()
    {
        var bytes = Windows1252.GetBytes(Csv("l’été-5€"));

        var result = Importer(Windows1252).Import(new MemoryStream(bytes));

        result.Rejected.Should().BeEmpty();
        result.Records.Select(p => p.Id).Should().Equal("plain", "l’été-5€", "last");
    }

    [Fact]
    public void Utf8File_WithCurlyQuoteEuroAndAccents_ImportsIntact()
    {
        var bytes = new UTF8Encoding(false).GetBytes(Csv("l’été-5€"));

        var result = Importer(encoding: null).Import(new MemoryStream(bytes));

        result.Rejected.Should().BeEmpty();
        result.Records[1].Id.Should().Be("l’été-5€");
    }

    [Fact]
    public void SameRows_AsUtf8Utf8WithBomAndWindows1252_GiveTheSameRecords()
    {
        var id = Gen.Elements('a', 'Z', 'é', '’', '€', 'œ', ' ', ',', '"', 'ß', '–')
            .ArrayOf()
            .Where(chars => chars.Length > 0 && !string.IsNullOrWhiteSpace(new string(chars)))
            .Select(chars => new string(chars));

        Prop.ForAll(id.ArrayOf().Where(ids => ids.Length > 0).ToArbitrary(), ids =>
        {
            // Each row gets an id of its own (its number first): two rows with one id would be one post given twice.
            var csv = new StringBuilder(Header).Append('\n');
            foreach (var (value, i) in ids.Select((v, i) => ($"{i}|{v}", i)))
            {
                csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",2026-01-05T09:00:00Z,X,").Append(i).Append('\n');
            }

            var text = csv.ToString();
            var utf8 = Ids(Importer(encoding: null), new UTF8Encoding(false).GetBytes(text));
            var utf8Bom = Ids(Importer(encoding: null), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
            var windows = Ids(Importer(Windows1252), Windows1252.GetBytes(text));
            var expected = ids.Select((v, i) => $"{i}|{v}".Trim()).ToList();
            return utf8.SequenceEqual(expected) && utf8Bom.SequenceEqual(expected) && windows.SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    private static List<string> Ids(CsvImporter<SocialPost> importer, byte[] bytes)
    {
        var result = importer.Import(new MemoryStream(bytes));
        return result.Rejected.Count == 0 ? [.. result.Records.Select(p => p.Id)] : [$"rejected: {string.Join("; ", result.Errors)}"];
    }

    private static CsvImporter<SocialPost> Importer(Encoding? encoding) =>
        new(PostMap, encoding is null ? CsvImportOptions.Default : new CsvImportOptions { Encoding = encoding });

    private static Encoding CodePage1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
