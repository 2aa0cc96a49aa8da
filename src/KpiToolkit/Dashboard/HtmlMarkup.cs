using System.Globalization;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes HTML and inline SVG that every text goes through encoded, with attribute values always quoted and
/// numbers for coordinates always in the invariant culture. The output is also well-formed XML: void elements
/// and empty SVG elements close themselves.
/// </summary>
/// <remarks>
/// Texts go straight to the writer, character runs at a time, with nothing built in between. A text from the model is
/// marked with <see cref="Isolate"/>: in an element's content the mark becomes a <c>bdi</c> element; in a <c>title</c> or
/// an SVG <c>text</c>, which hold no markup, it stays the isolate characters U+2068 and U+2069, which browsers lay out
/// the same way; in an attribute (an <c>aria-label</c>, which is spoken, not drawn) it is dropped.
/// </remarks>
internal sealed class HtmlMarkup(TextWriter writer)
{
    private const char FirstStrongIsolate = '\u2068';
    private const char LeftToRightIsolate = '\u2066';
    private const char RightToLeftIsolate = '\u2067';
    private const char PopDirectionalIsolate = '\u2069';

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Marks a text from the model (a name, a statement, an id, a message) so that it is written isolated: its
    /// direction cannot spill over what surrounds it, nor the surroundings' over it. Its own isolate characters are
    /// removed, so that none can close the isolation early; its other bidirectional controls are kept, as the end of
    /// the isolation ends them: a right-to-left override reverses the name it is in, never the figure beside it.
    /// </summary>
    public static string Isolate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return FirstStrongIsolate + (text.AsSpan().IndexOfAnyInRange(LeftToRightIsolate, PopDirectionalIsolate) < 0
            ? text
            : string.Concat(text.Where(c => c is < LeftToRightIsolate or > PopDirectionalIsolate))) + PopDirectionalIsolate;
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

    /// <summary>Writes an element holding encoded text; in <c>title</c> and SVG <c>text</c>, which hold no markup, isolates stay characters.</summary>
    public HtmlMarkup Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Encode(text, tag is "title" or "text" ? Context.PlainText : Context.Content);
        return Close(tag);
    }

    /// <summary>Writes encoded text in an element's content: each isolated part becomes a <c>bdi</c> element.</summary>
    public HtmlMarkup Text(string? text)
    {
        Encode(text, Context.Content);
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
            Encode(value, Context.Attribute);
            writer.Write('"');
        }
    }

    /// <summary>
    /// Writes text for an HTML text node or a quoted attribute value: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and both
    /// quotes are encoded; the control characters HTML and XML do not allow (other than tab and line breaks) and lone
    /// surrogates become U+FFFD; isolates are kept balanced, as <c>bdi</c> elements in content or characters in plain
    /// text, and dropped from attributes. Other characters stay as they are, the marks a culture puts in its numbers
    /// included: the page is UTF-8.
    /// </summary>
    private void Encode(string? text, Context context)
    {
        var plain = context == Context.PlainText;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var open = 0;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                LeftToRightIsolate or RightToLeftIsolate or FirstStrongIsolate or PopDirectionalIsolate when context == Context.Attribute => string.Empty,
                FirstStrongIsolate => plain ? "\u2068" : "<bdi>",
                LeftToRightIsolate => plain ? "\u2066" : "<bdi dir=\"ltr\">",
                RightToLeftIsolate => plain ? "\u2067" : "<bdi dir=\"rtl\">",
                PopDirectionalIsolate => open == 0 ? string.Empty : plain ? "\u2069" : "</bdi>",
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || UserText.IsLoneSurrogate(text, i) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            writer.Write(text.AsSpan(run, i - run));
            writer.Write(replacement);
            run = i + 1;
            open += context == Context.Attribute ? 0 : c switch
            {
                FirstStrongIsolate or LeftToRightIsolate or RightToLeftIsolate => 1,
                PopDirectionalIsolate when open > 0 => -1,
                _ => 0,
            };
        }

        writer.Write(text.AsSpan(run));
        for (; open > 0; open--)
        {
            writer.Write(plain ? "\u2069" : "</bdi>");
        }
    }

    private enum Context
    {
        /// <summary>An element's content: isolates become <c>bdi</c> elements.</summary>
        Content,

        /// <summary>The content of an element that holds no markup: isolates stay characters.</summary>
        PlainText,

        /// <summary>An attribute's value: isolates are dropped.</summary>
        Attribute,
    }
}
