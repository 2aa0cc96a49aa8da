using System.Globalization;
using System.Text;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes HTML and inline SVG that every text goes through encoded, with attribute values always quoted and
/// numbers for coordinates always in the invariant culture. The output is also well-formed XML: void elements
/// and empty SVG elements close themselves.
/// </summary>
internal sealed class HtmlMarkup(TextWriter writer)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Encodes text for an HTML text node or a quoted attribute value.</summary>
    /// <remarks>
    /// Encodes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, both quotes, and replaces the control characters HTML and XML
    /// do not allow (other than tab and line breaks) with U+FFFD. Other characters stay as they are: the page is UTF-8.
    /// </remarks>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                default:
                    builder.Append(char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Formats a coordinate or size for SVG: invariant culture, at most two decimals, never <c>-0</c>.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", Invariant);
    }

    /// <summary>Writes an opening tag.</summary>
    public HtmlMarkup Open(string tag, params (string Name, string? Value)[] attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        WriteAttributes(attributes);
        writer.Write('>');
        return this;
    }

    /// <summary>Writes a closing tag.</summary>
    public HtmlMarkup Close(string tag)
    {
        writer.Write("</");
        writer.Write(tag);
        writer.Write('>');
        return this;
    }

    /// <summary>Writes an element that closes itself: a void HTML element (<c>meta</c>) or an empty SVG element (<c>rect</c>).</summary>
    public HtmlMarkup Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        writer.Write('<');
        writer.Write(tag);
        WriteAttributes(attributes);
        writer.Write(" />");
        return this;
    }

    /// <summary>Writes an element holding encoded text.</summary>
    public HtmlMarkup Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close(tag);
    }

    /// <summary>Writes encoded text.</summary>
    public HtmlMarkup Text(string? text)
    {
        writer.Write(Encode(text));
        return this;
    }

    /// <summary>Writes markup the renderer wrote itself (the doctype, the style sheet); never text from the model.</summary>
    public HtmlMarkup Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    /// <summary>Writes a line break, to keep the source readable.</summary>
    public HtmlMarkup Line()
    {
        writer.Write('\n');
        return this;
    }

    private void WriteAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            writer.Write(' ');
            writer.Write(name);
            writer.Write("=\"");
            writer.Write(Encode(value));
            writer.Write('"');
        }
    }
}
