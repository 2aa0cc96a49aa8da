namespace KpiToolkit.Import.Tests.Presets;

/// <summary>Variants of a fixture the preset tests read: other line ends, a header with a column left out.</summary>
internal static class ExportFile
{
    /// <summary>The fixture's bytes with every CRLF turned into LF (a byte-order mark is kept), as a stream.</summary>
    public static MemoryStream WithLfLineEnds(string name)
    {
        var bytes = File.ReadAllBytes(Fixture.Path(name));
        var converted = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                continue;
            }

            converted.Add(bytes[i]);
        }

        // The fixture must have had CRLF line ends for the conversion to mean anything.
        converted.Count.Should().BeLessThan(bytes.Length);
        converted.Should().NotContain((byte)'\r');
        return new MemoryStream([.. converted]);
    }

    /// <summary>The fixture's text with one column name removed from its header line (the data rows are untouched).</summary>
    public static StringReader WithoutColumn(string name, char delimiter, string column)
    {
        var text = File.ReadAllText(Fixture.Path(name));
        var headerEnd = text.IndexOf("\r\n", StringComparison.Ordinal);
        var names = text[..headerEnd].Split(delimiter).ToList();
        names.Remove(column).Should().BeTrue($"the header of {name} has a column '{column}'");
        return new StringReader(string.Join(delimiter, names) + text[headerEnd..]);
    }
}
