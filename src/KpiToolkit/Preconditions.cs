using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace KpiToolkit;

/// <summary>
/// The one place where arguments are checked, so every type reports a bad argument the same way:
/// an <see cref="ArgumentException"/> that names the parameter and says what was wrong.
/// </summary>
internal static class Preconditions
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or whitespace.", name);
        }

        return value;
    }

    /// <summary>Returns null for null, the trimmed text otherwise, and refuses text that is only whitespace.</summary>
    public static string? OptionalText(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must be null or non-blank text, but was whitespace.", name);
        }

        return value.Trim();
    }

    /// <summary>Refuses the empty (default) channel where null means every channel.</summary>
    public static Channel? OptionalChannel(Channel? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is { IsEmpty: true })
        {
            throw new ArgumentException($"{name} must be null or a named channel, not the empty (default) channel.", name);
        }

        return value;
    }

    /// <summary>Refuses a null item of a sequence, naming the sequence and the item's index.</summary>
    /// <summary>Throws when an item of a sequence is null; the message is built only then, so it costs nothing per item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Item<T>([NotNull] T? item, string name)
        where T : class
    {
        if (item is null)
        {
            ThrowNullItem(name);
        }

        return item;
    }

    public static T Item<T>([NotNull] T? item, int index, string name)
        where T : class
    {
        if (item is null)
        {
            throw new ArgumentException($"{name} must not contain null, but {name}[{index}] is null.", name);
        }

        return item;
    }

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number, but was {value}."));
        }

        return value;
    }

    public static double? Finite(double? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is { } v ? Finite(v, name) : null;

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be greater than zero, but was {value}."));
        }

        return value;
    }

    public static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be greater than zero, but was {value}."));
        }

        return value;
    }

    public static long NonNegative(long value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must not be negative, but was {value}.")) : value;

    public static long? NonNegative(long? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must not be negative, but was {value}."));
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is not a defined {typeof(T).Name} value.");
        }

        return value;
    }

    public static LocalDate IsoDate(LocalDate value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{name} must use the ISO calendar, but used {value.Calendar.Id}.", name);
        }

        return value;
    }

    public static void Check([DoesNotReturnIf(false)] bool condition, string message, string parameterName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>
    /// The same check, for a message written as an interpolated string: the message is formatted only when the check
    /// fails, so a check on a hot path (a counter read for every post) allocates nothing.
    /// </summary>
    public static void Check(
        [DoesNotReturnIf(false)] bool condition,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message,
        string parameterName)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), parameterName);
        }
    }

    /// <summary>An interpolated message that is formatted only when its check fails.</summary>
    [InterpolatedStringHandler]
    public ref struct FailureMessage
    {
        private DefaultInterpolatedStringHandler _text;

        public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        }

        public void AppendLiteral(string value) => _text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    [DoesNotReturn]
    private static void ThrowNullItem(string name) => throw new ArgumentException($"{name} must not contain null.", name);
}
