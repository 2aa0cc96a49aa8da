using KpiToolkit.Localization;

namespace KpiToolkit.Activity;

/// <summary>
/// The posts, mentions and press articles <see cref="ActivityData"/> was given more than once, of which it kept the last
/// copy only.
/// </summary>
/// <remarks>
/// A post is identified by its channel and id, a mention by its channel (or none) and id, a press article by its outlet
/// and id: two channels, or two outlets, may use the same id for different records. Ids and outlets are compared exactly
/// (ordinal), channels ignoring case as <see cref="Channel"/> does.
/// </remarks>
public sealed class DuplicateReport
{
    internal DuplicateReport(IReadOnlyList<DuplicateRecord> posts, IReadOnlyList<DuplicateRecord> mentions, IReadOnlyList<DuplicateRecord> pressArticles)
    {
        Posts = posts;
        Mentions = mentions;
        PressArticles = pressArticles;
    }

    /// <summary>Gets a report of no duplicate.</summary>
    public static DuplicateReport None { get; } = new([], [], []);

    /// <summary>Gets the posts given more than once, in the order of the copies kept.</summary>
    public IReadOnlyList<DuplicateRecord> Posts { get; }

    /// <summary>Gets the mentions given more than once, in the order of the copies kept.</summary>
    public IReadOnlyList<DuplicateRecord> Mentions { get; }

    /// <summary>Gets the press articles given more than once, in the order of the copies kept.</summary>
    public IReadOnlyList<DuplicateRecord> PressArticles { get; }

    /// <summary>Gets whether no record was given more than once.</summary>
    public bool IsEmpty => Posts.Count == 0 && Mentions.Count == 0 && PressArticles.Count == 0;

    /// <summary>Gets how many copies were left out, of every kind.</summary>
    public int DroppedCount => Dropped(Posts) + Dropped(Mentions) + Dropped(PressArticles);

    /// <summary>
    /// Says, for each kind of record given more than once, how many were and which: what a dashboard lists, such as
    /// <c>3 posts appeared more than once (4 earlier copies left out); the last copy of each was kept: …</c>.
    /// </summary>
    /// <returns>One sentence per kind with duplicates; none when <see cref="IsEmpty"/>.</returns>
    public IEnumerable<string> Notes() => NoteTexts().Select(note => note.English);

    /// <summary>Returns <see cref="Notes"/> as resources and their values, for a dashboard to show in its language.</summary>
    internal IEnumerable<LocalizableText> NoteTexts()
    {
        if (Note("Duplicates.Posts", Posts) is { } posts)
        {
            yield return posts;
        }

        if (Note("Duplicates.Mentions", Mentions) is { } mentions)
        {
            yield return mentions;
        }

        if (Note("Duplicates.PressArticles", PressArticles) is { } articles)
        {
            yield return articles;
        }
    }

    /// <summary>Returns the notes, or says there is no duplicate.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => IsEmpty ? "no duplicate" : string.Join(" ", Notes());

    private static int Dropped(IReadOnlyList<DuplicateRecord> records) => records.Sum(record => record.DroppedIndices.Count);

    private static LocalizableText? Note(string kind, IReadOnlyList<DuplicateRecord> records)
    {
        // A handful of ids is enough to find the overlap in the exports; the report lists them all.
        const int Shown = 5;
        if (records.Count == 0)
        {
            return null;
        }

        var dropped = Dropped(records);
        // Both languages take the singular for 1 only here: a note counts at least one record and one copy.
        var what = new LocalizableText(kind + (records.Count == 1 ? ".One" : ".Other"), records.Count);
        var copies = new LocalizableText(dropped == 1 ? "Duplicates.Copies.One" : "Duplicates.Copies.Other", dropped);
        var ids = string.Join(", ", records.Take(Shown).Select(record => record.Scope is null ? record.Id : $"{record.Scope} {record.Id}"));
        var more = records.Count > Shown ? new LocalizableText("Label.AndMore", records.Count - Shown) : null;
        return new LocalizableText("Duplicates.Note", what, copies, ids, more);
    }
}
