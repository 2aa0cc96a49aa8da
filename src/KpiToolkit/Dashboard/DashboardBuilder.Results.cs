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

/// <content>How a run computes the results of its rows: all periods of a calculator in one pass where it can, one period at a time when a batch fails.</content>
public sealed partial class DashboardBuilder
{
    /// <content>How a run computes the results of its rows: all periods of a calculator in one pass where it can, one period at a time when a batch fails.</content>
    private sealed partial class DashboardRun
    {
        /// <summary>The results of some periods, from the cache or computed together: a calculator reads the data once for all of them.</summary>
        private ReadOnlyCollection<KpiResult> Results(IndicatorKey key, Channel? channel, IReadOnlyList<ReportingPeriod> periods)
        {
            var missing = periods.Where(period => !_results.ContainsKey((key, channel, period))).Distinct().ToList();
            if (missing.Count > 1 && !_measured.ContainsKey((key, channel)) && _builder._registry.TryGet(key, out var calculator))
            {
                ComputeTogether(calculator, key, channel, missing);
            }

            return periods.Select(period => Result(key, channel, period)).ToList().AsReadOnly();
        }

        /// <summary>
        /// Asks the calculator for several periods at once and caches the results it got right. When the call throws,
        /// nothing is cached, so each period is computed alone and only the periods that fail are marked failed.
        /// </summary>
        private void ComputeTogether(IKpiCalculator calculator, IndicatorKey key, Channel? channel, List<ReportingPeriod> periods)
        {
            IReadOnlyList<KpiResult?>? results;
            try
            {
                results = calculator.CalculateMany(_request.Data, periods, channel);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return;
            }

            if (results is null || results.Count != periods.Count)
            {
                var failure = results is null
                    ? new LocalizableText("Problem.Failure.NoList", periods.Count)
                    : new LocalizableText("Problem.Failure.WrongCount", results.Count, periods.Count);
                foreach (var period in periods)
                {
                    _results[(key, channel, period)] = Fail(calculator, key, channel, failure, period);
                }

                return;
            }

            for (var i = 0; i < periods.Count; i++)
            {
                _results[(key, channel, periods[i])] = Invalid(results[i], key, periods[i]) is { } failure
                    ? Fail(calculator, key, channel, failure, periods[i])
                    : results[i]!;
            }
        }

        private KpiResult Result(IndicatorKey key, Channel? channel, ReportingPeriod period)
        {
            if (_results.TryGetValue((key, channel, period), out var cached))
            {
                return cached;
            }

            var result = Compute(key, channel, period);
            _results[(key, channel, period)] = result;
            return result;
        }

        private KpiResult Compute(IndicatorKey key, Channel? channel, ReportingPeriod period)
        {
            if (_measured.TryGetValue((key, channel), out var series))
            {
                var unit = DefinitionOf(key).Unit;
                var method = $"measured: {SourceOf(series)}";
                return series.TryGet(period, out var measurement)
                    ? KpiResult.Available(key, unit, period, channel, measurement.Value, new KpiInputs(null, null, 1), method)
                    : KpiResult.Unavailable(key, unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), method);
            }

            if (!_builder._registry.TryGet(key, out var calculator))
            {
                return KpiResult.Unavailable(key, DefinitionOf(key).Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), "not measured");
            }

            LocalizableText? failure;
            try
            {
                var result = calculator.Calculate(_request.Data, period, channel);
                failure = Invalid(result, key, period);
                if (failure is null)
                {
                    return result;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure = new LocalizableText("Problem.Failure.Threw", exception.GetType().Name, exception.Message);
            }

            return Fail(calculator, key, channel, failure, period);
        }

        /// <summary>Reports a calculator's failure once per indicator and channel, and returns the failed result of a period.</summary>
        private KpiResult Fail(IKpiCalculator calculator, IndicatorKey key, Channel? channel, LocalizableText failure, ReportingPeriod period)
        {
            var name = calculator.GetType().Name;
            if (_failures.TryAdd((key, channel), new LocalizableText("Problem.CalculatorFailure", name, failure)))
            {
                _problems.Add(DashboardProblem.Of(
                    name,
                    channel is { } c
                        ? new LocalizableText("Problem.ComputingForChannel", key.ToString(), c.Name, failure)
                        : new LocalizableText("Problem.Computing", key.ToString(), failure)));
            }

            return KpiResult.Unavailable(key, calculator.Indicator.Unit, period, channel, KpiUnavailableReason.CalculationFailed, new KpiInputs(null, null, 0), $"{name} failed");
        }

        /// <summary>Says why a host calculator's result cannot be used, or null when it can.</summary>
        private static LocalizableText? Invalid(KpiResult? result, IndicatorKey key, ReportingPeriod period)
        {
            if (result is null)
            {
                return new LocalizableText("Problem.Failure.NoResult");
            }

            if (result.Indicator != key || result.Period != period)
            {
                return new LocalizableText("Problem.Failure.WrongResult", result.Indicator.ToString(), result.Period.ToString(), key.ToString(), period.ToString());
            }

            return result.Value is { } value && Math.Abs(value) > Measurement.MaximumMagnitude
                ? new LocalizableText("Problem.Failure.TooLarge", value, Measurement.MaximumMagnitude)
                : null;
        }
    }
}
