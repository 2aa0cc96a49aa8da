using System.Text;

namespace KpiToolkit.Dashboard;

/// <summary>
/// What the Markdown and CSV formats do to the texts the host supplied (titles, names, statements, ids, messages):
/// bidirectional controls are removed and lone surrogates become U+FFFD. The HTML page isolates those texts instead
/// (see <see cref="HtmlMarkup.Isolate"/>).
/// </summary>
/// <remarks>
/// A bidirectional control (the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, the marks
/// U+200E, U+200F and U+061C) is invisible but reorders what follows it: a right-to-left override in a channel's
/// name turns the figure beside it, <c>7.00</c>, into <c>00.7</c>. Removed, the text reads in the order it is
/// stored, and no character anyone can see is lost. A lone surrogate (half of a pair) is not a character: no
/// encoding can write it, and XML forbids it.
/// </remarks>
internal static class UserText
{
    /// <summary>The character that stands for one that cannot be written.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Returns whether a character is a bidirectional control: an embedding, override, isolate or mark.</summary>
    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>Returns whether the character at <paramref name="index"/> is half of a surrogate pair without its other half.</summary>
    public static bool IsLoneSurrogate(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c)
            ? index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1])
            : char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>Returns the text without bidirectional controls and with each lone surrogate replaced by U+FFFD; the same instance when there is nothing to change.</summary>
    public static string Clean(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsCleaning(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (IsLoneSurrogate(text, i))
            {
                builder.Append(Replacement);
            }
            else if (!IsBidiControl(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text, int index) => IsBidiControl(text[index]) || IsLoneSurrogate(text, index);
}
