using System.Collections.ObjectModel;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <content>The analyses a run adds beside its rows: best time to post, mention spikes and the reconciliation with the platforms.</content>
public sealed partial class DashboardBuilder
{
    /// <content>The analyses a run adds beside its rows: best time to post, mention spikes and the reconciliation with the platforms.</content>
    private sealed partial class DashboardRun
    {
        private BestTimeToPost BestTimeToPost()
        {
            // The instants of the history's days, so no post needs converting to a local date to be kept or left out.
            var from = _builder.Calendar.ToInterval(_history[0]).Start;
            var until = _builder.Calendar.ToInterval(_period).End;
            var window = new Interval(from, until);
            var data = _request.Data;

            if (!data.ArePostsStreamed)
            {
                return _builder._bestTime.Analyze(data.PostColumns, window, data.Audience);
            }

            // Streamed posts are enumerated once more; the medians keep one rate per post of the window, as for held posts.
            // The same read ranks the best and weakest posts, so they cost no read of their own and keep only a few posts.
            var ranking = _builder._topPosts?.Begin(_period, data.Audience);
            var analysis = _builder._bestTime.Analyze(
                data.ReadPosts().Where(post =>
                {
                    ranking?.Add(post);
                    return window.Contains(post.PublishedAt);
                }),
                data.Audience);
            _streamedRanking = ranking;
            return analysis;
        }

        private MentionSpikes MentionSpikes()
        {
            var data = _request.Data;
            var start = _period.Start.PlusDays(-_builder._spikeHistoryDays);

            // Streamed mentions are enumerated once more, keeping one count per day, and noting whether there is any at all.
            IReadOnlyList<VolumePoint> points;
            if (data.AreMentionsStreamed)
            {
                var any = false;
                points = _builder._mentionVolume.Series(data.ReadMentions().Select(mention => { any = true; return mention; }), Cadence.Day, start, _period.End);
                _anyMention = any;
            }
            else
            {
                points = _builder._mentionVolume.Series(data.MentionColumns, Cadence.Day, start, _period.End);
                _anyMention = data.MentionColumns.Count > 0;
            }

            var spikes = _builder._spikeDetector.Detect(points)
                .Where(anomaly => anomaly.IsFlagged && anomaly.Direction == VolumeDirection.Spike && _period.Contains(anomaly.Period.Start))
                .ToList()
                .AsReadOnly();
            return new MentionSpikes(_builder._spikeDetector.Name, points, spikes)
            {
                DetectorText = (_builder._spikeDetector as TrailingWindowDetector)?.Description,
                Explanations = ExplainSpikes(spikes),
            };
        }

        /// <summary>
        /// Compares the posts of the history's periods with the figures their platforms reported, or returns null when
        /// the option is off or no post near those periods carries a platform figure.
        /// </summary>
        /// <remarks>
        /// Each post figure is compared once, for the posts whose day in the calendar falls in the history. The periods'
        /// rates are compared on the posts of a few more days either side: a post the platform counts in another zone
        /// may belong to a period of the history there and not in the calendar, which is what the comparison shows.
        /// The comparison sorts those posts, so it holds them: streamed posts are first enumerated to see whether any of
        /// them carries a platform figure, and only then enumerated again to keep the posts of those days, no others.
        /// </remarks>
        private PlatformReconciliation? Reconciliation()
        {
            // Only posts that carry a platform figure can be compared; the columns know at once whether any does.
            var data = _request.Data;
            if (_builder._reconciler is not { } reconciler || (!data.ArePostsStreamed && !data.PostColumns.HasPlatformFigures))
            {
                return null;
            }

            // Time zones are at most 26 hours apart: two days either side hold every post a platform may count in the history.
            var calendar = _builder.Calendar;
            var first = _history[0].Start;
            var last = _period.End;

            // Local days compared as instants: the posts of a range of days are those between the instants of its ends.
            var window = calendar.ToInterval(ReportingPeriod.Custom(first.PlusDays(-2), last.PlusDays(2)));
            bool IsNear(SocialPost post) => window.Contains(post.PublishedAt);
            if (data.ArePostsStreamed && !data.ReadPosts().Any(post => IsNear(post) && post.PlatformFigures.Count > 0))
            {
                return null;
            }

            var near = data.ReadPosts().Where(IsNear).ToList();
            if (!near.Exists(post => post.PlatformFigures.Count > 0))
            {
                return null;
            }

            var reconciliation = Analyze("Problem.Component.PlatformReconciliation", () =>
            {
                var history = calendar.ToInterval(ReportingPeriod.Custom(first, last));
                var inHistory = near.Where(post => history.Contains(post.PublishedAt));
                var posts = reconciler.Reconcile(inHistory, []);
                var periods = reconciler.Reconcile(near, _history);
                return new PlatformReconciliation(
                    posts.RecordDisagreements, periods.Periods, posts.FiguresCompared, posts.FiguresAgreeing, posts.PostsWithoutPlatformFigures);
            });
            return reconciliation is { FiguresCompared: 0, Periods.Count: 0 } ? null : reconciliation;
        }

        private T? Analyze<T>(string componentName, Func<T> analysis)
            where T : class
        {
            _cancellation.ThrowIfCancellationRequested();
            try
            {
                return analysis();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _problems.Add(DashboardProblem.Of(
                    new LocalizableText(componentName),
                    new LocalizableText("Problem.AnalysisFailed", exception.GetType().Name, exception.Message)));
                return null;
            }
        }
    }
}
