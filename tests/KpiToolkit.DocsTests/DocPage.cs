namespace KpiToolkit.DocsTests;

/// <summary>The fenced C# blocks of one Markdown page.</summary>
public static class DocPage
{
    private const string Fence = "```";

    /// <summary>Reads the C# blocks of a page, each with the <c>text</c> block that follows it, if any.</summary>
    public static IReadOnlyList<DocBlock> Blocks(string page, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<DocBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var info = InfoString(lines[i]);
            if (info is null)
            {
                continue;
            }

            var end = ClosingFence(lines, i, page);
            var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && words[0] is "csharp" or "cs" or "c#")
            {
                var code = string.Join('\n', lines[(i + 1)..end]);
                blocks.Add(new DocBlock(page, i + 2, code, words.Contains("ignore"), OutputAfter(lines, end, page)));
            }

            i = end;
        }

        return blocks;
    }

    /// <summary>The info string of an opening fence (<c>csharp ignore</c>), or null when the line opens none.</summary>
    private static string? InfoString(string line) =>
        line.StartsWith(Fence, StringComparison.Ordinal) ? line[Fence.Length..].Trim() : null;

    private static int ClosingFence(string[] lines, int opening, string page)
    {
        for (var j = opening + 1; j < lines.Length; j++)
        {
            if (lines[j].TrimEnd() == Fence)
            {
                return j;
            }
        }

        throw new InvalidOperationException($"{page}:{opening + 1}: the code block is never closed.");
    }

    // The output shown under a block: a ```text block after blank lines at most.
    private static string? OutputAfter(string[] lines, int closing, string page)
    {
        var next = closing + 1;
        while (next < lines.Length && lines[next].Trim().Length == 0)
        {
            next++;
        }

        if (next >= lines.Length || InfoString(lines[next]) != "text")
        {
            return null;
        }

        var end = ClosingFence(lines, next, page);
        return string.Join('\n', lines[(next + 1)..end]);
    }
}
