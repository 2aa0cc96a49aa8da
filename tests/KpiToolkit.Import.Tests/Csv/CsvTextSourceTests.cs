using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Import.Csv;

namespace KpiToolkit.Import.Tests.Csv;

/// <summary>
/// The CSV text as the importer reads it: the first record (the header) by the record reader, every record after it
/// by Sep, falling back to the record reader from a row Sep would cut otherwise. The records and line numbers must be
/// those of <see cref="CsvRecordReader"/> alone, whatever the file holds.
/// </summary>
public class CsvTextSourceTests
{
    private static List<(long Line, string[] Fields, string? Problem, bool Comment)> ReadAll(string text, char? delimiter = ',', int maxRecordLength = 1000, string? commentPrefix = null)
    {
        var options = new CsvImportOptions { Delimiter = delimiter, MaxRecordLength = maxRecordLength, CommentPrefix = commentPrefix };
        using var source = new CsvTextSource(new StringReader(text), options);
        var records = new List<(long, string[], string?, bool)>();
        source.GuessDelimiter();
        var first = true;
        while (source.MoveNext())
        {
            records.Add((source.LineNumber, source.CopyFields(), source.Problem, source.IsComment));
            if (first && !source.IsComment)
            {
                source.BeginData();
                first = false;
            }
        }

        return records;
    }

    private static List<(long Line, string[] Fields, string? Problem, bool Comment)> ReadByRecordReader(string text, char delimiter = ',', int maxRecordLength = 1000, string? commentPrefix = null)
    {
        var reader = new CsvRecordReader(new StringReader(text), delimiter, maxRecordLength) { CommentPrefix = commentPrefix };
        var records = new List<(long, string[], string?, bool)>();
        while (reader.Read() is { } record)
        {
            records.Add((record.LineNumber, record.Fields, record.Problem, record.IsComment));
        }

        return records;
    }

    [Fact]
    public void Plain_fields_are_split_on_the_separator_with_their_lines()
    {
        var records = ReadAll("a,b,c\n1,2,3\n4,5,6\n");

        records.Select(r => r.Fields).Should().BeEquivalentTo(new[] { new[] { "a", "b", "c" }, ["1", "2", "3"], ["4", "5", "6"] }, o => o.WithStrictOrdering());
        records.Select(r => r.Line).Should().Equal(1, 2, 3);
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r1,2\r3,4\r")]
    [InlineData("a,b\r\n1,2\r\n3,4")]
    public void Every_line_end_convention_gives_the_same_records(string text)
    {
        var records = ReadAll(text);

        records.Should().HaveCount(3);
        records[2].Fields.Should().Equal("3", "4");
        records[2].Line.Should().Be(3);
    }

    [Fact]
    public void A_quoted_field_keeps_separators_doubled_quotes_and_line_breaks_and_the_next_record_its_line()
    {
        var records = ReadAll("id,text,n\r\n1,\"Hello, \"\"world\"\"\r\nsecond line\",5\r\n2,plain,6\r\n3,\"\",7\r\n");

        records[1].Fields.Should().Equal("1", "Hello, \"world\"\r\nsecond line", "5");
        records[1].Problem.Should().BeNull();
        records[2].Fields.Should().Equal("2", "plain", "6");
        records[3].Fields.Should().Equal("3", string.Empty, "7");
        records.Select(r => r.Line).Should().Equal(1, 2, 4, 5);
    }

    [Fact]
    public void Blank_lines_among_the_data_are_not_records_but_still_count_as_lines()
    {
        var records = ReadAll("h\n\na\n\r\n\nb\n");

        records.Select(r => r.Fields[0]).Should().Equal("h", "a", "b");
        records.Select(r => r.Line).Should().Equal(1, 3, 6);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text_and_the_rows_after_it_keep_their_lines()
    {
        var records = ReadAll("h,x\n5\" screen,x\n1,2\n\"a\",3\n");

        records.Select(r => r.Fields).Should().BeEquivalentTo(new[] { new[] { "h", "x" }, ["5\" screen", "x"], ["1", "2"], ["a", "3"] }, o => o.WithStrictOrdering());
        records.Select(r => r.Line).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_kept_but_reported()
    {
        var record = ReadAll("h,x\n\"abc\"def,x\n")[1];

        record.Fields.Should().Equal("abcdef", "x");
        record.Problem.Should().Contain("after the closing quote of field 1");
    }

    [Fact]
    public void A_quote_that_is_never_closed_rejects_the_line_it_opened_on_and_reading_goes_on()
    {
        var records = ReadAll("h\nok\n\"never closed,\nmore\n");

        records.Select(r => r.Line).Should().Equal(1, 2, 3, 4);
        records[2].Problem.Should().Contain("unclosed quote opened on line 3").And.Contain("the file ends inside the quoted value");
        records[3].Fields.Should().Equal("more");
        records[3].Problem.Should().BeNull();
    }

    [Fact]
    public void A_record_longer_than_the_limit_rejects_its_line_and_reading_goes_on()
    {
        var records = ReadAll("h\nok\n\"" + new string('x', 50) + "\"\nafter\n", maxRecordLength: 20);

        records.Select(r => r.Line).Should().Equal(1, 2, 3, 4);
        records[2].Problem.Should().Contain("record longer than 20 characters").And.Contain("MaxRecordLength");
        records[3].Fields.Should().Equal("after");
    }

    [Fact]
    public void A_comment_among_the_data_is_one_record_even_with_an_odd_quote()
    {
        var records = ReadAll("h,x\n1,2\n# a \"quoted, comment\n3,4\n", commentPrefix: "#");

        records.Select(r => (r.Line, r.Comment)).Should().Equal((1, false), (2, false), (3, true), (4, false));
        records[2].Fields.Should().Equal("# a \"quoted, comment");
        records[3].Fields.Should().Equal("3", "4");
    }

    [Fact]
    public void The_separator_guessed_from_the_header_splits_the_data()
    {
        var records = ReadAll("a;b;c\n1;2,5;3\n", delimiter: null);

        records[1].Fields.Should().Equal("1", "2,5", "3");
    }

    [Fact]
    public void A_separator_Sep_does_not_take_is_still_read()
    {
        var records = ReadAll("a\u00A7b\n1\u00A72\n3\u00A7\"4\n5\"\n", delimiter: '\u00A7');

        records.Select(r => r.Fields).Should().BeEquivalentTo(new[] { new[] { "a", "b" }, ["1", "2"], ["3", "4\n5"] }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Any_table_written_with_minimal_quoting_and_mixed_line_ends_reads_as_the_record_reader_reads_it()
    {
        var cell = Gen.Elements('a', '0', ',', '"', '\n', '\r', ' ').ArrayOf().Select(chars => new string(chars));
        var row = cell.ArrayOf().Where(r => r.Length > 0);
        var lineEnd = Gen.Elements("\r\n", "\n", "\r");
        var table = Gen.Zip(row, lineEnd).ArrayOf().Where(t => t.Length > 0);

        Prop.ForAll(table.ToArbitrary(), rows =>
        {
            var text = string.Concat(rows.Select(r => string.Join(",", r.Item1.Select(QuoteIfNeeded)) + r.Item2));
            return SameRecords(text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_text_of_quotes_separators_and_line_breaks_reads_as_the_record_reader_reads_it()
    {
        // Malformed quoting too: a quote inside a field, text after a closing quote, a quote never closed.
        var text = Gen.Elements('a', ',', '"', '\n', '\r', '#', ' ').ArrayOf().Select(chars => new string(chars));

        Prop.ForAll(text.ToArbitrary(), SameRecords).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void A_long_file_with_a_malformed_row_far_down_reads_as_the_record_reader_reads_it(string lineEnd)
    {
        // Far past the first pieces of text Sep reads, so the record reader starts again from text kept for it.
        var text = new StringBuilder("id,text,n" + lineEnd);
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(i % 7 == 0 ? $"{i},\"two{lineEnd}lines, \"\"quoted\"\"\",{i}" : $"{i},plain,{i}").Append(lineEnd);
            if (i % 1000 == 999)
            {
                text.Append(lineEnd);
            }
        }

        text.Append("20000,5\" screen,1").Append(lineEnd).Append("20001,\"a\rb\",2").Append(lineEnd).Append("20002,after,3").Append(lineEnd);

        SameRecords(text.ToString(), null).Should().BeTrue();
        ReadAll(text.ToString()).Should().HaveCount(20_004);
    }

    private static bool SameRecords(string text) => SameRecords(text, null) && SameRecords(text, "#");

    private static bool SameRecords(string text, string? commentPrefix)
    {
        var expected = Outcome(() => ReadByRecordReader(text, commentPrefix: commentPrefix));
        var actual = Outcome(() => ReadAll(text, commentPrefix: commentPrefix));
        return expected == actual;
    }

    private static string Outcome(Func<List<(long Line, string[] Fields, string? Problem, bool Comment)>> read)
    {
        try
        {
            return string.Join("\n", read().Select(r => $"{r.Line}|{r.Comment}|{r.Problem}|{string.Join("\u0001", r.Fields)}"));
        }
        catch (CsvFormatException e)
        {
            return $"error at {e.LineNumber}: {e.Message}";
        }
    }

    private static string QuoteIfNeeded(string field) =>
        field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
