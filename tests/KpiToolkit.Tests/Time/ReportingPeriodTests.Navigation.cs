using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingPeriodTests
{
    [Fact]
    public void Previous_IsoWeek1_IsWeek53OfPreviousWeekYear()
    {
        var previous = ReportingPeriod.IsoWeek(2027, 1).Previous();

        previous.Should().Be(ReportingPeriod.IsoWeek(2026, 53));
        previous.Start.Should().Be(new LocalDate(2026, 12, 28));
    }

    [Fact]
    public void Next_IsoWeek53_IsWeek1OfNextWeekYear()
    {
        var next = ReportingPeriod.IsoWeek(2026, 53).Next();

        next.Start.Should().Be(new LocalDate(2027, 1, 4));
        next.End.Should().Be(new LocalDate(2027, 1, 10));
        next.Label.Should().Be("2027-W01");
    }

    [Fact]
    public void Next_IsoWeek52Of2025_IsWeek1Of2026()
    {
        ReportingPeriod.IsoWeek(2025, 52).Next().Label.Should().Be("2026-W01");
    }

    [Fact]
    public void PreviousAndNext_SundayWeek_StaySundayWeeks()
    {
        var week = ReportingPeriod.Week(new LocalDate(2026, 3, 1));

        week.Previous().Should().Be(ReportingPeriod.Week(new LocalDate(2026, 2, 22)));
        week.Next().Should().Be(ReportingPeriod.Week(new LocalDate(2026, 3, 8)));
        week.Next().Label.Should().Be("2026-03-08/2026-03-14");
    }

    [Fact]
    public void Previous_January_IsDecemberOfPreviousYear()
    {
        var previous = ReportingPeriod.Month(2026, 1).Previous();

        previous.Should().Be(ReportingPeriod.Month(2025, 12));
        previous.Label.Should().Be("2025-12");
        previous.End.Should().Be(new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void Next_December_IsJanuaryOfNextYear()
    {
        ReportingPeriod.Month(2026, 12).Next().Label.Should().Be("2027-01");
    }

    [Fact]
    public void Next_January_IsFebruaryWithItsOwnLength()
    {
        var next = ReportingPeriod.Month(2026, 1).Next();

        next.Start.Should().Be(new LocalDate(2026, 2, 1));
        next.End.Should().Be(new LocalDate(2026, 2, 28));
    }

    [Fact]
    public void Previous_March_IsFebruaryOfLeapYear()
    {
        var previous = ReportingPeriod.Month(2024, 3).Previous();

        previous.End.Should().Be(new LocalDate(2024, 2, 29));
        previous.Label.Should().Be("2024-02");
    }

    [Fact]
    public void Previous_Q1_IsQ4OfPreviousYear()
    {
        var previous = ReportingPeriod.Quarter(2026, 1).Previous();

        previous.Should().Be(ReportingPeriod.Quarter(2025, 4));
        previous.Label.Should().Be("2025-Q4");
        previous.Start.Should().Be(new LocalDate(2025, 10, 1));
    }

    [Fact]
    public void Next_Q4_IsQ1OfNextYear()
    {
        var next = ReportingPeriod.Quarter(2026, 4).Next();

        next.Label.Should().Be("2027-Q1");
        next.Start.Should().Be(new LocalDate(2027, 1, 1));
        next.End.Should().Be(new LocalDate(2027, 3, 31));
    }

    [Fact]
    public void PreviousAndNext_Q2_AreQ1AndQ3()
    {
        var quarter = ReportingPeriod.Quarter(2026, 2);

        quarter.Previous().Label.Should().Be("2026-Q1");
        quarter.Next().Label.Should().Be("2026-Q3");
    }

    [Fact]
    public void PreviousAndNext_Year_AreTheAdjacentYears()
    {
        var year = ReportingPeriod.Year(2026);

        year.Previous().Should().Be(ReportingPeriod.Year(2025));
        year.Next().Should().Be(ReportingPeriod.Year(2027));
        year.Next().Label.Should().Be("2027");
    }

    [Fact]
    public void Previous_CustomOfTenDays_IsTheTenDaysBefore()
    {
        var campaign = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10));

        var previous = campaign.Previous();

        previous.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 2, 19), new LocalDate(2026, 2, 28)));
        previous.LengthInDays.Should().Be(10);
        previous.Cadence.Should().Be(Cadence.Custom);
    }

    [Fact]
    public void Next_CustomOfTenDays_IsTheTenDaysAfter()
    {
        var campaign = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10));

        var next = campaign.Next();

        next.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 20)));
        next.Label.Should().Be("2026-03-11/2026-03-20");
    }

    [Fact]
    public void Next_CustomAcrossYearEnd_KeepsLength()
    {
        var period = ReportingPeriod.Custom(new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 31));

        period.Next().Should().Be(ReportingPeriod.Custom(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 7)));
    }

    [Theory]
    [InlineData(2026, 3, 1, true)]
    [InlineData(2026, 3, 15, true)]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2026, 2, 28, false)]
    [InlineData(2026, 4, 1, false)]
    [InlineData(2025, 3, 15, false)]
    public void Contains_Month_IncludesBothEndsOnly(int year, int month, int day, bool expected)
    {
        ReportingPeriod.Month(2026, 3).Contains(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Theory]
    [InlineData(2026, 12, 27, false)]
    [InlineData(2026, 12, 28, true)]
    [InlineData(2027, 1, 3, true)]
    [InlineData(2027, 1, 4, false)]
    public void Contains_IsoWeek53_IncludesItsSevenDays(int year, int month, int day, bool expected)
    {
        ReportingPeriod.IsoWeek(2026, 53).Contains(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void CompareTo_OrdersByStartThenEndThenCadence()
    {
        var february = ReportingPeriod.Month(2026, 2);
        var march = ReportingPeriod.Month(2026, 3);
        var firstHalfOfMarch = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 15));
        var customMarch = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var q1 = ReportingPeriod.Quarter(2026, 1);

        february.CompareTo(march).Should().BeNegative();
        march.CompareTo(february).Should().BePositive();
        firstHalfOfMarch.CompareTo(march).Should().BeNegative("same start, earlier end");
        march.CompareTo(customMarch).Should().BeNegative("same days, Month sorts before Custom");
        customMarch.CompareTo(march).Should().BePositive();
        q1.CompareTo(february).Should().BeNegative("Q1 starts on 1 January");
        march.CompareTo(ReportingPeriod.Month(2026, 3)).Should().Be(0);
    }

    [Fact]
    public void CompareTo_Null_SortsNullFirst()
    {
        ReportingPeriod.Month(2026, 3).CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void Sort_MixedOrder_SortsChronologically()
    {
        var periods = new List<ReportingPeriod>
        {
            ReportingPeriod.Month(2026, 3),
            ReportingPeriod.Month(2025, 12),
            ReportingPeriod.Month(2026, 1),
        };

        periods.Sort();

        periods.Select(p => p.Label).Should().Equal("2025-12", "2026-01", "2026-03");
    }

    [Fact]
    public void Operators_CompareLikeCompareTo()
    {
        var february = ReportingPeriod.Month(2026, 2);
        var march = ReportingPeriod.Month(2026, 3);
        var otherMarch = ReportingPeriod.Month(2026, 3);

        (february < march).Should().BeTrue();
        (march < february).Should().BeFalse();
        (march > february).Should().BeTrue();
        (february > march).Should().BeFalse();
        (march <= otherMarch).Should().BeTrue();
        (march >= otherMarch).Should().BeTrue();
        (march < otherMarch).Should().BeFalse();
        (march > otherMarch).Should().BeFalse();
        (february >= march).Should().BeFalse();
        (march <= february).Should().BeFalse();
    }

    [Fact]
    public void Operators_Null_SortsBeforeAnyPeriod()
    {
        var march = ReportingPeriod.Month(2026, 3);
        ReportingPeriod? none = null;
        ReportingPeriod? otherNone = null;

        (none < march).Should().BeTrue();
        (march > none).Should().BeTrue();
        (none <= otherNone).Should().BeTrue();
        (none >= march).Should().BeFalse();
        (none == null).Should().BeTrue();
        (march != none).Should().BeTrue();
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            ReportingPeriod.Month(2026, 3),
            ReportingPeriod.Month(2026, 3),
            ReportingPeriod.Month(2026, 4),
            ReportingPeriod.Month(2025, 3),
            ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)),
            ReportingPeriod.Quarter(2026, 1));
    }

    [Fact]
    public void Equality_WeekFromFactoriesWithSameDays_AreEqual()
    {
        EqualityContract.Check(
            ReportingPeriod.IsoWeek(2026, 10),
            ReportingPeriod.Week(new LocalDate(2026, 3, 2)),
            ReportingPeriod.Custom(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 8)),
            ReportingPeriod.Week(new LocalDate(2026, 3, 3)));
    }

    [Fact]
    public void Equals_CustomPeriodCoveringMarch_IsNotTheMonthOfMarch()
    {
        var custom = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var month = ReportingPeriod.Month(2026, 3);

        custom.Equals(month).Should().BeFalse();
        (custom == month).Should().BeFalse();
        custom.Interval.Equals(month.Interval).Should().BeTrue("they cover the same days");
    }
}
