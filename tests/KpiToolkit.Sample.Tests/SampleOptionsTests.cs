using KpiToolkit.Time;

namespace KpiToolkit.Sample.Tests;

public sealed class SampleOptionsTests
{
    [Theory]
    [InlineData("quarter", "0000-Q1", "0")]
    [InlineData("week", "-001-W01", "-1")]
    [InlineData("week", "0000-W01", "0")]
    [InlineData("month", "0000-06", "0")]
    [InlineData("quarter", "9999-Q4", "9999")] // the toolkit's periods end in 9998, a year before NodaTime's calendar
    [InlineData("month", "9999-12", "9999")]
    public void Parse_PeriodOfAYearOutsideOneTo9998_IsRefusedWithTheYear(string cadence, string period, string year)
    {
        var parse = () => SampleOptions.Parse(["--cadence", cadence, "--period", period]);

        parse.Should().Throw<ArgumentException>()
            .WithMessage($"--period '{period}' is in the year {year}; use a year from 1 to 9998.");
    }

    [Theory]
    [InlineData("quarter", "0001-Q1")]
    [InlineData("quarter", "9998-Q4")]
    [InlineData("week", "0001-W01")]
    [InlineData("week", "2026-W24")]
    [InlineData("month", "0001-01")]
    [InlineData("month", "9998-12")]
    public void Parse_PeriodOfAYearFromOneTo9998_IsAccepted(string cadence, string period)
    {
        var options = SampleOptions.Parse(["--cadence", cadence, "--period", period]);

        options.Period!.Label.Should().Be(period);
    }

    [Fact]
    public void Parse_PeriodOfTheWrongShape_StillSaysWhatIsExpected()
    {
        var parse = () => SampleOptions.Parse(["--cadence", "quarter", "--period", "2026-06"]);

        parse.Should().Throw<ArgumentException>().WithMessage("--period '2026-06' is not a quarter like 2026-Q2.");
    }

    [Fact]
    public void Parse_Period_IsReadInTheCadence()
    {
        SampleOptions.Parse(["--period", "2026-Q2", "--cadence", "quarter"]).Period.Should().Be(ReportingPeriod.Quarter(2026, 2));
    }
}
