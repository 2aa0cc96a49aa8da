using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.PublicApi.Probes;
using KpiToolkit.Tests.Shared;

namespace KpiToolkit.Tests.PublicApi;

/// <summary>
/// The writer behind the public API snapshots, held to text written by hand for small types of its own, so that a
/// snapshot cannot pass because the writer left something out (or wrote nothing at all).
/// </summary>
public sealed class PublicApiSnapshotTests
{
    [Fact]
    public void Write_AClass_GivesEveryVisibleMemberWithNullabilityDefaultsAndModifiers()
    {
        var text = PublicApiSnapshot.Write([typeof(Probe<>)]);

        text.Should().Be("""
            namespace KpiToolkit.Tests.PublicApi.Probes
              public abstract class Probe<T> : IFormattable where T : class
                public const string Separator = ", "
                public static readonly IReadOnlyList<string?> NoNames
                protected Probe(string name)
                public IReadOnlyDictionary<string, T?>? Cache { get; init; }
                public int? Limit { get; protected set; }
                public string Name { get; }
                public event EventHandler<T>? Changed
                [Obsolete("Use Find.")] public virtual void Count(ref int count, in Instant at)
                public string? Find(IReadOnlyList<string?> names, int start = 0, string separator = ", ", Channel? channel = null, PostFormat format = PostFormat.Reel, params T[] extra)
                protected abstract (int Count, string? Label) Summary()
                public override string ToString()
                public string ToString(string? format, IFormatProvider? formatProvider)
                public abstract bool TryGet(string key, [NotNullWhen(true)] out T? value)
                public static bool operator >(Probe<T> left, Probe<T> right)
                public static bool operator <(Probe<T> left, Probe<T> right)

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_Interfaces_MarksStaticAbstractAndDefaultMembersAndVariance()
    {
        var text = PublicApiSnapshot.Write([typeof(IProducer<>), typeof(IMergeable<>)]);

        text.Should().Be("""
            namespace KpiToolkit.Tests.PublicApi.Probes
              public interface IMergeable<TSelf> where TSelf : IMergeable<TSelf>
                public int Count { get; }
                public virtual IEnumerable<int> Counts()
                public static abstract TSelf Merge(TSelf first, TSelf second)
              public interface IProducer<out T> where T : notnull
                public T Produce()

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_EnumsRecordsAndExtensions_GivesValuesSynthesizedMembersAndThis()
    {
        var text = PublicApiSnapshot.Write([typeof(ProbeExtensions), typeof(Reading), typeof(Point), typeof(Days)]);

        text.Should().Be("""
            namespace KpiToolkit.Tests.PublicApi.Probes
              [Flags] public enum Days : byte
                None = 0
                Monday = 1
                Tuesday = 2
                Weekdays = 3
                Friday = 16
              public readonly record struct Point : IEquatable<Point>
                public Point(int X, int Y)
                public int X { get; init; }
                public int Y { get; init; }
                public void Deconstruct(out int X, out int Y)
                public bool Equals(Point other)
                public override bool Equals(object obj)
                public override int GetHashCode()
                public override string ToString()
                public static bool operator ==(Point left, Point right)
                public static bool operator !=(Point left, Point right)
              public static class ProbeExtensions
                public static string Describe(this Reading reading, Days days = Days.Monday | Days.Friday)
              public sealed record Reading : IEquatable<Reading>
                public Reading(string Name, double? Value)
                public string Name { get; init; }
                public double? Value { get; init; }
                public void Deconstruct(out string Name, out double? Value)
                public bool Equals(Reading? other)
                public override bool Equals(object? obj)
                public override int GetHashCode()
                public override string ToString()
                public static bool operator ==(Reading? left, Reading? right)
                public static bool operator !=(Reading? left, Reading? right)

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_TheLibrary_NamesItsPackageAndItsTypes()
    {
        var text = PublicApiSnapshot.Write(typeof(KpiResult).Assembly);

        text.Should().StartWith("# Public API of KpiToolkit:");
        text.Should().Contain("\nnamespace KpiToolkit.Calculators\n");
        text.Should().Contain("\n  public sealed class EngagementRateCalculator : ");
        text.Should().Contain("\n    public static string RenderToString(this IDashboardRenderer renderer, KpiDashboard dashboard, DashboardRenderOptions? options = null)\n");
        text.Split('\n').Length.Should().BeGreaterThan(1_000);
        text.Should().NotContain("internal").And.NotContain("private");
    }

    [Fact]
    public void Diff_ShowsTheRemovedAndAddedLinesUnderTheirNamespaceAndType()
    {
        string[] expected =
        [
            "namespace N",
            "  public sealed class A",
            "    public A()",
            "    public void Run(int count)",
            "  public sealed class B",
            "    public B()",
        ];
        string[] actual =
        [
            "namespace N",
            "  public sealed class A",
            "    public A()",
            "    public void Run(int count, bool dryRun = false)",
            "  public sealed class B",
            "    public B()",
            "    public int Size { get; }",
        ];

        var diff = PublicApiSnapshot.Diff(expected, actual);

        diff.Should().Be("""
            2 line(s) added (+), 1 removed (-):
              namespace N
                public sealed class A
            -     public void Run(int count)
            +     public void Run(int count, bool dryRun = false)
                public sealed class B
            +     public int Size { get; }

            """.ReplaceLineEndings("\n"));
    }
}
