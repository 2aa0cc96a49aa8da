using System.Globalization;

namespace KpiToolkit.Import.Maps;

/// <summary>How a column writes a figure the platform computed itself, which decides how it is stored.</summary>
public enum PlatformFigureUnit
{
    /// <summary>A whole number of at least 0, such as X's <c>engagements</c>: read like a counter and stored as is.</summary>
    Count,

    /// <summary>
    /// A rate written as a fraction (<c>0.0353</c>) or as a percentage with its sign (<c>3.53%</c>): stored as a
    /// fraction. X's and LinkedIn's <c>engagement rate</c>.
    /// </summary>
    Rate,

    /// <summary>
    /// A percentage written without its sign because the column's name carries the unit, such as YouTube's
    /// <c>Impressions click-through rate (%)</c> holding <c>4.5</c>: divided by 100 and stored as a fraction.
    /// </summary>
    Percent,
}

/// <summary>
/// The column a figure the platform computed itself is read from, and how the column writes it: one entry of
/// <see cref="SocialPostMap.FigureColumns"/>, which puts the figure into <c>SocialPost.PlatformFigures</c>.
/// </summary>
/// <remarks>
/// Rates are stored as fractions with the precision the export wrote (<c>4.50</c> per cent is <c>0.0450</c>), so the
/// figure still tells how far the platform rounded it. An empty cell, or one holding a missing-value marker, gives no
/// figure: missing is never read as 0. Immutable.
/// </remarks>
public sealed record PlatformFigureColumn
{
    /// <summary>Creates the reading of a figure.</summary>
    /// <param name="column">The column name; surrounding spaces are removed.</param>
    /// <param name="unit">How the column writes the figure.</param>
    /// <exception cref="ArgumentException"><paramref name="column"/> is blank, or <paramref name="unit"/> is undefined.</exception>
    public PlatformFigureColumn(string column, PlatformFigureUnit unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{(int)unit} is not a PlatformFigureUnit."), nameof(unit));
        }

        Column = column.Trim();
        Unit = unit;
    }

    /// <summary>Gets the column name.</summary>
    public string Column { get; }

    /// <summary>Gets how the column writes the figure.</summary>
    public PlatformFigureUnit Unit { get; }

    /// <summary>Reads a count, such as a platform's own total of engagements.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is blank.</exception>
    public static PlatformFigureColumn Count(string column) => new(column, PlatformFigureUnit.Count);

    /// <summary>Reads a rate written as a fraction, or as a percentage with its sign.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is blank.</exception>
    public static PlatformFigureColumn Rate(string column) => new(column, PlatformFigureUnit.Rate);

    /// <summary>Reads a percentage written without its sign, the column's name carrying the unit.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is blank.</exception>
    public static PlatformFigureColumn Percent(string column) => new(column, PlatformFigureUnit.Percent);

    /// <summary>Returns the column and the unit, such as <c>'engagement rate' (Rate)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"'{Column}' ({Unit})";

    /// <summary>Reads the figure of one row; null when the cell is missing or malformed (an error is then recorded).</summary>
    internal decimal? Read(CsvRow row)
    {
        switch (Unit)
        {
            case PlatformFigureUnit.Count:
                return row.GetCount(Column);
            case PlatformFigureUnit.Rate:
                return row.GetFraction(Column);
            default:
                // A sign written anyway is read as one; multiplying by 0.01 keeps the digits the export wrote (4.50 → 0.0450).
                var text = row.GetText(Column);
                return text is not null && text.EndsWith('%') ? row.GetFraction(Column) : row.GetDecimal(Column) * 0.01m;
        }
    }
}
