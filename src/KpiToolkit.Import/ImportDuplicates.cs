using KpiToolkit.Activity;

namespace KpiToolkit.Import;

/// <summary>
/// Finds the posts, mentions and press articles an import read from more than one row, as <see cref="ActivityData"/>
/// does: a post is identified by its channel and id, a mention by its channel (or none) and id, an article by its
/// outlet and id; the last row is kept, for the latest figures. Other records are never duplicates.
/// </summary>
internal static class ImportDuplicates
{
    /// <summary>The rows with each earlier copy set aside, and the duplicates found; the same rows when there is none.</summary>
    public static IReadOnlyList<ImportRow<T>> SetAsideCopies<T>(IReadOnlyList<ImportRow<T>> rows, out IReadOnlyList<ImportDuplicate> duplicates)
        where T : class
    {
        duplicates = [];
        if (ScopeComparer<T>() is not { } scopes)
        {
            return rows;
        }

        // From the end, so the first row met of each key is the one kept.
        var comparer = new KeyComparer(scopes);
        var kept = new Dictionary<(string? Scope, string Id), int>(rows.Count, comparer);
        Dictionary<(string? Scope, string Id), List<int>>? dropped = null;
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (rows[i] is { Status: ImportRowStatus.Accepted, Record: { } record } && KeyOf(record) is { } key && !kept.TryAdd(key, i))
            {
                dropped ??= new(comparer);
                if (!dropped.TryGetValue(key, out var copies))
                {
                    copies = [];
                    dropped.Add(key, copies);
                }

                copies.Add(i);
            }
        }

        if (dropped is null)
        {
            return rows;
        }

        var result = rows.ToArray();
        var found = new List<ImportDuplicate>(dropped.Count);
        foreach (var (key, copies) in dropped)
        {
            var keptLine = rows[kept[key]].LineNumber;
            copies.Reverse();
            foreach (var i in copies)
            {
                result[i] = ImportRow<T>.SetAsideCopy(rows[i], $"an earlier copy of {Describe(key)}, whose last copy, on line {keptLine}, was kept");
            }

            found.Add(new ImportDuplicate(key.Scope, key.Id, keptLine, [.. copies.Select(i => rows[i].LineNumber)]));
        }

        duplicates = [.. found.OrderBy(duplicate => duplicate.KeptLine)];
        return result;
    }

    private static StringComparer? ScopeComparer<T>() =>
        typeof(T) == typeof(SocialPost) || typeof(T) == typeof(Mention) ? StringComparer.OrdinalIgnoreCase // channels ignore case
        : typeof(T) == typeof(PressArticle) ? StringComparer.Ordinal
        : null;

    private static (string? Scope, string Id)? KeyOf(object record) => record switch
    {
        SocialPost post => (post.Channel.Name, post.Id),
        Mention mention => (mention.Channel?.Name, mention.Id),
        PressArticle article => (article.Outlet, article.Id),
        _ => null,
    };

    private static string Describe((string? Scope, string Id) key) => key.Scope is null ? $"'{key.Id}'" : $"{key.Scope} '{key.Id}'";

    /// <summary>Compares the scope as the record kind wants and the id exactly.</summary>
    private sealed class KeyComparer(StringComparer scopes) : IEqualityComparer<(string? Scope, string Id)>
    {
        public bool Equals((string? Scope, string Id) x, (string? Scope, string Id) y) =>
            scopes.Equals(x.Scope, y.Scope) && string.Equals(x.Id, y.Id, StringComparison.Ordinal);

        public int GetHashCode((string? Scope, string Id) key) =>
            HashCode.Combine(key.Scope is null ? 0 : scopes.GetHashCode(key.Scope), StringComparer.Ordinal.GetHashCode(key.Id));
    }
}
