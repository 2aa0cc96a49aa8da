using System.Reflection;

namespace KpiToolkit.Tests.Support;

/// <summary>Checks the whole equality contract of a type in one call, so every value type is held to the same rules.</summary>
internal static class EqualityContract
{
    public static void Check<T>(T value, T equal, params T[] different)
        where T : notnull, IEquatable<T>
    {
        object boxed = value;
        value.Equals(equal).Should().BeTrue("IEquatable<T>.Equals must hold for equal values");
        value.Equals((object?)equal).Should().BeTrue("Equals(object) must hold for equal values");
        equal.Equals(value).Should().BeTrue("equality must be symmetric");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values must hash alike");
        Equals(boxed, null).Should().BeFalse("no value equals null");
        Equals(boxed, new object()).Should().BeFalse("no value equals an object of another type");
        var hasOperators = typeof(T).GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]) is not null;
        if (hasOperators)
        {
            Operator("op_Equality", value, equal).Should().BeTrue("== must hold for equal values");
            Operator("op_Inequality", value, equal).Should().BeFalse("!= must not hold for equal values");
        }

        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} must differ from {other}");
            value.Equals((object?)other).Should().BeFalse($"{value} must differ from {other} through Equals(object)");
            if (hasOperators)
            {
                Operator("op_Equality", value, other).Should().BeFalse($"== must not hold for {value} and {other}");
                Operator("op_Inequality", value, other).Should().BeTrue($"!= must hold for {value} and {other}");
            }
        }
    }

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])!;
        return (bool)method.Invoke(null, [left, right])!;
    }
}
