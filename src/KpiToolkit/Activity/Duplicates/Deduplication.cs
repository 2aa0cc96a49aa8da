using System.Runtime.CompilerServices;
using KpiToolkit.Calculators.Engine;
namespace KpiToolkit.Activity;

/// <summary>
/// Finds the records given more than once, keeping the last copy: platforms export overlapping date ranges, and the
/// later export holds the later figures. One pass from the end with a dictionary of the keys seen: O(n), nothing
/// allocated per record beyond the dictionary's entries, and input without duplicates is never copied.
/// </summary>
internal static class Deduplication
{
    /// <summary>Finds the duplicates among <paramref name="count"/> records whose keys <paramref name="keyAt"/> gives.</summary>
    /// <returns>The records given more than once, in the order of the copies kept; empty when there is none.</returns>
    [MethodImpl(HotLoop.Options)]
    public static DuplicateRecord[] Find<TKey>(int count, Func<int, TKey> keyAt, Func<TKey, (string? Scope, string Id)> describe)
        where TKey : notnull
    {
        if (count < 2)
        {
            return [];
        }

        var kept = new Dictionary<TKey, int>(count);
        Dictionary<TKey, List<int>>? dropped = null;
        for (var i = count - 1; i >= 0; i--)
        {
            var key = keyAt(i);
            if (!kept.TryAdd(key, i))
            {
                dropped ??= [];
                if (!dropped.TryGetValue(key, out var indices))
                {
                    indices = [];
                    dropped.Add(key, indices);
                }

                indices.Add(i);
            }
        }

        if (dropped is null)
        {
            return [];
        }

        return [.. dropped
            .Select(pair =>
            {
                var (scope, id) = describe(pair.Key);
                pair.Value.Reverse();
                return new DuplicateRecord(scope, id, kept[pair.Key], pair.Value.AsReadOnly());
            })
            .OrderBy(record => record.KeptIndex)];
    }

    /// <summary>Returns <paramref name="items"/> without the copies left out; the same array when there is none.</summary>
    public static T[] Without<T>(T[] items, IReadOnlyList<DuplicateRecord> duplicates)
    {
        if (duplicates.Count == 0)
        {
            return items;
        }

        var left = Dropped(duplicates);
        var kept = new T[items.Length - left.Count];
        var next = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (!left.Contains(i))
            {
                kept[next++] = items[i];
            }
        }

        return kept;
    }

    /// <summary>The positions of the copies left out.</summary>
    public static HashSet<int> Dropped(IReadOnlyList<DuplicateRecord> duplicates) =>
        [.. duplicates.SelectMany(record => record.DroppedIndices)];

    /// <summary>The posts given more than once: a post's id is unique within its channel.</summary>
    public static DuplicateRecord[] InPosts(SocialPost[] posts) =>
        Find(posts.Length, i => (posts[i].Channel, posts[i].Id), key => (key.Channel.ToString(), key.Id));

    /// <summary>The mentions given more than once: a mention's id is unique within its channel, or among those with none.</summary>
    public static DuplicateRecord[] InMentions(Mention[] mentions) =>
        Find(mentions.Length, i => (mentions[i].Channel, mentions[i].Id), key => (key.Channel?.ToString(), key.Id));

    /// <summary>The press articles given more than once: an article's id is unique within its outlet.</summary>
    public static DuplicateRecord[] InPressArticles(PressArticle[] articles) =>
        Find(articles.Length, i => (articles[i].Outlet, articles[i].Id), key => ((string?)key.Outlet, key.Id));

    /// <summary>The posts given more than once in columns; none when the columns hold no ids.</summary>
    public static DuplicateRecord[] InPostColumns(PostColumns posts)
    {
        if (posts.Ids is not { } ids)
        {
            return [];
        }

        var channels = posts.Channels;
        return Find(posts.Count, i => (Channel: posts.ChannelIds[i], Id: ids[i]), key => (channels[key.Channel].ToString(), key.Id));
    }

    /// <summary>The mentions given more than once in columns; none when the columns hold no ids.</summary>
    public static DuplicateRecord[] InMentionColumns(MentionColumns mentions)
    {
        if (mentions.Ids is not { } ids)
        {
            return [];
        }

        var channels = mentions.Channels;
        return Find(mentions.Count, i => (Channel: mentions.ChannelIds[i], Id: ids[i]), key => (key.Channel < 0 ? null : channels[key.Channel].ToString(), key.Id));
    }
}
