using System.Globalization;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Sums of counts reported as a <see cref="long"/>: added up exactly, and refused with an error that names the
/// total when it does not fit, instead of wrapping around to a negative number.
/// </summary>
internal static class CountSums
{
    /// <summary>Adds up the counts exactly.</summary>
    /// <param name="items">The records.</param>
    /// <param name="count">The count of one record.</param>
    /// <param name="total">What the total is, for the error (<c>ChannelRow.Sessions</c>).</param>
    /// <param name="of">Whose total it is (<c>Blog</c>), or null.</param>
    /// <exception cref="OverflowException">The total does not fit a <see cref="long"/>.</exception>
    public static long Sum<T>(IEnumerable<T> items, Func<T, long> count, string total, string? of = null)
    {
        Int128 sum = 0;
        foreach (var item in items)
        {
            sum += count(item);
        }

        return ToLong(sum, total, of);
    }

    /// <summary>Narrows an exact total to a <see cref="long"/>.</summary>
    /// <exception cref="OverflowException">The total does not fit a <see cref="long"/>.</exception>
    public static long ToLong(Int128 sum, string total, string? of = null) =>
        sum >= long.MinValue && sum <= long.MaxValue ? (long)sum : throw TooLarge(sum, total, of);

    // The message is built only when it is thrown: the totals are computed per group on the normal path.
    private static OverflowException TooLarge(Int128 sum, string total, string? of) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{total}{(of is null ? string.Empty : " of " + of)} adds up to {sum}, beyond what a long can hold ({long.MaxValue})."));
}
