using System.Runtime.CompilerServices;
using KpiToolkit.Activity;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The subject and channel a pass over <see cref="MentionColumns"/> keeps, resolved once per pass to ids in the
/// columns' tables, so each mention costs two integer comparisons instead of a subject or channel comparison.
/// A subject or channel absent from the tables resolves to an id no mention has, so it keeps nothing.
/// </summary>
/// <remarks>The same rules as over rows: a null subject keeps every subject, a null channel every channel, and a named channel never keeps a mention without one.</remarks>
internal readonly struct MentionFilter
{
    /// <summary>Rows handled per step of a pass over mention columns: their groups fit in 4 KB of stack, a multiple of 64 for the validity words.</summary>
    public const int StepRows = 1024;

    // Mention channel ids are -1 for "unknown", so an absent channel resolves to -2, which no row has.
    private const int Absent = -2;

    private readonly int _subjectId;
    private readonly int _channelId;
    private readonly bool _everySubject;
    private readonly bool _everyChannel;

    /// <summary>Resolves the filter against the tables of the columns.</summary>
    /// <param name="mentions">The columns the pass reads.</param>
    /// <param name="subject">The subject to keep, or null for every subject.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    public MentionFilter(MentionColumns mentions, Subject? subject, Channel? channel)
    {
        _everySubject = subject is null;
        _everyChannel = channel is null;
        _subjectId = subject is { } kept ? IdOrAbsent(mentions.Subjects, kept) : Absent;
        _channelId = channel is { } where ? IdOrAbsent(mentions.Channels, where) : Absent;
    }

    /// <summary>Gets whether every subject is kept.</summary>
    public bool EverySubject => _everySubject;

    /// <summary>Returns whether the filter keeps a mention's subject.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool KeepsSubject(int subjectId) => _everySubject || subjectId == _subjectId;

    /// <summary>Returns whether the filter keeps a mention's channel (-1 when it has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool KeepsChannel(int channelId) => _everyChannel || channelId == _channelId;

    /// <summary>Returns whether the filter keeps a mention, by its channel (-1 when it has none) and subject, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Keeps(int channelId, int subjectId) => (_everyChannel | (channelId == _channelId)) & (_everySubject | (subjectId == _subjectId));

    /// <summary>
    /// Fills the group of each mention of one step from <paramref name="start"/>: its period's group when the filter
    /// keeps its channel (and its subject, when <paramref name="bySubject"/>), 0 otherwise. A mention left out never
    /// asks the grouping for its period, so it opens no group.
    /// </summary>
    /// <param name="groups">The grouping, not split by channel.</param>
    /// <param name="mentions">The columns.</param>
    /// <param name="start">The first row of the step.</param>
    /// <param name="rowGroups">One entry per row of the step.</param>
    /// <param name="bySubject">Whether the subject decides the group too, not only what the group adds.</param>
    public void GroupsOf<TState>(ColumnGroups<TState> groups, MentionColumns mentions, int start, Span<int> rowGroups, bool bySubject)
    {
        var ticks = mentions.PublishedAtTicks.Slice(start, rowGroups.Length);
        var channels = mentions.ChannelIds.Slice(start, rowGroups.Length);
        var subjects = mentions.SubjectIds.Slice(start, rowGroups.Length);
        var checkSubject = bySubject && !_everySubject;
        for (var j = 0; j < rowGroups.Length; j++)
        {
            var kept = KeepsChannel(channels[j]) && (!checkSubject || subjects[j] == _subjectId);
            rowGroups[j] = kept ? groups.GroupOf(ticks[j]) : 0;
        }
    }

    // A subject or channel the tables do not hold resolves to an id no mention has.
    private static int IdOrAbsent<T>(IReadOnlyList<T> table, T value)
        where T : IEquatable<T> => ColumnTables.IndexOf(table, value) is var id and >= 0 ? id : Absent;
}
