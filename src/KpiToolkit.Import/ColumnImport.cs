using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Maps;
using KpiToolkit.Time;

namespace KpiToolkit.Import;

/// <summary>
/// Imports posts and mentions straight into <see cref="PostColumns"/> and <see cref="MentionColumns"/>, without a
/// <see cref="SocialPost"/> or <see cref="Mention"/> per row: the fast way in for exports of millions of rows. Rows are
/// read, checked and reported exactly as by <see cref="CsvImporter{T}.Import(TextReader)"/>.
/// </summary>
/// <remarks>
/// The X tweet activity preset, <see cref="SocialPostMap"/> and <see cref="MentionMap"/> write each row to the columns
/// directly; a map of your own makes its record, which is then added to the columns.
/// </remarks>
public static class ColumnImport
{
    /// <summary>Reads posts into columns, with their ids and the platform's own figures.</summary>
    /// <param name="importer">The importer, such as a preset.</param>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <returns>The columns of the accepted rows, the rejected and skipped rows, and the notes of the import.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public static ColumnImportResult<SocialPost, PostColumns> ImportPostColumns(this CsvImporter<SocialPost> importer, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(importer);
        var builder = new PostColumnsBuilder();
        var values = new PostValues();
        return importer.ImportColumns(
            reader,
            row =>
            {
                if (!importer.Map.ReadPost(row, values))
                {
                    return false;
                }

                builder.Add(values.PublishedAt, values.Channel, values.Id, values.Format, values.IsPaid);
                foreach (var (counter, value) in values.Counters)
                {
                    if (value is { } v)
                    {
                        builder.Set(counter, v);
                    }
                }

                if (values.Figures is { Count: > 0 } figures)
                {
                    builder.SetPlatformFigures(figures);
                }

                return true;
            },
            builder.Build);
    }

    /// <summary>Reads a file of posts into columns; see <see cref="ImportPostColumns(CsvImporter{SocialPost}, TextReader)"/>.</summary>
    /// <param name="importer">The importer, such as a preset.</param>
    /// <param name="path">The file, read in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise.</param>
    /// <returns>The columns of the accepted rows, the rejected and skipped rows, and the notes of the import.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="importer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public static ColumnImportResult<SocialPost, PostColumns> ImportPostColumnsFile(this CsvImporter<SocialPost> importer, string path)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = importer.OpenFile(path);
        return importer.ImportPostColumns(reader);
    }

    /// <summary>
    /// Reads posts batch by batch into columns and hands each batch to a calculator's accumulation, merging what it
    /// returns: a file of any size is read in the memory of one batch, and the columns' arrays are reused from batch to
    /// batch.
    /// </summary>
    /// <typeparam name="TAccumulator">The calculator's accumulator.</typeparam>
    /// <param name="importer">The importer, such as a preset.</param>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="accumulate">
    /// Reads one batch, such as <c>part =&gt; engagement.AccumulateByPeriod(part, Cadence.Month, byChannel: true)</c>. The
    /// batch is valid during the call only: its arrays are filled again with the next batch.
    /// </param>
    /// <param name="batchSize">The posts of a batch; <see cref="Partitions.RowsPerPart"/> by default.</param>
    /// <returns>The merged groups as <see cref="ColumnImportResult{TRecord, TColumns}.Columns"/>, with the rejected and skipped rows and the notes of the import.</returns>
    /// <remarks>
    /// A batch holds what the post ratio calculators read: instants, channels and counters. It holds no ids, formats,
    /// paid flags or platform figures, so a composition that reads the platform's own figure finds none.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public static ColumnImportResult<SocialPost, GroupedAccumulators<TAccumulator>> AccumulatePostColumns<TAccumulator>(
        this CsvImporter<SocialPost> importer,
        TextReader reader,
        Func<PostColumns, GroupedAccumulators<TAccumulator>> accumulate,
        int batchSize = Partitions.RowsPerPart)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(accumulate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var batch = new PostBatch(batchSize);
        var values = new PostValues { KeepIdAndFigures = false };

        // The groups met so far, each batch merged into them in place: merging two sets would copy the first every batch.
        var running = new Dictionary<(ReportingPeriod Period, Channel? Channel), TAccumulator>();
        bool? byChannel = null;
        void Flush()
        {
            if (batch.Count > 0)
            {
                var part = accumulate(batch.ToColumns());
                if (byChannel is { } known && known != part.ByChannel)
                {
                    throw new InvalidOperationException("accumulate must split every batch by channel or none: the totals would count every record twice.");
                }

                byChannel = part.ByChannel;
                foreach (var group in part)
                {
                    var key = (group.Period, group.Channel);
                    running[key] = running.TryGetValue(key, out var earlier) ? TAccumulator.Merge(earlier, group.Accumulator) : group.Accumulator;
                }

                batch.Clear();
            }
        }

        var result = importer.ImportColumns(
            reader,
            row =>
            {
                if (!importer.Map.ReadPost(row, values))
                {
                    return false;
                }

                batch.Add(values);
                if (batch.Count == batchSize)
                {
                    Flush();
                }

                return true;
            },
            () =>
            {
                Flush();
                return byChannel is { } split
                    ? new GroupedAccumulators<TAccumulator>(split, running.Select(pair => new AccumulatorGroup<TAccumulator>(pair.Key.Period, pair.Key.Channel, pair.Value)))
                    : accumulate(PostColumns.Empty);
            });
        return result;
    }

    /// <summary>Reads mentions into columns, with their ids.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <returns>The columns of the accepted rows, the rejected and skipped rows, and the notes of the import.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public static ColumnImportResult<Mention, MentionColumns> ImportMentionColumns(this CsvImporter<Mention> importer, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(importer);
        var builder = new MentionColumnsBuilder();
        return importer.ImportColumns(reader, row => importer.Map.AddMention(row, builder), builder.Build);
    }

    /// <summary>Reads a file of mentions into columns; see <see cref="ImportMentionColumns(CsvImporter{Mention}, TextReader)"/>.</summary>
    /// <param name="importer">The importer.</param>
    /// <param name="path">The file, read in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise.</param>
    /// <returns>The columns of the accepted rows, the rejected and skipped rows, and the notes of the import.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="importer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public static ColumnImportResult<Mention, MentionColumns> ImportMentionColumnsFile(this CsvImporter<Mention> importer, string path)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = importer.OpenFile(path);
        return importer.ImportMentionColumns(reader);
    }
}
