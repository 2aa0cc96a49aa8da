using KpiToolkit.Activity;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Activity;

public class SocialPostTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThemAndTrimsTheId()
    {
        var counters = new PostCounters { Reach = 100 };

        var post = new SocialPost("  ig-1  ", Channel.Instagram, At(2026, 3, 5), PostFormat.Reel, isPaid: true, counters);

        post.Id.Should().Be("ig-1");
        post.Channel.Should().Be(Channel.Instagram);
        post.PublishedAt.Should().Be(At(2026, 3, 5));
        post.Format.Should().Be(PostFormat.Reel);
        post.IsPaid.Should().BeTrue();
        post.Counters.Should().BeSameAs(counters);
    }

    [Fact]
    public void Constructor_Defaults_AreOtherFormatOrganicAndNoCounters()
    {
        var post = new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5));

        post.Format.Should().Be(PostFormat.Other);
        post.IsPaid.Should().BeFalse();
        post.Counters.Should().BeSameAs(PostCounters.None);
        post.Counters.Reach.Should().BeNull("an unreported counter is null, not 0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankId_ThrowsNamingId(string id)
    {
        var act = () => new SocialPost(id, Channel.Instagram, At(2026, 3, 5));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "id")
            .WithMessage("*id must not be empty or whitespace*");
    }

    [Fact]
    public void Constructor_NullId_ThrowsArgumentNullNamingId()
    {
        var act = () => new SocialPost(null!, Channel.Instagram, At(2026, 3, 5));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannel()
    {
        var act = () => new SocialPost("ig-1", default, At(2026, 3, 5));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "channel")
            .WithMessage("*channel must not be the empty*");
    }

    [Fact]
    public void Constructor_UndefinedFormat_ThrowsNamingFormat()
    {
        var act = () => new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5), (PostFormat)42);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "format")
            .WithMessage("*not a defined PostFormat value*");
    }

    [Fact]
    public void Equality_SameValues_AreEqual_AnyDifference_IsNot()
    {
        var counters = new PostCounters { Reach = 100 };
        var post = new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5), PostFormat.Photo, false, counters);

        post.Should().Be(new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5), PostFormat.Photo, false, new PostCounters { Reach = 100 }));
        post.Should().NotBe(new SocialPost("ig-2", Channel.Instagram, At(2026, 3, 5), PostFormat.Photo, false, counters));
        post.Should().NotBe(new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5), PostFormat.Photo, false, new PostCounters { Reach = 101 }));
    }

    [Fact]
    public void ToString_NamesChannelIdAndInstant()
    {
        var post = new SocialPost("ig-1", Channel.Instagram, At(2026, 3, 5, 9, 30));

        post.ToString().Should().Be("Instagram post ig-1 at 2026-03-05T09:30:00Z");
    }
}
