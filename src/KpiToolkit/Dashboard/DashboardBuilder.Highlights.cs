using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Dashboard;

/// <content>What a run puts first and what it leaves out: the scorecards, the best and worst posts, the KPIs and analyses without data.</content>
public sealed partial class DashboardBuilder
{
    /// <content>What a run puts first and what it leaves out.</content>
    private sealed partial class DashboardRun
    {
        /// <summary>
        /// Splits the rows into those shown and those with no value in any period of the history: the latter are listed
        /// once as not measured instead of filling the page with n/a. A row whose calculator failed stays, since it says why.
        /// </summary>
        private (List<KpiRow> Shown, List<KpiRow> NotMeasured) SplitMeasured(List<KpiRow> rows)
        {
            if (_builder._showRowsWithoutData)
            {
                return (rows, []);
            }

            var shown = new List<KpiRow>(rows.Count);
            var notMeasured = new List<KpiRow>();
            foreach (var row in rows)
            {
                (row.IsMeasured ? shown : notMeasured).Add(row);
            }

            return (shown, notMeasured);
        }

        /// <summary>The objectives' KPIs that have a value in the history, in the objectives' order: what the page opens on.</summary>
        private static List<KpiRow> Scorecards(List<KpiRow> shown) =>
            shown.Where(row => row.Evaluation is not null && row.History.Any(result => result.IsAvailable)).ToList();

        // The ranking of the streamed posts, made by the best-time read; null until that read has finished.
        private TopPostsAnalyzer.Ranking? _streamedRanking;

        // Whether the data holds any mention, known once the mention series has been read.
        private bool? _anyMention;

        /// <summary>Ranks the posts of the period by the engagement rate of the dashboard's calculator.</summary>
        private TopPosts TopPosts()
        {
            var data = _request.Data;
            if (data.ArePostsStreamed && _streamedRanking is { } ranking)
            {
                return ranking.Result();
            }

            return _builder._topPosts!.Analyze(data.ArePostsStreamed ? data.ReadPosts() : PostsOfPeriod(data.PostColumns), _period, data.Audience);
        }

        /// <summary>Makes objects of the period's posts only, so a long history held as columns stays columns.</summary>
        private IEnumerable<SocialPost> PostsOfPeriod(PostColumns columns)
        {
            var interval = _builder.Calendar.ToInterval(_period);
            var (from, until) = (interval.Start.ToUnixTimeTicks(), interval.End.ToUnixTimeTicks());
            for (var index = 0; index < columns.Count; index++)
            {
                var ticks = columns.PublishedAtTicks[index];
                if (ticks >= from && ticks < until)
                {
                    yield return columns[index];
                }
            }
        }

        /// <summary>
        /// Says what is behind each spike, so the page tells the good kind from the bad kind. Only the mentions of the
        /// spikes' days are made objects: held columns are filtered by their instants, streamed mentions are read once more.
        /// </summary>
        private IReadOnlyList<SpikeExplanation> ExplainSpikes(IReadOnlyList<VolumeAnomaly> spikes)
        {
            if (spikes.Count == 0 || !_builder._explainSpikes)
            {
                return [];
            }

            var calendar = _builder.Calendar;
            var days = spikes.Select(spike => calendar.ToInterval(spike.Period)).Select(day => (day.Start.ToUnixTimeTicks(), day.End.ToUnixTimeTicks())).ToArray();
            var data = _request.Data;
            var behind = data.AreMentionsStreamed
                ? [.. data.ReadMentions().Where(mention => IsInside(mention.PublishedAt.ToUnixTimeTicks(), days))]
                : MentionsInside(data.MentionColumns, days);
            var explainer = new SpikeExplainer(new SpikeExplainerOptions { Subject = _builder._mentionVolume.Subject });
            return spikes.Select(spike => explainer.Explain(behind, spike, calendar)).ToList().AsReadOnly();
        }

        /// <summary>Makes objects of the mentions published within the days, and of no other.</summary>
        [MethodImpl(HotLoop.Options)]
        private static List<Mention> MentionsInside(MentionColumns columns, (long Start, long End)[] days)
        {
            var inside = new List<Mention>();
            var ticks = columns.PublishedAtTicks;
            for (var index = 0; index < ticks.Length; index++)
            {
                if (IsInside(ticks[index], days))
                {
                    inside.Add(columns[index]);
                }
            }

            return inside;
        }

        private static bool IsInside(long ticks, (long Start, long End)[] days)
        {
            foreach (var (start, end) in days)
            {
                if (ticks >= start && ticks < end)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Lists the analyses that have nothing to show because the data holds nothing they read, in the page's order.</summary>
        private List<DashboardAnalysis> AnalysesWithoutData(KpiDashboard dashboard)
        {
            var empty = new List<DashboardAnalysis>();
            if (dashboard.RoiRanking is { Ranked.Count: 0, NotRankable.Count: 0 })
            {
                empty.Add(DashboardAnalysis.RoiRanking);
            }

            if (dashboard.ChannelComparison is { Rows.Count: 0 })
            {
                empty.Add(DashboardAnalysis.ChannelComparison);
            }

            if (dashboard.TopPosts is { IsEmpty: true })
            {
                empty.Add(DashboardAnalysis.TopPosts);
            }

            if (dashboard.BestTimeToPost is { PostsUsed: 0 })
            {
                empty.Add(DashboardAnalysis.BestTimeToPost);
            }

            // Days without mentions count 0 when the data holds mentions; without any, the chart would be a flat line of zeros.
            if (dashboard.MentionSpikes is { } spikes && (spikes.Points.Count == 0 || _anyMention == false))
            {
                empty.Add(DashboardAnalysis.MentionSpikes);
            }

            return empty;
        }
    }
}
