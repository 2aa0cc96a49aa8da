using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// A damaged record costs its own line, never the file: a stray quote or an over-long line is one rejected row naming
/// the line and the cause, and every good row before and after it is kept, through <c>Import</c> and the streaming
/// <c>Read</c> and <c>ReadFile</c> alike.
/// </summary>
public class CsvRecoveryTests
{
    private const string Header = "id,published,network,impressions,note";

    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
    };

    public enum Path
    {
        Import,
        Read,
        ReadFile,
    }

    [Theory]
    [InlineData(Path.Import)]
    [InlineData(Path.Read)]
    [InlineData(Path.ReadFile)]
    public void StrayQuote_NeverClosed_RejectsOnlyItsLineAndKeepsTheFiveRowsAfterIt(Path path)
    {
        var csv = File(Good(1), "p2,2026-01-06T09:00:00Z,X,500,\"oops", Good(3), Good(4), Good(5), Good(6), Good(7));

        var rows = ReadRows(csv, path);

        Ids(rows).Should().Equal("p1", "p3", "p4", "p5", "p6", "p7");
        var error = RejectedError(rows, line: 3);
        error.Message.Should().Contain("unclosed quote opened on line 3").And.Contain("reading goes on at line 4");
    }

    [Theory]
    [InlineData(Path.Import)]
    [InlineData(Path.Read)]
    [InlineData(Path.ReadFile)]
    public void StrayQuote_ClosedByAnotherStrayQuote_RejectsOnlyTheLinesThatHoldThem(Path path)
    {
        // The quote opened on line 3 closes on line 9: read as one record, lines 3-9 would be one row of 31 fields.
        var csv = File(Good(1), "p2,2026-01-06T09:00:00Z,X,500,\"oops", Good(3), Good(4), Good(5), Good(6), Good(7), "p8,2026-01-06T09:00:00Z,X,80,stray\" end", Good(9));

        var rows = ReadRows(csv, path);

        Ids(rows).Should().Equal("p1", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        var error = RejectedError(rows, line: 3);
        error.Message.Should().Contain("unclosed quote opened on line 3").And.Contain("ran on to line 9");
        rows.Should().HaveCount(9);
    }

    [Theory]
    [InlineData(Path.Import)]
    [InlineData(Path.Read)]
    [InlineData(Path.ReadFile)]
    public void OverLongLine_TenMegabytes_RejectsOnlyItsLineAndKeepsEveryOtherRow(Path path)
    {
        var huge = "p2,2026-01-06T09:00:00Z,X,500," + new string('x', 10 * 1024 * 1024);
        var csv = File(Good(1), huge, Good(3), Good(4));

        var rows = ReadRows(csv, path);

        Ids(rows).Should().Equal("p1", "p3", "p4");
        RejectedError(rows, line: 3).Message.Should().Contain("record longer than 1,048,576 characters").And.Contain("MaxRecordLength");
    }

    [Fact]
    public void OverLongRecord_QuotedAcrossLines_RejectsItsFirstLineAndReadsTheRest()
    {
        var options = new CsvImportOptions { MaxRecordLength = 200 };
        var csv = File(Good(1), "p2,2026-01-06T09:00:00Z,X,500,\"opened", Good(3), Good(4), Good(5), Good(6), Good(7), Good(8));

        var result = new CsvImporter<SocialPost>(PostMap, options).Import(new StringReader(csv));

        result.Records.Select(p => p.Id).Should().Equal("p1", "p3", "p4", "p5", "p6", "p7", "p8");
        var error = result.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(3);
        error.Message.Should().Contain("unclosed quote opened on line 3").And.Contain("longer than 200 characters");
    }

    [Theory]
    [InlineData(Path.Import)]
    [InlineData(Path.Read)]
    public void QuotedValueAcrossLines_WhenItsRecordLinesUp_IsKept(Path path)
    {
        var csv = File(Good(1), "p2,2026-01-06T09:00:00Z,X,500,\"two\nlines, \"\"quoted\"\"\"", Good(4));

        var rows = ReadRows(csv, path);

        Ids(rows).Should().Equal("p1", "p2", "p4");
        rows.Select(r => r.LineNumber).Should().Equal(2, 3, 5);
    }

    [Fact]
    public void StrayQuote_OnAnyRowOfAnyFile_CostsOnlyThatRow()
    {
        var files = Gen.Choose(1, 30).SelectMany(count => Gen.Choose(0, count - 1).Select(broken => (count, broken)));

        Prop.ForAll(files.ToArbitrary(), file =>
        {
            var rows = Enumerable.Range(1, file.count)
                .Select(n => n - 1 == file.broken ? $"p{n},2026-01-05T09:00:00Z,X,{n},\"stray" : $"p{n},2026-01-05T09:00:00Z,X,{n},\"two\nlines\"")
                .ToArray();
            var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader(File(rows)));
            var expected = Enumerable.Range(1, file.count).Where(n => n - 1 != file.broken).Select(n => $"p{n}");
            return result.Records.Select(p => p.Id).SequenceEqual(expected)
                && result.Rejected.Count == 1
                && result.Errors.Single().Message.Contains("unclosed quote", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnyText_CheckedAgainstTheHeaderFieldCount_ReadsAlikeThroughSepAndTheRecordReader()
    {
        var text = Gen.Elements('a', ',', '"', '\n', '\r', ' ').ArrayOf().Select(chars => "h1,h2,h3\n" + new string(chars));

        Prop.ForAll(text.ToArbitrary(), t => ThroughSep(t) == ThroughRecordReader(t)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MaxRecordLength_DefaultIsOneMebiCharacter()
    {
        CsvImportOptions.Default.MaxRecordLength.Should().Be(1024 * 1024);
    }

    private static string ThroughSep(string text)
    {
        using var source = new CsvTextSource(new StringReader(text), new CsvImportOptions { Delimiter = ',', MaxRecordLength = 40 });
        var records = new StringBuilder();
        var first = true;
        while (source.MoveNext())
        {
            records.Append(source.LineNumber).Append('|').Append(source.Problem).Append('|').AppendJoin('\u0001', source.CopyFields()).Append('\n');
            if (first)
            {
                source.ExpectedFieldCount = 3;
                source.BeginData();
                first = false;
            }
        }

        return records.ToString();
    }

    private static string ThroughRecordReader(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text), ',', 40);
        var records = new StringBuilder();
        while (reader.Read() is { } record)
        {
            records.Append(record.LineNumber).Append('|').Append(record.Problem).Append('|').AppendJoin('\u0001', record.Fields).Append('\n');
            reader.ExpectedFieldCount = 3;
        }

        return records.ToString();
    }

    private static string Good(int n) => $"p{n},2026-01-{n + 4:00}T09:00:00Z,Instagram,{n * 100},fine";

    private static string File(params string[] rows) => $"{Header}\n{string.Join("\n", rows)}\n";

    private static List<string> Ids(IEnumerable<ImportRow<SocialPost>> rows) =>
        [.. rows.Where(r => r.Status == ImportRowStatus.Accepted).Select(r => r.Record!.Id)];

    private static ImportError RejectedError(IReadOnlyList<ImportRow<SocialPost>> rows, long line)
    {
        var rejected = rows.Where(r => r.Status == ImportRowStatus.Rejected).Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(line);
        return rejected.Errors.Should().ContainSingle().Subject;
    }

    private static List<ImportRow<SocialPost>> ReadRows(string csv, Path path)
    {
        var importer = new CsvImporter<SocialPost>(PostMap);
        switch (path)
        {
            case Path.Import:
                var result = importer.Import(new StringReader(csv));
                return [.. result.Accepted.Concat(result.Rejected).Concat(result.Skipped).OrderBy(r => r.LineNumber)];
            case Path.Read:
                return [.. importer.Read(new StringReader(csv))];
            default:
                var file = System.IO.Path.GetTempFileName();
                try
                {
                    System.IO.File.WriteAllText(file, csv, new UTF8Encoding(false));
                    return [.. importer.ReadFile(file)];
                }
                finally
                {
                    System.IO.File.Delete(file);
                }
        }
    }
}
