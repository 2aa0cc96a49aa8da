using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Sample;

/// <summary>Prints the return on investment of last month's actions, the channel comparison and the e-mail rates.</summary>
internal sealed class PerformanceWriter(TextWriter output, ReportingCalendar calendar, RoiRankingAnalyzer ranking, ChannelComparisonAnalyzer comparison)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public void Write(ActivityData data, ReportingPeriod month)
    {
        output.WriteLine($"Return on investment, {month}");
        var roi = ranking.Rank(data.Actions, month);
        foreach (var action in roi.Ranked)
        {
            output.WriteLine(
                $"  {action.Rank}. {action.Name,-36} {action.Channel.Name,-10} cost {action.Cost.Amount,8:N0} {action.Cost.Currency}  {action.GainKind.ToString().ToLowerInvariant(),-7} {action.Gain.Amount,8:N0}  ROI {action.Roi.ToString("+0%;-0%", Culture),6}  -> {action.Recommendation}");
        }

        foreach (var action in roi.NotRankable)
        {
            output.WriteLine($"  -  {action.Name,-36} {action.Channel.Name,-10} not rankable: {action.Reason}");
        }

        var total = new RoiCalculator().Calculate(data.Actions, month);
        var ctr = new ClickThroughRateCalculator().Calculate(data.Actions, month);
        var cpc = new CostPerClickCalculator().Calculate(data.Actions, month);
        output.WriteLine(
            $"All actions: ROI {total.Value?.ToString("P1", Culture)} ({total.Inputs.RecordsSkipped} without a known gain left out), " +
            $"click-through rate {ctr.Value?.ToString("P2", Culture)}, cost per click {cpc.Value?.ToString("0.00", Culture)} {cpc.Currency}.");
        output.WriteLine();

        output.WriteLine($"Channels, {month}");
        var channels = comparison.Compare(data, month);
        output.WriteLine($"  {"Channel",-10}{"Sessions",10}{"Visitors",10}{"Ad clicks",11}{"Conversion",12}");
        foreach (var row in channels.Rows)
        {
            output.WriteLine(
                $"  {row.Channel.Name,-10}{row.Sessions,10:N0}{row.Visitors,10:N0}{(row.Clicks is { } c ? c.ToString("N0", Culture) : "-"),11}{row.ConversionRate.Value?.ToString("P2", Culture) ?? "n/a",12}");
        }

        output.WriteLine($"  To develop for conversion: {channels.ForConversion?.Reason ?? "no channel has enough sessions"}");
        output.WriteLine($"  To develop for visibility: {channels.ForVisibility?.Reason ?? "no traffic"}");
        output.WriteLine();

        var sentInMonth = data.EmailCampaigns.Count(c => month.Contains(calendar.ToLocalDate(c.SentAt)));
        output.WriteLine($"E-mail, {month} ({sentInMonth} campaigns sent)");
        var pooled = new EmailRateOptions();
        var averaged = new EmailRateOptions { Aggregation = Aggregation.MeanOfRatios };
        var withoutMachines = new EmailRateOptions { ExcludeMachineOpens = true };
        Func<EmailRateOptions, EmailRateCalculator>[] rates =
        [
            o => new EmailDeliveryRateCalculator(o, calendar), o => new EmailOpenRateCalculator(o, calendar),
            o => new EmailClickRateCalculator(o, calendar), o => new EmailClickToOpenRateCalculator(o, calendar),
            o => new EmailBounceRateCalculator(o, calendar), o => new EmailUnsubscribeRateCalculator(o, calendar),
        ];
        foreach (var create in rates)
        {
            var rate = create(pooled);
            output.WriteLine(
                $"  {rate.Indicator.Name,-28}{rate.Calculate(data.EmailCampaigns, month).Value?.ToString("P2", Culture),9} pooled, " +
                $"{create(averaged).Calculate(data.EmailCampaigns, month).Value?.ToString("P2", Culture),7} averaged over campaigns");
        }

        var realOpens = new EmailOpenRateCalculator(withoutMachines, calendar).Calculate(data.EmailCampaigns, month);
        output.WriteLine($"  Open rate without machine opens (Apple Mail Privacy Protection): {realOpens.Value?.ToString("P2", Culture) ?? $"n/a ({realOpens.UnavailableReason})"}.");
        output.WriteLine();
    }
}
