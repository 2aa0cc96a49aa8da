namespace KpiToolkit.Calculators.Engine;

/// <summary>Lookups in the small tables columns point into (channels, subjects): a scan, since they hold a handful of entries.</summary>
internal static class ColumnTables
{
    /// <summary>Returns the id of <paramref name="value"/> in the table, or -1 when the table does not hold it.</summary>
    public static int IndexOf<T>(IReadOnlyList<T> table, T value)
        where T : IEquatable<T>
    {
        for (var id = 0; id < table.Count; id++)
        {
            if (table[id].Equals(value))
            {
                return id;
            }
        }

        return -1;
    }
}
