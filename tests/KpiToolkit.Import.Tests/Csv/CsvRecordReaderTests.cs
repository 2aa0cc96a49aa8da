using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Import.Csv;

namespace KpiToolkit.Import.Tests.Csv;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> ReadAll(string text, char delimiter = ',', int maxRecordLength = 1000)
    {
        var reader = new CsvRecordReader(new StringReader(text), delimiter, maxRecordLength);
        var records = new List<CsvRecord>();
        while (reader.Read() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public void Plain_fields_are_split_on_the_separator()
    {
        var records = ReadAll("a,b,c\n1,2,3\n");

        records.Select(r => r.Fields).Should().BeEquivalentTo(new[] { new[] { "a", "b", "c" }, new[] { "1", "2", "3" } }, o => o.WithStrictOrdering());
        records.Select(r => r.LineNumber).Should().Equal(1, 2);
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,b\r\n1,2")]
    public void Every_line_end_convention_gives_the_same_records(string text)
    {
        var records = ReadAll(text);

        records.Should().HaveCount(2);
        records[1].Fields.Should().Equal("1", "2");
        records[1].LineNumber.Should().Be(2);
    }

    [Fact]
    public void A_quoted_field_keeps_separators_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("id,text,n\r\n1,\"Hello, \"\"world\"\"\r\nsecond line\",5\r\n2,plain,6\r\n");

        records[1].Fields.Should().Equal("1", "Hello, \"world\"\r\nsecond line", "5");
        records[1].Problem.Should().BeNull();
    }

    [Fact]
    public void A_record_after_a_multi_line_field_reports_its_own_starting_line()
    {
        var records = ReadAll("h\n\"one\ntwo\nthree\"\nnext\n");

        records.Select(r => r.LineNumber).Should().Equal(1, 2, 5);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_not_part_of_the_first_column()
    {
        ReadAll("\uFEFFid,name\n1,x\n")[0].Fields[0].Should().Be("id");
    }

    [Fact]
    public void Empty_lines_are_not_records_but_still_count_as_lines()
    {
        var records = ReadAll("a\n\n\r\nb\n");

        records.Select(r => r.Fields[0]).Should().Equal("a", "b");
        records[1].LineNumber.Should().Be(4);
    }

    [Fact]
    public void Empty_fields_and_a_trailing_separator_are_kept_as_empty_strings()
    {
        ReadAll("a,,c,\n")[0].Fields.Should().Equal("a", string.Empty, "c", string.Empty);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_text()
    {
        ReadAll("5\" screen,x\n")[0].Fields.Should().Equal("5\" screen", "x");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_kept_but_reported()
    {
        var record = ReadAll("\"abc\"def,x\n")[0];

        record.Fields.Should().Equal("abcdef", "x");
        record.Problem.Should().Contain("after the closing quote of field 1");
    }

    [Fact]
    public void A_quote_that_is_never_closed_rejects_the_line_it_opened_on_and_reading_goes_on()
    {
        var records = ReadAll("h\nok\n\"never closed,\nmore\n");

        records.Select(r => r.LineNumber).Should().Equal(1, 2, 3, 4);
        records[2].Problem.Should().Contain("unclosed quote opened on line 3").And.Contain("reading goes on at line 4");
        records[3].Fields.Should().Equal("more");
    }

    [Fact]
    public void A_record_longer_than_the_limit_rejects_its_line_instead_of_filling_memory()
    {
        var records = ReadAll("h\n\"" + new string('x', 50) + "\"\nafter\n", maxRecordLength: 20);

        records.Select(r => r.LineNumber).Should().Equal(1, 2, 3);
        records[1].Problem.Should().Contain("record longer than 20 characters").And.Contain("MaxRecordLength");
        records[1].Fields.Sum(f => f.Length).Should().BeLessThanOrEqualTo(20);
        records[2].Fields.Should().Equal("after");
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3", ';')]
    [InlineData("a,b,c\n1,2,3", ',')]
    [InlineData("a\tb\tc\n1\t2\t3", '\t')]
    [InlineData("\"x;y\",b,c\n", ',')]
    [InlineData("only\n", ',')]
    public void The_separator_is_guessed_from_the_header_outside_quotes(string text, char expected)
    {
        var reader = new CsvRecordReader(new StringReader(text), ',', 1000);

        reader.DetectDelimiter([',', ';', '\t']).Should().Be(expected);
    }

    [Fact]
    public void The_separator_is_guessed_from_the_whole_header_even_when_the_reader_hands_out_one_character_at_a_time()
    {
        var reader = new CsvRecordReader(new TrickleReader("a,b;c;d;e\n1;2;3;4;5\n"), ',', 1000);

        reader.Delimiter = reader.DetectDelimiter([',', ';', '\t']);

        reader.Delimiter.Should().Be(';');
        reader.Read()!.Fields.Should().Equal("a,b", "c", "d", "e");
        reader.Read()!.Fields.Should().Equal("1", "2", "3", "4", "5");
    }

    [Fact]
    public void Records_are_read_one_at_a_time_so_an_endless_input_can_be_started()
    {
        // Only a reader that streams can return the first records of an input that never ends.
        var reader = new CsvRecordReader(new EndlessCsv(), ',', 1000);

        var first = reader.Read();
        var second = reader.Read();

        first!.Fields.Should().Equal("id", "value");
        second!.Fields.Should().Equal("1", "10");
    }

    [Fact]
    public void Any_table_written_with_rfc4180_quoting_reads_back_unchanged()
    {
        var cell = Gen.Elements('a', 'z', '0', ',', ';', '"', '\n', '\r', ' ', 'é', '\t')
            .ArrayOf()
            .Select(chars => new string(chars));
        var table = cell.ArrayOf().Where(r => r.Length > 0).ArrayOf().Where(t => t.Length > 0);

        Prop.ForAll(table.ToArbitrary(), rows =>
        {
            // Every field is quoted, so empty records and blank lines cannot arise.
            var text = string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(Quote))));
            var read = ReadAll(text, maxRecordLength: 100_000);
            return read.Count == rows.Length
                && read.Zip(rows).All(pair => pair.First.Fields.SequenceEqual(pair.Second) && pair.First.Problem is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_table_written_with_minimal_quoting_and_mixed_line_ends_reads_back_with_its_line_numbers()
    {
        var cell = Gen.Elements('a', '0', ',', '"', '\n', '\r', ' ').ArrayOf().Select(chars => new string(chars));
        var row = cell.ArrayOf().Where(r => r.Length > 0);
        var lineEnd = Gen.Elements("\r\n", "\n", "\r");
        var table = Gen.Zip(row, lineEnd).ArrayOf().Where(t => t.Length > 0);

        Prop.ForAll(table.ToArbitrary(), rows =>
        {
            var text = new StringBuilder();
            var expectedLines = new List<long>();
            long line = 1;
            foreach (var (fields, end) in rows)
            {
                expectedLines.Add(line);
                var written = string.Join(",", fields.Select(QuoteIfNeeded)) + end;
                text.Append(written);
                line += LineBreaks(written);
            }

            var read = ReadAll(text.ToString(), maxRecordLength: 100_000);
            return read.Count == rows.Length
                && read.Select(r => r.LineNumber).SequenceEqual(expectedLines)
                && read.Zip(rows).All(pair => pair.First.Fields.SequenceEqual(pair.Second.Item1) && pair.First.Problem is null);
        }).QuickCheckThrowOnFailure();
    }

    // Quote only what needs it; an empty single field is quoted too, or it would be a blank line.
    private static string QuoteIfNeeded(string field) =>
        field.Length == 0 || field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? Quote(field) : field;

    private static long LineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class TrickleReader(string text) : TextReader
    {
        private int _next;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_next == text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_next++];
            return 1;
        }
    }

    private sealed class EndlessCsv : TextReader
    {
        private string _pending = "id,value\n";
        private long _row;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_pending.Length == 0)
            {
                _row++;
                _pending = $"{_row},{_row * 10}\n";
            }

            var n = Math.Min(count, _pending.Length);
            _pending.CopyTo(0, buffer, index, n);
            _pending = _pending[n..];
            return n;
        }
    }
}
