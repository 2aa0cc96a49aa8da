using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The share of voice read from <see cref="MentionColumns"/>.</summary>
public sealed partial class ShareOfVoiceCalculator
{
    /// <summary>Computes the share of every subject of the set in a period, from mentions given as columns.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The same shares as <see cref="Analyze(IEnumerable{Mention}, ReportingPeriod, Channel?)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public ShareOfVoice Analyze(MentionColumns mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(mentions);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        Preconditions.OptionalChannel(channel);
        var from = interval.Start.ToUnixTimeTicks();
        var until = interval.End.ToUnixTimeTicks();
        var filter = new MentionFilter(mentions, null, channel);

        // Each subject of the columns' table is placed in the set once, not each mention.
        var setIndexOf = mentions.Subjects.Select(subject => Array.IndexOf(_set, subject)).ToArray();
        var weights = new Int128[_set.Length];
        long outside = 0, missing = 0, used = 0;
        var ticks = mentions.PublishedAtTicks;
        var subjects = mentions.SubjectIds;
        var channels = mentions.ChannelIds;
        for (var row = 0; row < ticks.Length; row++)
        {
            if (ticks[row] < from || ticks[row] >= until || !filter.KeepsChannel(channels[row]))
            {
                continue;
            }

            var index = setIndexOf[subjects[row]];
            if (index < 0)
            {
                outside++;
            }
            else if (WeightOf(mentions, row) is { } weight)
            {
                weights[index] += weight;
                used++;
            }
            else
            {
                missing++;
            }
        }

        return Result(period, channel, weights, outside, missing, used);
    }

    private Int128? WeightOf(MentionColumns mentions, int row) => Weight switch
    {
        ShareOfVoiceWeight.Count => 1,
        ShareOfVoiceWeight.PotentialReach => mentions.PotentialReach[row],
        _ => mentions.Reactions[row] is { } reactions && mentions.Comments[row] is { } comments && mentions.Shares[row] is { } shares
            ? (Int128)reactions + comments + shares
            : null,
    };
}
