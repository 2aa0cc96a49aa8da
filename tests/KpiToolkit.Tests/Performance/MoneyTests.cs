using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Performance;

public class MoneyTests
{
    [Fact]
    public void Money_EqualityContract_AmountAndCurrencyDecide()
    {
        // 1.50m equals 1.5m (decimal scale does not matter) and "eur" is stored as "EUR".
        EqualityContract.Check(
            new Money(1.5m, "EUR"),
            new Money(1.50m, "eur"),
            new Money(1.5m, "USD"),
            new Money(1.6m, "EUR"),
            new Money(-1.5m, "EUR"),
            default);
    }

    [Theory]
    [InlineData("eur", "EUR")]
    [InlineData("Usd", "USD")]
    [InlineData("JPY", "JPY")]
    public void Constructor_Currency_IsUpperCased(string given, string expected)
    {
        var money = new Money(10m, given);

        money.Currency.Should().Be(expected);
        money.Amount.Should().Be(10m);
        money.IsDefault.Should().BeFalse();
    }

    [Theory]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    [InlineData("E R")]
    public void Constructor_InvalidCurrency_ThrowsNamingCurrency(string currency)
    {
        var act = () => new Money(1m, currency);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("currency")
            .WithMessage($"currency must be an ISO 4217 code of three letters*but was '{currency}'*");
    }

    [Fact]
    public void Constructor_NullCurrency_ThrowsNamingCurrency()
    {
        var act = () => new Money(1m, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("currency");
    }

    [Fact]
    public void Add_SameCurrency_AddsAmounts()
    {
        // 10.25 + 2.50 = 12.75
        (new Money(10.25m, "EUR") + new Money(2.50m, "eur")).Should().Be(new Money(12.75m, "EUR"));
        Money.Add(new Money(10.25m, "EUR"), new Money(2.50m, "EUR")).Should().Be(new Money(12.75m, "EUR"));
    }

    [Fact]
    public void Subtract_SameCurrency_SubtractsAmountsAndMayGoNegative()
    {
        // 10.25 − 2.50 = 7.75; 2.50 − 10.25 = −7.75
        (new Money(10.25m, "EUR") - new Money(2.50m, "EUR")).Should().Be(new Money(7.75m, "EUR"));
        Money.Subtract(new Money(2.50m, "EUR"), new Money(10.25m, "EUR")).Should().Be(new Money(-7.75m, "EUR"));
    }

    [Fact]
    public void Multiply_ByFactor_KeepsCurrency()
    {
        // 2.50 × 3 = 7.50
        (new Money(2.50m, "USD") * 3m).Should().Be(new Money(7.5m, "USD"));
        Money.Multiply(new Money(2.50m, "USD"), 3m).Should().Be(new Money(7.5m, "USD"));
    }

    [Fact]
    public void Compare_SameCurrency_ComparesAmounts()
    {
        var one = new Money(1m, "EUR");
        var two = new Money(2m, "EUR");

        (one < two).Should().BeTrue();
        (two > one).Should().BeTrue();
        (one <= new Money(1.00m, "EUR")).Should().BeTrue();
        (one >= two).Should().BeFalse();
        one.CompareTo(two).Should().BeNegative();
        two.CompareTo(one).Should().BePositive();
        one.CompareTo(new Money(1.0m, "EUR")).Should().Be(0);
    }

    public static TheoryData<string, Func<Money, Money, object>> MixedOperations() => new()
    {
        { "add", (a, b) => a + b },
        { "subtract", (a, b) => a - b },
        { "compare", (a, b) => a.CompareTo(b) },
        { "compare", (a, b) => a < b },
        { "compare", (a, b) => a > b },
        { "compare", (a, b) => a <= b },
        { "compare", (a, b) => a >= b },
        { "add", (a, b) => Money.Add(a, b) },
        { "subtract", (a, b) => Money.Subtract(a, b) },
    };

    [Theory]
    [MemberData(nameof(MixedOperations))]
    public void Operation_EurAndUsd_ThrowsCurrencyMismatchNamingBoth(string operation, Func<Money, Money, object> act)
    {
        var eur = new Money(10m, "EUR");
        var usd = new Money(10m, "USD");

        var thrown = FluentActions.Invoking(() => act(eur, usd)).Should().Throw<CurrencyMismatchException>()
            .WithMessage($"Cannot {operation} amounts in EUR and USD*").Which;
        thrown.LeftCurrency.Should().Be("EUR");
        thrown.RightCurrency.Should().Be("USD");
    }

    [Fact]
    public void FromMicros_OneAndAHalfMillion_IsOneAndAHalf()
    {
        // 1,500,000 micros / 1,000,000 = 1.5
        var money = Money.FromMicros(1_500_000, "eur");

        money.Should().Be(new Money(1.5m, "EUR"));
        money.ToMicros().Should().Be(1_500_000);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-2_750_001L)]
    [InlineData(123_456_789_012L)]
    public void ToMicros_AfterFromMicros_RoundTrips(long micros)
    {
        Money.FromMicros(micros, "USD").ToMicros().Should().Be(micros);
    }

    [Fact]
    public void ToMicros_Amount_IsAmountTimesAMillion()
    {
        // 12.34 × 1,000,000 = 12,340,000
        new Money(12.34m, "EUR").ToMicros().Should().Be(12_340_000);
    }

    [Fact]
    public void Default_HasNoCurrency()
    {
        Money money = default;

        money.IsDefault.Should().BeTrue();
        money.Currency.Should().BeEmpty();
    }

    public static TheoryData<Func<Money, object>> OperationsWithDefault() => new()
    {
        m => m + new Money(1m, "EUR"),
        m => new Money(1m, "EUR") + m,
        m => m - new Money(1m, "EUR"),
        m => m * 2m,
        m => m.CompareTo(new Money(1m, "EUR")),
        m => new Money(1m, "EUR") < m,
    };

    [Theory]
    [MemberData(nameof(OperationsWithDefault))]
    public void Operation_WithDefault_IsRefused(Func<Money, object> act)
    {
        FluentActions.Invoking(() => act(default)).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("A default Money has no currency*");
    }

    [Fact]
    public void ToString_UnderFrenchCulture_IsInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            new Money(1234.5m, "EUR").ToString().Should().Be("1234.50 EUR");
            new Money(-0.125m, "usd").ToString().Should().Be("-0.125 USD");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void CurrencyMismatchException_Constructors_KeepTheirMessage()
    {
        new CurrencyMismatchException().Message.Should().Contain("different currencies");
        new CurrencyMismatchException("custom").Message.Should().Be("custom");
        var inner = new InvalidOperationException("inner");
        new CurrencyMismatchException("outer", inner).InnerException.Should().BeSameAs(inner);
        new CurrencyMismatchException("outer").LeftCurrency.Should().BeNull();
    }
}
