using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>Random actions in one currency: every value is finite and none depends on the order of the actions.</summary>
public partial class ActionRatioCalculatorTests
{
    private static readonly ActionRatioCalculator[] AllActionCalculators =
    [
        new RoiCalculator(),
        new RoasCalculator(),
        new CostPerAcquisitionCalculator(),
        new CostPerClickCalculator(),
        new CostPerMilleCalculator(),
        new CostPerEngagementCalculator(),
        new ClickThroughRateCalculator(),
        new ClickConversionRateCalculator(),
    ];

    /// <summary>One random case: the actions and the same actions in another order.</summary>
    public sealed record ActionCase(ActionResult[] Actions, ActionResult[] Shuffled)
    {
        public override string ToString() =>
            string.Join("; ", Actions.Select(a => $"{a.Name} {a.Channel} cost {a.Cost} gain {a.Gain?.ToString() ?? "?"} imp {a.Impressions?.ToString() ?? "?"} " +
                $"clk {a.Clicks?.ToString() ?? "?"} eng {a.Engagements?.ToString() ?? "?"} conv {a.Conversions?.ToString() ?? "?"}"));
    }

    /// <summary>A count: often 0, often not reported, sometimes huge.</summary>
    private static Gen<long?> Counts() =>
        Gen.Frequency(
            (2, Gen.Constant<long?>(null)),
            (2, Gen.Constant<long?>(0)),
            (5, Gen.Choose(1, 100_000).Select(i => (long?)i)),
            (1, Gen.Elements<long?>(1L, long.MaxValue / 4, 1_000_000_000_000L)));

    /// <summary>An amount in cents: often 0, sometimes large.</summary>
    private static Gen<decimal> Amounts() =>
        Gen.Frequency(
            (2, Gen.Constant(0m)),
            (6, Gen.Choose(1, 10_000_000).Select(cents => cents / 100m)),
            (1, Gen.Elements(0.01m, 1_000_000_000m, 123_456_789.99m)));

    private static Gen<ActionCase> ActionCases()
    {
        var action =
            from cost in Amounts()
            from gain in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, Amounts().Select(a => (decimal?)a)))
            from channel in Gen.Elements(Channel.Instagram, Channel.Facebook, Channel.LinkedIn)
            from impressions in Counts()
            from clicks in Counts()
            from engagements in Counts()
            from conversions in Counts()
            select (cost, gain, channel, impressions, clicks, engagements, conversions);

        return
            from specs in Gen.ArrayOf(action)
            let actions = specs
                .Select((s, i) => Action($"action {i}", s.cost, s.gain, "EUR", s.channel, null, s.impressions, s.clicks, s.engagements, s.conversions))
                .ToArray()
            from shuffled in Gen.Shuffle(actions)
            select new ActionCase(actions, shuffled);
    }

    [Fact]
    public void AllActionCalculators_RandomActions_ValuesAreFiniteAndIndependentOfOrder()
    {
        Prop.ForAll(ActionCases().ToArbitrary(), c =>
        {
            foreach (var calculator in AllActionCalculators)
            {
                var result = calculator.Calculate(c.Actions, March);
                var reordered = calculator.Calculate(c.Shuffled, March);
                var byChannel = calculator.CalculateByChannel(c.Actions, March);
                var byChannelReordered = calculator.CalculateByChannel(c.Shuffled, March);
                var byAction = calculator.CalculateByAction(c.Actions, March);

                IEnumerable<KpiResult> all = [result, reordered, .. byChannel, .. byChannelReordered, .. byAction.Select(a => a.Result)];
                foreach (var r in all)
                {
                    if (r.Value is { } value)
                    {
                        double.IsFinite(value).Should().BeTrue($"{calculator.Indicator.Key} gave {value}");
                        r.UnavailableReason.Should().BeNull();
                    }
                    else
                    {
                        r.UnavailableReason.Should().NotBeNull();
                    }
                }

                reordered.Should().Be(result, $"{calculator.Indicator.Key} must not depend on the order of the actions");
                byChannelReordered.Should().Equal(byChannel, $"{calculator.Indicator.Key} by channel must not depend on the order of the actions");
                byAction.Select(a => a.Action).Should().Equal(c.Actions.Select(a => a.Name));
            }
        }).QuickCheckThrowOnFailure();
    }
}
