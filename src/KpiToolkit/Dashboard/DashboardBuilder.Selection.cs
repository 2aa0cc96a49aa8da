using KpiToolkit.Indicators;
using KpiToolkit.Measurements;

namespace KpiToolkit.Dashboard;

/// <content>The checks of a request and the KPIs it selects.</content>
public sealed partial class DashboardBuilder
{
    /// <content>The checks of a request and the KPIs it selects.</content>
    private sealed partial class DashboardRun
    {
        private void IndexMeasuredSeries()
        {
            Preconditions.NotNull(_request.Measurements, "request.Measurements");
            foreach (var series in _request.Measurements)
            {
                Preconditions.Check(series is not null, "request.Measurements must not contain null.", "request");
                Preconditions.Check(
                    series.Cadence is null || series.Cadence == _period.Cadence,
                    $"The measured series of '{series.Indicator}' has the cadence {series.Cadence}, but the dashboard's period {_period} is {_period.Cadence}.",
                    "request");
                Preconditions.Check(
                    _measured.TryAdd((series.Indicator, series.Channel), series),
                    $"Two measured series are given for '{series.Indicator}' ({series.Channel?.Name ?? "all channels"}); give one per indicator and channel.",
                    "request");
            }
        }

        private void CheckSelection()
        {
            Preconditions.NotNull(_request.Objectives, "request.Objectives");
            Preconditions.Check(_request.Objectives.All(objective => objective is not null), "request.Objectives must not contain null.", "request");
            Preconditions.NotNull(_request.Data, "request.Data");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var objective in _request.Objectives.SelectMany(root => root.SelfAndDescendants()))
            {
                Preconditions.Check(
                    ids.Add(objective.Id),
                    $"The id '{objective.Id}' is used by two objectives of the request; a dashboard refers to objectives by id, so ids must be unique across all trees.",
                    "request");
                _objectiveIndicators.TryAdd(objective.Indicator.Key, objective.Indicator);
            }

            foreach (var key in _request.Indicators ?? [])
            {
                Preconditions.Check(
                    _builder._registry.TryGet(key, out _) || _measured.ContainsKey((key, null)),
                    $"The selected indicator '{key}' is computed by no registered calculator and measured by no series for all channels. " +
                    $"Registered: {string.Join(", ", _builder._registry.Calculators.Select(c => c.Indicator.Key))}.",
                    "request");
            }

            foreach (var series in _measured.Values)
            {
                Preconditions.Check(
                    _objectiveIndicators.ContainsKey(series.Indicator) || _builder._catalog.Contains(series.Indicator) || _builder._registry.TryGet(series.Indicator, out _),
                    $"The measured series of '{series.Indicator}' has an indicator that is neither in the catalog nor an objective's; register its definition so the dashboard knows its name and unit.",
                    "request");
            }
        }

        private IEnumerable<(IndicatorKey Key, Channel? Channel)> SelectedKpis()
        {
            var selected = _request.Indicators ?? _builder._registry.Calculators.Select(calculator => calculator.Indicator.Key).ToList();
            foreach (var key in selected)
            {
                yield return (key, null);
            }

            foreach (var series in _measured.Values)
            {
                yield return (series.Indicator, series.Channel);
            }
        }
    }
}
