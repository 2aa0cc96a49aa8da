using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

public class PostCountersTests
{
    public static TheoryData<string> CounterNames => [.. PostCounter.BuiltInKinds.Select(c => c.Name)];

    [Fact]
    public void None_HasEveryCounterUnreported()
    {
        foreach (var counter in PostCounter.BuiltInKinds)
        {
            PostCounters.None.Get(counter).Should().BeNull($"{counter} is not reported");
            PostCounters.None.IsReported(counter).Should().BeFalse();
        }

        PostCounters.None.Count.Should().Be(0);
        PostCounters.None.ToString().Should().Be("no counters");
    }

    [Fact]
    public void BuiltInKinds_EachHasAPropertyOfItsName()
    {
        var properties = typeof(PostCounters).GetProperties().Where(p => p.PropertyType == typeof(long?)).Select(p => p.Name);

        properties.Should().BeEquivalentTo(PostCounter.BuiltInKinds.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(CounterNames))]
    public void Init_NegativeCounter_ThrowsNamingTheProperty(string name)
    {
        var act = () => Set(new PostCounters(), name, -1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == name)
            .WithMessage($"{name} must not be negative, but was -1.*");
    }

    [Theory]
    [MemberData(nameof(CounterNames))]
    public void Init_EveryCounter_IsReadBackByItsPropertyAndByGet_AndNoOtherChanges(string name)
    {
        PostCounter.TryFind(name, out var counter).Should().BeTrue();

        var counters = Set(new PostCounters { Impressions = 5 }, name, 42);

        counters.Get(counter).Should().Be(42);
        typeof(PostCounters).GetProperty(name)!.GetValue(counters).Should().Be(42L);
        foreach (var other in PostCounter.BuiltInKinds.Where(c => c != counter && c != PostCounter.Impressions))
        {
            counters.Get(other).Should().BeNull($"only {name} and impressions were set, not {other}");
        }
    }

    [Fact]
    public void Init_NegativeReach_ThrowsNamingReach()
    {
        var act = () => new PostCounters { Reach = -5 };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "Reach")
            .WithMessage("Reach must not be negative, but was -5.*");
    }

    [Fact]
    public void With_NegativeCounter_AlsoThrows()
    {
        var counters = new PostCounters { Comments = 3 };

        var act = () => counters with { Comments = -3 };

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "Comments")
            .WithMessage("Comments must not be negative*");
    }

    [Fact]
    public void With_ValidCounter_ChangesOnlyThatCounter()
    {
        var counters = new PostCounters { Comments = 3, Reach = 100 };

        var changed = counters with { Comments = 0 };

        changed.Comments.Should().Be(0);
        changed.Reach.Should().Be(100);
        counters.Comments.Should().Be(3, "the original is immutable");
    }

    [Fact]
    public void WithExpression_SettingNull_UnreportsTheCounter_AndLeavesTheOriginal()
    {
        var counters = new PostCounters { Comments = 3, Reach = 100, Shares = 7 };

        var changed = counters with { Reach = null };

        changed.Reach.Should().BeNull();
        changed.Comments.Should().Be(3);
        changed.Shares.Should().Be(7);
        changed.Count.Should().Be(2);
        counters.Reach.Should().Be(100);
    }

    [Fact]
    public void WithMethod_SetsReplacesAndRemoves_AnyKind()
    {
        var signups = PostCounter.Define("counters test signups");
        var counters = new PostCounters { Reactions = 1 };

        var added = counters.With(signups, 9).With(PostCounter.LinkClicks, 4);
        var replaced = added.With(PostCounter.LinkClicks, 6);
        var removed = replaced.With(PostCounter.Reactions, null);

        added.Get(signups).Should().Be(9);
        added.LinkClicks.Should().Be(4);
        replaced.LinkClicks.Should().Be(6);
        removed.Reactions.Should().BeNull();
        removed.Reported.Should().Equal(
            new KeyValuePair<PostCounter, long>(PostCounter.LinkClicks, 6),
            new KeyValuePair<PostCounter, long>(signups, 9));
        counters.Count.Should().Be(1, "With returns a copy");
    }

    [Fact]
    public void WithMethod_Negative_ThrowsNamingValueAndTheKind()
    {
        var act = () => PostCounters.None.With(PostCounter.Quotes, -2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "value")
            .WithMessage("Quotes must not be negative, but was -2.*");
    }

    [Fact]
    public void Of_KeepsReportedValuesInKindOrder_AndLeavesNullsUnreported()
    {
        var counters = PostCounters.Of((PostCounter.Shares, 2), (PostCounter.Impressions, 100), (PostCounter.Saves, null), (PostCounter.Reactions, 0));

        counters.Reported.Should().Equal(
            new KeyValuePair<PostCounter, long>(PostCounter.Impressions, 100),
            new KeyValuePair<PostCounter, long>(PostCounter.Reactions, 0),
            new KeyValuePair<PostCounter, long>(PostCounter.Shares, 2));
        counters.Saves.Should().BeNull();
        counters.Should().Be(new PostCounters { Impressions = 100, Reactions = 0, Shares = 2 });
        counters.ToString().Should().Be("Impressions = 100, Reactions = 0, Shares = 2");
    }

    [Fact]
    public void Of_SameKindTwice_ThrowsNamingCounters()
    {
        var act = () => PostCounters.Of((PostCounter.Shares, 2), (PostCounter.Shares, 3));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "counters").WithMessage("counters names Shares twice*");
    }

    [Fact]
    public void Of_Negative_ThrowsNamingTheKind()
    {
        var act = () => PostCounters.Of((PostCounter.HashtagClicks, -1));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "counters").WithMessage("HashtagClicks must not be negative*");
    }

    [Fact]
    public void Init_ZeroAndNull_AreAcceptedAndKeptApart()
    {
        var counters = new PostCounters { Reach = 0, Impressions = null };

        counters.Reach.Should().Be(0);
        counters.Impressions.Should().BeNull();
        counters.IsReported(PostCounter.Reach).Should().BeTrue();
        counters.IsReported(PostCounter.Impressions).Should().BeFalse();
    }

    [Fact]
    public void Get_HugeCounts_AreKeptExactly()
    {
        var counters = new PostCounters { SubscribersLost = long.MaxValue, Impressions = long.MaxValue - 1 };

        counters.SubscribersLost.Should().Be(long.MaxValue);
        counters.Impressions.Should().Be(long.MaxValue - 1);
    }

    [Fact]
    public void Get_EmptyCounter_ThrowsNamingCounter()
    {
        var act = () => PostCounters.None.Get(default);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "counter")
            .WithMessage("counter must not be the empty (default) post counter*");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new PostCounters { Reach = 10, Shares = 0 }.Should().Be(new PostCounters { Reach = 10, Shares = 0 });
        new PostCounters { Reach = 10, Shares = 0 }.GetHashCode().Should().Be(new PostCounters { Shares = 0, Reach = 10 }.GetHashCode());
        new PostCounters { Reach = 10, Shares = 0 }.Should().NotBe(new PostCounters { Reach = 10 }, "0 shares is not unreported shares");
        new PostCounters { Reach = 10 }.Should().NotBe(new PostCounters { Impressions = 10 });
    }

    private static PostCounters Set(PostCounters counters, string name, long value)
    {
        // A 'with' copy, then the init accessor of the property, as an object initializer would call it.
        var copy = counters with { };
        try
        {
            typeof(PostCounters).GetProperty(name)!.SetValue(copy, value);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }

        return copy;
    }
}
