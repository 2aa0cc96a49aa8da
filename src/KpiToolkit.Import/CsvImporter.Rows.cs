using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using NodaTime;

namespace KpiToolkit.Import;

/// <content>The row pipeline every source goes through: the header and its columns, then each row accepted, rejected or skipped with its reason.</content>
public sealed partial class CsvImporter<T>
    where T : class
{
    // The one row pipeline of every source: the lines before the header, the header and its columns, the rows
    // that describe columns, then each data row accepted, rejected or skipped.
    private IEnumerable<ImportRow<T>> ReadRows(RowSource source, ValueParser? typedCellParser, HeaderFindings? findings, DecodingCheck? decoding) =>
        ReadRows(source, typedCellParser, findings, decoding, intoColumns: null)!;

    // Into columns, a row accepted comes back as null: it went to the columns, and holds no record.
    private IEnumerable<ImportRow<T>?> ReadRows(RowSource source, ValueParser? typedCellParser, HeaderFindings? findings, DecodingCheck? decoding, Func<CsvRow, bool>? intoColumns)
    {
        var layout = ReadHeader(source, typedCellParser, findings);
        for (var i = 0; i < Options.RowsAfterHeader; i++)
        {
            if (!MovePastComments(source))
            {
                yield break;
            }

            yield return ImportRow<T>.Skipped(source.LineNumber, "describes the columns; holds no data");
        }

        var row = new CsvRow(layout, source);
        var figures = FigureReader.For(Map.PlatformFigureColumns);
        while (source.MoveNext())
        {
            yield return source.IsComment
                ? ImportRow<T>.Skipped(source.LineNumber, CommentReason)
                : ReadRow(source, row, figures, decoding, intoColumns);
        }
    }

    // The lines before the header, the header and its columns.
    private RowLayout ReadHeader(RowSource source, ValueParser? typedCellParser, HeaderFindings? findings)
    {
        for (var i = 0; i < Options.LinesBeforeHeader; i++)
        {
            _ = MovePastComments(source);
        }

        source.GuessDelimiter();
        if (!MovePastComments(source))
        {
            throw new CsvFormatException(
                1,
                Options.LinesBeforeHeader == 0
                    ? "The file has no header row: it is empty or holds only blank lines."
                    : $"The file has no header row after the {Options.LinesBeforeHeader} line(s) before it (LinesBeforeHeader).");
        }

        var header = new CsvHeader(source.CopyFields());
        CheckColumns(header, source.LineNumber, findings);
        source.ExpectedFieldCount = header.Count;
        source.BeginData();

        var layout = new RowLayout(header, new ValueParser(Options), typedCellParser, Map.ZeroWhenEmpty);
        if (findings is not null)
        {
            findings.Layout = layout;
            var absent = findings.AbsentOptionalColumns.Select(c => $"optional column '{c}' is not in the header: its values are missing in every record");
            findings.Report = new HeaderReport(source.LineNumber, header.Names, [.. findings.AbsentOptionalColumns], [.. header.Notes, .. absent]);
            findings.OnHeader?.Invoke(findings.Report);
        }

        return layout;
    }

    private static bool MovePastComments(RowSource source)
    {
        while (source.MoveNext())
        {
            if (!source.IsComment)
            {
                return true;
            }
        }

        return false;
    }

    private void CheckColumns(CsvHeader header, long headerLine, HeaderFindings? findings)
    {
        var missing = Map.RequiredColumns().Where(c => header.IndexOf(c) < 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(c => $"'{c}'"));
            var advice = Map.ExplainMissingColumns(missing) is { } explanation ? $" {explanation}" : string.Empty;
            throw new CsvFormatException(
                headerLine,
                $"Required column{(missing.Count > 1 ? "s" : string.Empty)} {names} missing from the header on line {headerLine}. " +
                $"The header has: {string.Join(", ", header.Names.Select(c => $"'{c}'"))}. " +
                $"Check the separator ('{(Options.Delimiter is { } d ? d.ToString() : "guessed")}') and the column names of the mapping.{advice}",
                missing[0]);
        }

        CheckZeroWhenEmpty();
        findings?.AbsentOptionalColumns.AddRange(Map.OptionalColumns()
            .Concat(Map.PlatformFigureColumns)
            .Where(c => header.IndexOf(c) < 0)
            .Distinct(StringComparer.OrdinalIgnoreCase));
    }

    // A misspelt name would leave its column reading empty cells as missing without a word: refuse it instead.
    private void CheckZeroWhenEmpty()
    {
        if (Map.ZeroWhenEmpty.Count == 0)
        {
            return;
        }

        var mapped = new HashSet<string>(
            Map.RequiredColumns().Concat(Map.OptionalColumns()).Concat(Map.PlatformFigureColumns).Select(CsvHeader.Normalize),
            StringComparer.OrdinalIgnoreCase);
        var unknown = Map.ZeroWhenEmpty.Where(c => !mapped.Contains(CsvHeader.Normalize(c))).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"ZeroWhenEmpty names {string.Join(", ", unknown.Select(c => $"'{c}'"))}, which the map does not read; " +
                $"it reads {string.Join(", ", mapped.Select(c => $"'{c}'"))}.");
        }
    }

    private ImportRow<T>? ReadRow(RowSource source, CsvRow row, FigureReader? figureReader, DecodingCheck? decoding, Func<CsvRow, bool>? intoColumns)
    {
        var line = source.LineNumber;
        if (source.Problem is { } problem)
        {
            return ImportRow<T>.Rejected(line, [new ImportError(line, null, problem)]);
        }

        if (decoding?.Check(source, row.Layout.Header) is { } decodingError)
        {
            return ImportRow<T>.Rejected(line, [decodingError]);
        }

        if (SummaryLabel(source) is { } label)
        {
            return ImportRow<T>.Skipped(line, $"a total row computed by the platform ('{label}'), not a record");
        }

        if (FieldCountProblem(source, row.Layout.Header.Count) is { } countProblem)
        {
            return ImportRow<T>.Rejected(line, [new ImportError(line, null, countProblem)]);
        }

        row.MoveTo(line);
        if (intoColumns is not null)
        {
            return IntoColumns(row, figureReader, intoColumns);
        }

        var figures = figureReader?.Read(row);
        T? built;
        try
        {
            built = Map.Build(row);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or CurrencyMismatchException)
        {
            row.AddError(null, RecordMessage(e));
            built = null;
        }

        if (row.HasErrors || built is null)
        {
            if (!row.HasErrors)
            {
                row.AddError(null, "the mapping built no record from this row");
            }

            return ImportRow<T>.Rejected(line, row.Errors);
        }

        return ImportRow<T>.Accepted(line, built, figures);
    }

    // The same checks as for a record, the figures kept beside it read for their errors only: null when the columns took
    // the row.
    private static ImportRow<T>? IntoColumns(CsvRow row, FigureReader? figureReader, Func<CsvRow, bool> intoColumns)
    {
        figureReader?.Check(row);
        bool taken;
        try
        {
            taken = intoColumns(row) && !row.HasErrors;
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or CurrencyMismatchException)
        {
            row.AddError(null, RecordMessage(e));
            taken = false;
        }

        if (taken)
        {
            return null;
        }

        if (!row.HasErrors)
        {
            row.AddError(null, "the mapping built no record from this row");
        }

        return ImportRow<T>.Rejected(row.LineNumber, row.Errors);
    }

    private string? SummaryLabel(RowSource source)
    {
        if (Options.SummaryRowLabels.Count == 0 || source.FieldCount == 0)
        {
            return null;
        }

        var first = source.Field(0).Trim();
        foreach (var label in Options.SummaryRowLabels)
        {
            if (first.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return first.ToString();
            }
        }

        return null;
    }

    // The record's own check, without .NET's "(Parameter 'x')" suffix: the message already names the field. Nor with the
    // "Actual value was -0,5." line an ArgumentOutOfRangeException adds in the current culture: the record's message says
    // what the value was, and a report must read the same whatever culture the importing thread runs in.
    private static string RecordMessage(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentOutOfRangeException { ActualValue: not null } && message.LastIndexOf(Environment.NewLine, StringComparison.Ordinal) is var end and > 0)
        {
            message = message[..end];
        }

        return e is ArgumentException { ParamName: { } name }
            ? message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : message;
    }

    // Extra fields are tolerated when blank (a trailing separator); anything else means the row does not
    // line up with the header, often a separator or a decimal comma inside an unquoted value.
    private static string? FieldCountProblem(RowSource source, int headerCount)
    {
        var count = source.FieldCount;
        if (count == headerCount)
        {
            return null;
        }

        if (count > headerCount)
        {
            var blank = true;
            for (var i = headerCount; i < count && blank; i++)
            {
                blank = source.Field(i).IsWhiteSpace();
            }

            if (blank)
            {
                return null;
            }
        }

        return $"the row has {count} fields but the header has {headerCount}; " +
            "a separator inside an unquoted value (or a decimal comma in a comma-separated file) is the usual cause";
    }

    // A file read in big pieces, straight through: the reader decodes them without a second buffer.
    private static StreamReader OpenFile(string path, Encoding encoding) =>
        new(
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan),
            encoding,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 64 * 1024);

    // What reading the header found, and what the rows read depended on, for the result of a whole import.
    private sealed class HeaderFindings(Action<HeaderReport>? onHeader = null)
    {
        public List<string> AbsentOptionalColumns { get; } = [];

        public RowLayout? Layout { get; set; }

        public HeaderReport? Report { get; set; }

        // Told of the header as soon as it is read, before the first row: how a streaming read learns of it.
        public Action<HeaderReport>? OnHeader => onHeader;

        public ImportResult<T> Result(IReadOnlyList<ImportRow<T>> rows, DateTimeZone timeZone) =>
            new(rows, AbsentOptionalColumns, timeZone, Layout?.ZoneDependence ?? ZoneDependence.None, Report!);
    }
}
