using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// What a calculator keeps while records go by, for every period of a <see cref="PeriodLookup"/> in one channel
/// scope. Several readers share one pass, so a dashboard reads its posts once for all its post indicators.
/// </summary>
/// <typeparam name="TRecord">The record type: <see cref="SocialPost"/> or <see cref="Mention"/>.</typeparam>
internal abstract class PassReader<TRecord>
{
    /// <summary>Reads a record of the scope that falls in at least one period; <paramref name="periods"/> are the indexes of the lookup's periods holding it.</summary>
    public abstract void Add(TRecord record, ReadOnlySpan<int> periods);

    /// <summary>Returns one result per period of the lookup, in its order.</summary>
    /// <param name="scopeHasRecords">Whether the scope holds any record at all, in a period or not: what tells a quiet period (0) from missing data.</param>
    /// <param name="inputHasRecords">Whether the input holds any record at all, of any channel: known only once a pass has read it, as a streamed input is never counted ahead.</param>
    public abstract IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords);
}

/// <summary>What a pass learnt beside the readers' state: whether each scope, and the input, hold any record.</summary>
/// <param name="ScopeHasRecords">For each scope, in order, whether it holds any record.</param>
/// <param name="InputHasRecords">Whether the input holds any record of any channel.</param>
internal readonly record struct PassRead(bool[] ScopeHasRecords, bool InputHasRecords);

/// <summary>A calculator of posts whose <see cref="IKpiCalculator.CalculateMany"/> can join a shared pass.</summary>
internal interface IPostPass
{
    /// <summary>Gets the calendar the calculator assigns records with; only a pass in the same calendar can be shared.</summary>
    ReportingCalendar Calendar { get; }

    PassReader<SocialPost> Begin(ActivityData data, PeriodLookup lookup, Channel? channel);
}

/// <summary>A calculator of mentions whose <see cref="IKpiCalculator.CalculateMany"/> can join a shared pass.</summary>
internal interface IMentionPass
{
    /// <summary>Gets the calendar the calculator assigns records with; only a pass in the same calendar can be shared.</summary>
    ReportingCalendar Calendar { get; }

    PassReader<Mention> Begin(ActivityData data, PeriodLookup lookup, Channel? channel);
}

/// <summary>A reader that can also read rows of columns, a step at a time, without a row object.</summary>
/// <typeparam name="TColumns">The columns: <see cref="PostColumns"/> or <see cref="MentionColumns"/>.</typeparam>
internal interface IColumnStepReader<in TColumns>
{
    /// <summary>
    /// Reads the rows of one step that fall in the reader's scope and in a period: row <paramref name="rows"/>[k] of the
    /// columns in the lookup's period <paramref name="periods"/>[k]. A row in several periods (a month and its week)
    /// comes once for each.
    /// </summary>
    void AddStep(TColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods);
}

/// <summary>Runs readers over the posts or mentions of channel scopes, finding each record's periods once for all of them.</summary>
internal static class SharedPass
{
    /// <summary>
    /// Feeds the posts to the readers of several channel scopes in one read of the rows: held posts are looped over,
    /// streamed ones enumerated once, and each post's periods are found once for every scope that keeps it.
    /// </summary>
    public static PassRead OverPosts(
        ActivityData data, PeriodLookup lookup, IReadOnlyList<(Channel? Channel, PassReader<SocialPost>[] Readers)> scopes, CancellationToken cancellationToken = default) =>
        Over(data.ArePostsStreamed ? data.ReadPosts() : data.PostArray, lookup, scopes, static post => post.PublishedAt, static post => post.Channel, cancellationToken);

    /// <summary>Feeds the mentions to the readers of several channel scopes in one read of the rows, as <see cref="OverPosts"/> does.</summary>
    public static PassRead OverMentions(
        ActivityData data, PeriodLookup lookup, IReadOnlyList<(Channel? Channel, PassReader<Mention>[] Readers)> scopes, CancellationToken cancellationToken = default) =>
        Over(data.AreMentionsStreamed ? data.ReadMentions() : data.MentionArray, lookup, scopes, static mention => mention.PublishedAt, static mention => mention.Channel, cancellationToken);

    private static PassRead Over<TRecord>(
        IEnumerable<TRecord> records,
        PeriodLookup lookup,
        IReadOnlyList<(Channel? Channel, PassReader<TRecord>[] Readers)> scopes,
        Func<TRecord, Instant> instantOf,
        Func<TRecord, Channel?> channelOf,
        CancellationToken cancellationToken)
    {
        var visitor = new RowVisitor<TRecord>(lookup, scopes, instantOf, channelOf);
        var read = 0;
        if (records is TRecord[] array)
        {
            // Held rows are looped over without an enumerator.
            foreach (var record in array)
            {
                CheckEvery(ref read, cancellationToken);
                visitor.Visit(record);
            }
        }
        else
        {
            foreach (var record in records)
            {
                CheckEvery(ref read, cancellationToken);
                visitor.Visit(record);
            }
        }

        return new PassRead(visitor.ScopeHasRecords, visitor.InputHasRecords);
    }

    /// <summary>Checks the token once every <see cref="StepRows"/> records: often enough to stop within a millisecond, rarely enough to cost nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckEvery(ref int read, CancellationToken cancellationToken)
    {
        if (++read % StepRows == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>What one read of the rows does with each record: finds its periods once, then feeds the readers of every scope that keeps it.</summary>
    private sealed class RowVisitor<TRecord>(
        PeriodLookup lookup,
        IReadOnlyList<(Channel? Channel, PassReader<TRecord>[] Readers)> scopes,
        Func<TRecord, Instant> instantOf,
        Func<TRecord, Channel?> channelOf)
    {
        private readonly int[] _found = new int[lookup.LayerCount];

        public bool[] ScopeHasRecords { get; } = new bool[scopes.Count];

        public bool InputHasRecords { get; private set; }

        public void Visit(TRecord record)
        {
            InputHasRecords = true;
            var count = -1;
            for (var s = 0; s < scopes.Count; s++)
            {
                var (channel, readers) = scopes[s];
                if (channel is not null && channelOf(record) != channel)
                {
                    continue;
                }

                ScopeHasRecords[s] = true;
                if (count < 0)
                {
                    count = lookup.Find(instantOf(record), _found);
                }

                if (count == 0)
                {
                    continue;
                }

                ReadOnlySpan<int> periods = _found.AsSpan(0, count);
                foreach (var reader in readers)
                {
                    reader.Add(record, periods);
                }
            }
        }
    }

    /// <summary>Gets the rows a step of a pass over columns holds: their periods fit in a few kilobytes, and their columns stay in the cache for every reader.</summary>
    public const int StepRows = 1024;

    /// <summary>
    /// Feeds post columns to the readers of several channel scopes in one read: each step of rows finds its periods
    /// once, and each scope's readers see the rows of their channel. Every reader must be an <see cref="IColumnStepReader{TColumns}"/>.
    /// </summary>
    /// <returns>For each scope, whether the columns hold any post of it.</returns>
    public static PassRead OverPostColumns(
        PostColumns posts, PeriodLookup lookup, IReadOnlyList<(Channel? Channel, PassReader<SocialPost>[] Readers)> scopes, CancellationToken cancellationToken = default) =>
        OverColumns(posts, posts.PublishedAtTicks, posts.ChannelIds, posts.Channels, lookup, scopes, cancellationToken);

    /// <summary>Feeds mention columns to the readers of several channel scopes in one read, as <see cref="OverPostColumns"/> does.</summary>
    /// <returns>For each scope, whether the columns hold any mention of it.</returns>
    public static PassRead OverMentionColumns(
        MentionColumns mentions, PeriodLookup lookup, IReadOnlyList<(Channel? Channel, PassReader<Mention>[] Readers)> scopes, CancellationToken cancellationToken = default) =>
        OverColumns(mentions, mentions.PublishedAtTicks, mentions.ChannelIds, mentions.Channels, lookup, scopes, cancellationToken);

    /// <summary>Whether every reader can read columns, so a pass over columns can serve them all.</summary>
    public static bool ReadColumns<TRecord, TColumns>(IEnumerable<PassReader<TRecord>> readers) =>
        readers.All(reader => reader is IColumnStepReader<TColumns>);

    [MethodImpl(HotLoop.Options)]
    private static PassRead OverColumns<TColumns, TRecord>(
        TColumns columns,
        ReadOnlySpan<long> ticks,
        ReadOnlySpan<int> channelIds,
        IReadOnlyList<Channel> channelTable,
        PeriodLookup lookup,
        IReadOnlyList<(Channel? Channel, PassReader<TRecord>[] Readers)> scopes,
        CancellationToken cancellationToken)
    {
        // A scope's channel as an id of the columns' table: -1 for every channel, int.MinValue for one the columns never name.
        var scopeIds = new int[scopes.Count];
        var hasRecords = new bool[scopes.Count];
        for (var s = 0; s < scopes.Count; s++)
        {
            if (scopes[s].Channel is not { } channel)
            {
                scopeIds[s] = -1;
                hasRecords[s] = ticks.Length > 0;
                continue;
            }

            var id = ColumnTables.IndexOf(channelTable, channel);
            scopeIds[s] = id < 0 ? int.MinValue : id;
            hasRecords[s] = id >= 0 && channelIds.Contains(id);
        }

        var readers = scopes.Select(scope => scope.Readers.Cast<IColumnStepReader<TColumns>>().ToArray()).ToArray();
        var layers = lookup.LayerCount;
        var periods = new int[layers * StepRows];
        var scopeRows = new int[layers * StepRows];
        var scopePeriods = new int[layers * StepRows];
        for (var start = 0; start < ticks.Length; start += StepRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(StepRows, ticks.Length - start);
            var stepPeriods = periods.AsSpan(0, layers * length);
            lookup.FindStep(ticks.Slice(start, length), stepPeriods);
            var stepChannels = channelIds.Slice(start, length);
            for (var s = 0; s < scopes.Count; s++)
            {
                if (scopeIds[s] == int.MinValue || readers[s].Length == 0)
                {
                    continue;
                }

                // Most records of a long history fall in no period asked: the readers see only those that do.
                var count = Gather(stepPeriods, stepChannels, scopeIds[s], start, scopeRows, scopePeriods);
                if (count == 0)
                {
                    continue;
                }

                foreach (var reader in readers[s])
                {
                    reader.AddStep(columns, scopeRows.AsSpan(0, count), scopePeriods.AsSpan(0, count));
                }
            }
        }

        return new PassRead(hasRecords, ticks.Length > 0);
    }

    // The (row, period) pairs of one step in a scope: every channel when channelId is -1, else that channel's rows.
    [MethodImpl(HotLoop.Options)]
    private static int Gather(ReadOnlySpan<int> periods, ReadOnlySpan<int> channels, int channelId, int start, Span<int> rows, Span<int> found)
    {
        var length = channels.Length;
        var count = 0;
        for (var at = 0; at < periods.Length; at++)
        {
            var period = periods[at];
            var j = at % length;
            if (period >= 0 && (channelId < 0 || channels[j] == channelId))
            {
                rows[count] = start + j;
                found[count++] = period;
            }
        }

        return count;
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a post calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IPostPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);

        // Data given as columns is read as columns: its rows would have to be made first.
        var read = data.HasPostColumns && reader is IColumnStepReader<PostColumns>
            ? OverPostColumns(data.PostColumns, lookup, [(channel, [reader])])
            : OverPosts(data, lookup, [(channel, [reader])]);
        return lookup.PerRequest(reader.Results(read.ScopeHasRecords[0], read.InputHasRecords));
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a mention calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IMentionPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);
        var read = data.HasMentionColumns && reader is IColumnStepReader<MentionColumns>
            ? OverMentionColumns(data.MentionColumns, lookup, [(channel, [reader])])
            : OverMentions(data, lookup, [(channel, [reader])]);
        return lookup.PerRequest(reader.Results(read.ScopeHasRecords[0], read.InputHasRecords));
    }
}
