using System.Text;

namespace KpiToolkit.Dashboard;

/// <content>How the texts of the model are escaped so that Markdown shows them as they are.</content>
public sealed partial class MarkdownDashboardRenderer
{
    /// <summary>
    /// Escapes text for Markdown, so that it shows as it is and changes nothing around it.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Bidirectional controls are removed and lone surrogates become U+FFFD (see <see cref="UserText"/>); line
    /// breaks, tabs and other control characters become spaces, so one value stays on one line and in its cell.</item>
    /// <item><c>\ | * _ ` ~ [ ] &lt; &gt;</c> get a backslash: no emphasis, strikethrough, code, link, image, HTML or
    /// cell break. <c>(</c> needs none: with <c>[</c> and <c>]</c> escaped it cannot start a link's destination.
    /// <c>&amp;</c> gets one only where it would start an entity (<c>&amp;copy;</c>), so that <c>R&amp;D</c> stays as it is.</item>
    /// <item>A word that a Markdown reader would turn into a link (one holding <c>://</c> or <c>@</c>, or starting with
    /// <c>www.</c>) is written as code, <c>`https://example.com`</c>: shown as typed, never linked, and GitHub sends no
    /// mention for <c>`@team`</c>. A backtick or a <c>|</c> ends such a word.</item>
    /// </list>
    /// </remarks>
    internal static string Inline(string text) => Escape(text, lineStart: false, heading: false);

    /// <summary>
    /// Escapes text that starts a line of its own (an objective's facts and explanation): as <see cref="Inline"/>, and
    /// leading spaces are dropped and a first <c>#</c>, <c>-</c>, <c>+</c>, <c>=</c> or number followed by <c>.</c> or
    /// <c>)</c> is escaped, so the line cannot become a heading, a list item, a rule or an indented code block.
    /// </summary>
    internal static string LineStart(string text) => Escape(text, lineStart: true, heading: false);

    /// <summary>Escapes the text of a heading: as <see cref="Inline"/>, and every <c>#</c> is escaped, so that none is read as the heading's closing sequence.</summary>
    internal static string HeadingText(string text) => Escape(text, lineStart: false, heading: true);

    private static string Escape(string text, bool lineStart, bool heading)
    {
        text = UserText.Clean(text);
        var builder = new StringBuilder(text.Length + 8);
        var start = 0;
        if (lineStart)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start < text.Length && !IsLinkLike(text, start, WordEnd(text, start)))
            {
                start = EscapeLineStart(text, start, builder);
            }
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            var atWordStart = i == start || IsSpace(text[i - 1]) || text[i - 1] is '|' or '`';
            if (atWordStart && !IsSpace(c))
            {
                var end = WordEnd(text, i);
                if (IsLinkLike(text, i, end))
                {
                    builder.Append('`').Append(text, i, end - i).Append('`');
                    i = end - 1;
                    continue;
                }
            }

            switch (c)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '~' or '[' or ']' or '<' or '>':
                case '#' when heading:
                case '&' when StartsAnEntity(text, i):
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes what would make a line a heading, a list item, a setext underline or a rule; returns where the rest starts.</summary>
    private static int EscapeLineStart(string text, int start, StringBuilder builder)
    {
        if (text[start] is '#' or '-' or '+' or '=')
        {
            builder.Append('\\').Append(text[start]);
            return start + 1;
        }

        var digits = start;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > start && digits < text.Length && text[digits] is '.' or ')')
        {
            builder.Append(text, start, digits - start).Append('\\').Append(text[digits]);
            return digits + 1;
        }

        return start;
    }

    /// <summary>Returns whether a character ends a word: a space of any kind (no-break spaces included) or a control character.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    /// <summary>Returns where the word starting at <paramref name="start"/> ends: at a space, a <c>|</c>, a backtick or the end.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !IsSpace(text[end]) && text[end] is not ('|' or '`'))
        {
            end++;
        }

        return end;
    }

    private static bool IsLinkLike(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        return word.Contains("://", StringComparison.Ordinal)
            || word.Contains('@')
            || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns whether the <c>&amp;</c> at <paramref name="index"/> starts an entity or a numeric character reference, such as <c>&amp;copy;</c> or <c>&amp;#169;</c>.</summary>
    private static bool StartsAnEntity(string text, int index)
    {
        var i = index + 1;
        var numeric = i < text.Length && text[i] == '#';
        if (numeric)
        {
            i++;
            if (i < text.Length && text[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var first = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > first && i < text.Length && text[i] == ';';
    }
}
