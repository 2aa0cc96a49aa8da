using KpiToolkit.Calculators;

namespace KpiToolkit.Tests.EarnedMedia;

public class MovingMaximumTests
{
    [Fact]
    public void Maximum_IsTheLargestOfTheLastValues()
    {
        // Capacity 3: 5 | 5 1 | 5 1 3 | 1 3 2 | 3 2 4 | 2 4 0 | 4 0 0 | 0 0 0.
        var maximum = new MovingMaximum(3);
        var seen = new List<double>();
        maximum.Maximum.Should().Be(double.NegativeInfinity);
        foreach (var value in new double[] { 5, 1, 3, 2, 4, 0, 0, 0 })
        {
            maximum.Add(value);
            seen.Add(maximum.Maximum);
        }

        seen.Should().Equal(5, 5, 5, 3, 4, 4, 4, 0);
    }

    [Fact]
    public void Maximum_EqualsAScanOfTheWindow_OnARandomSeries()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 500).Select(_ => Math.Round(random.NextDouble() * 20)).ToArray();
        var maximum = new MovingMaximum(17);
        for (var i = 0; i < values.Length; i++)
        {
            maximum.Add(values[i]);

            maximum.Maximum.Should().Be(values.Skip(Math.Max(0, i - 16)).Take(Math.Min(i + 1, 17)).Max());
        }
    }
}
