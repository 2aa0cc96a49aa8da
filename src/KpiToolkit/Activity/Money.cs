using System.Globalization;

namespace KpiToolkit.Activity;

/// <summary>
/// An amount of money in one currency: a <see cref="decimal"/> and an ISO 4217 code such as <c>EUR</c>.
/// Adding, subtracting or comparing amounts of different currencies throws a
/// <see cref="CurrencyMismatchException"/>: there is no implicit conversion.
/// </summary>
/// <remarks>The default value has no currency and is refused by every operation; <see cref="IsDefault"/> tells it.</remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private const decimal MicrosPerUnit = 1_000_000m;
    private readonly string? _currency;

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount; may be negative (a loss, a refund).</param>
    /// <param name="currency">The ISO 4217 code: three letters, turned into upper case.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Preconditions.Check(
            currency.Length == 3 && currency.All(char.IsAsciiLetter),
            $"currency must be an ISO 4217 code of three letters, such as EUR, but was '{currency}'.",
            nameof(currency));
        Amount = amount;
        _currency = currency.ToUpperInvariant();
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the ISO 4217 currency code, in upper case; empty for the default value.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <summary>Gets whether this is the default value, which has no currency.</summary>
    public bool IsDefault => _currency is null;

    /// <summary>Creates an amount from micros (millionths of the unit), as some ad platforms report spend.</summary>
    /// <param name="micros">The amount in micros: 1,500,000 micros are 1.5.</param>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not a three-letter code.</exception>
    public static Money FromMicros(long micros, string currency) => new(micros / MicrosPerUnit, currency);

    /// <summary>Gets zero in a currency.</summary>
    /// <param name="currency">The ISO 4217 code.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Returns the amount in micros.</summary>
    /// <returns>The amount × 1,000,000.</returns>
    /// <exception cref="OverflowException">The amount in micros does not fit in a <see cref="long"/>.</exception>
    public long ToMicros() => decimal.ToInt64(decimal.Round(Amount * MicrosPerUnit));

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right, "add"));

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right, "subtract"));

    /// <summary>Multiplies an amount by a number.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, in the same currency.</returns>
    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, CheckNotDefault(money));

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a number.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(_currency, other._currency, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, _currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Returns the amount and the code with invariant numbers, such as <c>1234.50 EUR</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00##} {Currency}");

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when amount and currency are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when amount or currency differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static string SameCurrency(Money left, Money right, string operation)
    {
        CheckNotDefault(left);
        CheckNotDefault(right);
        return left._currency == right._currency
            ? left._currency!
            : throw new CurrencyMismatchException(left.Currency, right.Currency, operation);
    }

    private static string CheckNotDefault(Money money) =>
        money._currency ?? throw new InvalidOperationException("A default Money has no currency; create amounts with new Money(amount, currency).");
}

/// <summary>Thrown when amounts of different currencies meet in one operation: KpiToolkit never converts silently.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public CurrencyMismatchException()
        : base("Amounts of different currencies cannot be combined.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for two currencies.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <param name="operation">What was attempted, such as <c>add</c>.</param>
    public CurrencyMismatchException(string left, string right, string operation)
        : base($"Cannot {operation} amounts in {left} and {right}: convert them to one currency first; KpiToolkit never converts implicitly.")
    {
        LeftCurrency = left;
        RightCurrency = right;
    }

    /// <summary>Gets the first currency, when known.</summary>
    public string? LeftCurrency { get; }

    /// <summary>Gets the second currency, when known.</summary>
    public string? RightCurrency { get; }
}
