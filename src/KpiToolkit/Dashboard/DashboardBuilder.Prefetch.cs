using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <content>How a run computes its calculated results up front: one read of the posts and one of the mentions for every built-in calculator.</content>
public sealed partial class DashboardBuilder
{
    // From how many posts and mentions together a run reads the two on two threads: below, starting a thread costs more than it saves.
    private const int ParallelRecords = 100_000;

    /// <content>How a run computes its calculated results up front.</content>
    private sealed partial class DashboardRun
    {
        /// <summary>
        /// Computes up front every calculated result the rows and objectives will show, in as few passes as possible:
        /// for each channel scope, one pass over the posts and one over the mentions serve every built-in calculator
        /// that reads them; any other calculator gets one <see cref="IKpiCalculator.CalculateMany"/>. What fails here
        /// is left uncached and computed again, period by period, when a row asks for it.
        /// </summary>
        private void Prefetch(LocalDate asOf)
        {
            var needs = new Dictionary<(IndicatorKey Key, Channel? Channel), HashSet<ReportingPeriod>>();
            void Need(IndicatorKey key, Channel? channel, IEnumerable<ReportingPeriod> periods)
            {
                if (!_measured.ContainsKey((key, channel)) && _builder._registry.TryGet(key, out _))
                {
                    (needs.TryGetValue((key, channel), out var set) ? set : needs[(key, channel)] = []).UnionWith(periods);
                }
            }

            foreach (var objective in _request.Objectives.SelectMany(root => root.SelfAndDescendants()))
            {
                Need(objective.Indicator.Key, ChannelOf(objective), objective.Scope.Channels.Count > 1 ? _history : [.. _history, .. EvaluationPeriods(objective, asOf)]);
            }

            foreach (var (key, channel) in SelectedKpis())
            {
                Need(key, channel, _history);
            }

            // Every channel scope's post calculators share one read of the posts, and its mention calculators one read of the mentions.
            var postScopes = new List<(Channel? Channel, List<(IndicatorKey Key, IPostPass Calculator)> Calculators)>();
            var mentionScopes = new List<(Channel? Channel, List<(IndicatorKey Key, IMentionPass Calculator)> Calculators)>();
            var shared = new SortedSet<ReportingPeriod>();
            foreach (var scope in needs.GroupBy(need => need.Key.Channel))
            {
                var posts = new List<(IndicatorKey Key, IPostPass Calculator)>();
                var mentions = new List<(IndicatorKey Key, IMentionPass Calculator)>();
                foreach (var ((key, _), periods) in scope)
                {
                    var calculator = _builder._registry.Get(key);
                    if (calculator is IPostPass post && post.Calendar.Equals(_builder.Calendar))
                    {
                        posts.Add((key, post));
                        shared.UnionWith(periods);
                    }
                    else if (calculator is IMentionPass mention && mention.Calendar.Equals(_builder.Calendar))
                    {
                        mentions.Add((key, mention));
                        shared.UnionWith(periods);
                    }
                    else
                    {
                        ComputeTogether(calculator, key, scope.Key, [.. periods]);
                    }
                }

                postScopes.Add((scope.Key, posts));
                mentionScopes.Add((scope.Key, mentions));
            }

            // The posts and the mentions are read on two threads at once when they are many; each pass has its own lookup
            // and readers, and the results are written once both are done, so they are those of one thread. Streamed
            // records are read one source at a time, so a host's sources need not be safe to read from two threads.
            var data = _request.Data;
            var sharedPeriods = shared.ToArray();
            var postLookup = new PeriodLookup(sharedPeriods, _builder.Calendar);
            var mentionLookup = new PeriodLookup(sharedPeriods, _builder.Calendar);
            IReadOnlyList<(IndicatorKey, Channel?, ReportingPeriod, KpiResult)>? postResults = null, mentionResults = null;
            void ReadPosts() => postResults = Share(
                postScopes,
                postLookup,
                (calculator, channel) => calculator.Begin(data, postLookup, channel),
                scopes => !data.ArePostsStreamed && SharedPass.ReadColumns<SocialPost, PostColumns>(scopes.SelectMany(scope => scope.Readers))
                    ? SharedPass.OverPostColumns(data.PostColumns, postLookup, scopes, _cancellation)
                    : SharedPass.OverPosts(data, postLookup, scopes, _cancellation));
            void ReadMentions() => mentionResults = Share(
                mentionScopes,
                mentionLookup,
                (calculator, channel) => calculator.Begin(data, mentionLookup, channel),
                scopes => !data.AreMentionsStreamed && SharedPass.ReadColumns<Mention, MentionColumns>(scopes.SelectMany(scope => scope.Readers))
                    ? SharedPass.OverMentionColumns(data.MentionColumns, mentionLookup, scopes, _cancellation)
                    : SharedPass.OverMentions(data, mentionLookup, scopes, _cancellation));
            if (_builder._parallel && !data.ArePostsStreamed && !data.AreMentionsStreamed && data.PostColumns.Count + data.MentionColumns.Count >= ParallelRecords)
            {
                Parallel.Invoke(ReadPosts, ReadMentions);
            }
            else
            {
                ReadPosts();
                ReadMentions();
            }

            foreach (var (key, channel, period, result) in (postResults ?? []).Concat(mentionResults ?? []))
            {
                _results[(key, channel, period)] = result;
            }
        }

        /// <summary>
        /// Runs the readers of every scope over the records in one read (<paramref name="read"/>: over their columns when
        /// every reader can and the records are held, else over the rows). Returns the results, or null after a failure:
        /// nothing is cached then, and each calculator is asked again on its own, so the failure lands on the one that caused it.
        /// </summary>
        private static List<(IndicatorKey Key, Channel? Channel, ReportingPeriod Period, KpiResult Result)>? Share<TCalculator, TRecord>(
            List<(Channel? Channel, List<(IndicatorKey Key, TCalculator Calculator)> Calculators)> scopes,
            PeriodLookup lookup,
            Func<TCalculator, Channel?, PassReader<TRecord>> begin,
            Func<IReadOnlyList<(Channel? Channel, PassReader<TRecord>[] Readers)>, PassRead> read)
        {
            scopes = [.. scopes.Where(scope => scope.Calculators.Count > 0)];
            var found = new List<(IndicatorKey Key, Channel? Channel, ReportingPeriod Period, KpiResult Result)>();
            if (scopes.Count == 0)
            {
                return found;
            }

            try
            {
                var readers = scopes.Select(scope => (scope.Channel, Readers: scope.Calculators.Select(c => begin(c.Calculator, scope.Channel)).ToArray())).ToList();
                var (hasRecords, inputHasRecords) = read(readers);
                for (var s = 0; s < scopes.Count; s++)
                {
                    foreach (var ((key, _), reader) in scopes[s].Calculators.Zip(readers[s].Readers))
                    {
                        var results = reader.Results(hasRecords[s], inputHasRecords);
                        for (var i = 0; i < results.Count; i++)
                        {
                            found.Add((key, scopes[s].Channel, lookup.Periods[i], results[i]));
                        }
                    }
                }

                return found;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return null;
            }
        }

    }
}
