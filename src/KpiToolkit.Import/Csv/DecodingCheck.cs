using System.Buffers;
using System.Globalization;
using System.Text;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// Finds the marks a wrong encoding leaves in decoded text: U+FFFD, which a decoder writes for bytes that are not valid
/// in its encoding, and the C1 control characters (U+0080 to U+009F), which are what Latin-1 makes of the quotes, dashes
/// and euro sign of a Windows-1252 file. Neither belongs in an export, so a row holding one is rejected rather than
/// imported with its text silently altered.
/// </summary>
internal sealed class DecodingCheck
{
    private const char Replacement = '\uFFFD';

    private const string CodePageAdvice =
        "Excel's Western exports are in code page 1252: read them with Encoding.GetEncoding(1252), " +
        "after Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)";

    private static readonly SearchValues<char> Suspect = SearchValues.Create(
        string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)) + Replacement);

    private readonly TextReader _reader;

    private DecodingCheck(TextReader reader) => _reader = reader;

    // Asked only when a mark is found: a reader knows its encoding for sure once it has read a byte-order mark.
    private string EncodingName => _reader is StreamReader stream ? Describe(stream.CurrentEncoding) : "the encoding the text was decoded with";

    /// <summary>The check of a text read through <paramref name="reader"/>, naming its encoding when the reader knows it.</summary>
    public static DecodingCheck For(TextReader reader) => new(reader);

    /// <summary>Says what is wrong with the current record's text, or null when it bears no mark of a wrong encoding.</summary>
    /// <param name="source">The records, on the current one.</param>
    /// <param name="header">The header, to name the column.</param>
    public ImportError? Check(RowSource source, CsvHeader header)
    {
        if (!source.MayHoldAny(Suspect))
        {
            return null;
        }

        for (var i = 0; i < source.FieldCount; i++)
        {
            var field = source.Field(i);
            var at = field.IndexOfAny(Suspect);
            if (at < 0)
            {
                continue;
            }

            var column = i < header.Count ? header.Names[i] : null;
            var c = field[at];
            var encoding = EncodingName;
            var message = c == Replacement
                ? $"the text holds U+FFFD, which the decoder writes for bytes that are not valid {encoding}: the file is not in that encoding, and the cell's text is lost. {CodePageAdvice}, or set CsvImportOptions.Encoding to the file's encoding"
                : string.Create(CultureInfo.InvariantCulture, $"the text holds the control character U+{(int)c:X4}, which is what {encoding} makes of a Windows-1252 character (such as ’ or €): the file is probably in code page 1252. {CodePageAdvice}");
            return new ImportError(source.LineNumber, column, message);
        }

        return null;
    }

    private static string Describe(Encoding encoding) => encoding.CodePage switch
    {
        28591 => "Latin-1 (ISO-8859-1)",
        65001 => "UTF-8",
        _ => $"{encoding.WebName} (code page {encoding.CodePage.ToString(CultureInfo.InvariantCulture)})",
    };
}
