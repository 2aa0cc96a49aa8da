namespace KpiToolkit.Import.Csv;

/// <summary>Which values read from an export depended on its time zone.</summary>
[Flags]
internal enum ZoneDependence
{
    /// <summary>No value did: every timestamp carried its offset, and no date was read.</summary>
    None = 0,

    /// <summary>Timestamps written without an offset were read in the export's zone.</summary>
    LocalTimestamps = 1,

    /// <summary>Dates were read: days of the export's zone.</summary>
    Dates = 2,
}
