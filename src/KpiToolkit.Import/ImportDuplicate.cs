namespace KpiToolkit.Import;

/// <summary>
/// A post, mention or press article read from more than one row of an import: its id, where the id is unique, the line
/// of the copy kept (the last one) and the lines of the earlier copies left out.
/// </summary>
/// <param name="Scope">
/// What the id is unique within: the channel of a post or a mention, the outlet of a press article; null for a mention
/// with no channel.
/// </param>
/// <param name="Id">The id read more than once.</param>
/// <param name="KeptLine">The line of the copy kept, the last one in the file.</param>
/// <param name="DroppedLines">The lines of the earlier copies, left out of the records, in file order.</param>
public sealed record ImportDuplicate(string? Scope, string Id, long KeptLine, IReadOnlyList<long> DroppedLines)
{
    /// <summary>Compares the scope, the id and the lines, those left out element by element.</summary>
    /// <param name="other">The duplicate to compare with.</param>
    /// <returns>Whether both say the same.</returns>
    public bool Equals(ImportDuplicate? other) =>
        other is not null && Scope == other.Scope && Id == other.Id && KeptLine == other.KeptLine && DroppedLines.SequenceEqual(other.DroppedLines);

    /// <summary>Returns a hash of the scope, the id and the line kept.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Scope, Id, KeptLine, DroppedLines.Count);

    /// <summary>Returns the id and the lines.</summary>
    /// <returns>A short description, such as <c>X 1480: kept line 9, left out line 3</c>.</returns>
    public override string ToString() =>
        $"{(Scope is null ? string.Empty : Scope + " ")}{Id}: kept line {KeptLine}, left out line {string.Join(", ", DroppedLines)}";
}
