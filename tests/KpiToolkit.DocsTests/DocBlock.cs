namespace KpiToolkit.DocsTests;

/// <summary>One fenced C# block of a page, where it starts, and the output the page shows under it.</summary>
/// <param name="Page">The page's path from the repository root, as written in failures.</param>
/// <param name="Line">The 1-based line of the block's first line of code.</param>
/// <param name="Code">The block's code.</param>
/// <param name="Ignored">The fence says <c>csharp ignore</c>: a deliberately partial block, not compiled.</param>
/// <param name="ExpectedOutput">The text of a <c>text</c> block right after it, or null when none follows.</param>
public sealed record DocBlock(string Page, int Line, string Code, bool Ignored, string? ExpectedOutput)
{
    /// <summary>Where the block is, for messages: <c>docs/time.md:12</c>.</summary>
    public string Location => $"{Page}:{Line}";
}
