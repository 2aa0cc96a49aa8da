using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

public class PostCountersTests
{
    public static TheoryData<string> CounterNames => new()
    {
        nameof(PostCounters.Impressions), nameof(PostCounters.Reach), nameof(PostCounters.Reactions), nameof(PostCounters.Comments),
        nameof(PostCounters.Shares), nameof(PostCounters.Saves), nameof(PostCounters.Clicks), nameof(PostCounters.VideoViews),
    };

    [Fact]
    public void None_HasEveryCounterUnreported()
    {
        foreach (var counter in Enum.GetValues<PostCounter>())
        {
            PostCounters.None.Get(counter).Should().BeNull($"{counter} is not reported");
        }
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
    public void Init_ZeroAndNull_AreAcceptedAndKeptApart()
    {
        var counters = new PostCounters { Reach = 0, Impressions = null };

        counters.Reach.Should().Be(0);
        counters.Impressions.Should().BeNull();
    }

    [Fact]
    public void Get_EveryCounter_ReturnsItsOwnValue()
    {
        var counters = new PostCounters
        {
            Impressions = 1, Reach = 2, Reactions = 3, Comments = 4, Shares = 5, Saves = 6, Clicks = 7, VideoViews = 8,
        };

        counters.Get(PostCounter.Impressions).Should().Be(1);
        counters.Get(PostCounter.Reach).Should().Be(2);
        counters.Get(PostCounter.Reactions).Should().Be(3);
        counters.Get(PostCounter.Comments).Should().Be(4);
        counters.Get(PostCounter.Shares).Should().Be(5);
        counters.Get(PostCounter.Saves).Should().Be(6);
        counters.Get(PostCounter.Clicks).Should().Be(7);
        counters.Get(PostCounter.VideoViews).Should().Be(8);
    }

    [Fact]
    public void Get_UndefinedCounter_ThrowsNamingCounter()
    {
        var act = () => PostCounters.None.Get((PostCounter)99);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "counter")
            .WithMessage("*not a defined PostCounter value*");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new PostCounters { Reach = 10, Shares = 0 }.Should().Be(new PostCounters { Reach = 10, Shares = 0 });
        new PostCounters { Reach = 10, Shares = 0 }.Should().NotBe(new PostCounters { Reach = 10 }, "0 shares is not unreported shares");
    }

    private static PostCounters Set(PostCounters counters, string name, long value) => name switch
    {
        nameof(PostCounters.Impressions) => counters with { Impressions = value },
        nameof(PostCounters.Reach) => counters with { Reach = value },
        nameof(PostCounters.Reactions) => counters with { Reactions = value },
        nameof(PostCounters.Comments) => counters with { Comments = value },
        nameof(PostCounters.Shares) => counters with { Shares = value },
        nameof(PostCounters.Saves) => counters with { Saves = value },
        nameof(PostCounters.Clicks) => counters with { Clicks = value },
        nameof(PostCounters.VideoViews) => counters with { VideoViews = value },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown counter"),
    };
}
