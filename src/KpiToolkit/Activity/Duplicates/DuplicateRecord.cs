namespace KpiToolkit.Activity;

/// <summary>
/// One record given more than once to <see cref="ActivityData"/>: its id, where the id is unique, the copy kept (the
/// last one) and the earlier copies left out.
/// </summary>
/// <param name="Scope">
/// What the id is unique within: the channel of a post or a mention, the outlet of a press article; null for a mention
/// with no channel.
/// </param>
/// <param name="Id">The id given more than once.</param>
/// <param name="KeptIndex">The 0-based position of the copy kept (the last one) in what was given.</param>
/// <param name="DroppedIndices">The 0-based positions of the earlier copies left out, in ascending order.</param>
public sealed record DuplicateRecord(string? Scope, string Id, int KeptIndex, IReadOnlyList<int> DroppedIndices)
{
    /// <summary>Gets how many times the record was given: the copy kept and those left out.</summary>
    public int Copies => DroppedIndices.Count + 1;

    /// <summary>Compares the scope, the id and the positions, those left out element by element.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>Whether both say the same.</returns>
    public bool Equals(DuplicateRecord? other) =>
        other is not null && Scope == other.Scope && Id == other.Id && KeptIndex == other.KeptIndex && DroppedIndices.SequenceEqual(other.DroppedIndices);

    /// <summary>Returns a hash of the scope, the id and the position kept.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Scope, Id, KeptIndex, DroppedIndices.Count);

    /// <summary>Returns the scope, the id and the positions.</summary>
    /// <returns>A short description, such as <c>Instagram p1: kept #7, left out #2</c>.</returns>
    public override string ToString() =>
        $"{(Scope is null ? string.Empty : Scope + " ")}{Id}: kept #{KeptIndex}, left out #{string.Join(", #", DroppedIndices)}";
}
