using KpiToolkit.Activity;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Activity;

public class ActivityDataTests
{
    [Fact]
    public void Constructor_KeepsPostsAndIndexesTheAudience()
    {
        var posts = new List<SocialPost> { Engaged("a", At(2026, 3, 2), 10, 100), Engaged("b", At(2026, 3, 3), 20, 200) };

        var data = new ActivityData(posts, [Snapshot(Instagram, At(2026, 3, 1), 1_000)]);

        data.Posts.Select(p => p.Id).Should().Equal("a", "b");
        data.Audience.Count.Should().Be(1);
        data.Audience.AtOrBefore(Instagram, At(2026, 3, 2))!.Followers.Should().Be(1_000);
    }

    [Fact]
    public void Constructor_CopiesThePosts()
    {
        var posts = new List<SocialPost> { Engaged("a", At(2026, 3, 2), 10, 100) };
        var data = new ActivityData(posts);

        posts.Add(Engaged("b", At(2026, 3, 3), 20, 200));

        data.Posts.Should().HaveCount(1);
    }

    [Fact]
    public void Constructor_Nulls_GiveNoActivity()
    {
        var data = new ActivityData();

        data.Posts.Should().BeEmpty();
        data.Audience.Should().BeSameAs(AudienceHistory.Empty);
        ActivityData.Empty.Posts.Should().BeEmpty();
        ActivityData.Empty.Audience.Count.Should().Be(0);
    }

    [Fact]
    public void Constructor_NullPost_ThrowsNamingPosts()
    {
        var act = () => new ActivityData([Engaged("a", At(2026, 3, 2), 10, 100), null!]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "posts")
            .WithMessage("*posts must not contain null*");
    }

    [Fact]
    public void Constructor_ConflictingSnapshots_Throw()
    {
        var act = () => new ActivityData(null, [Snapshot(Instagram, At(2026, 3, 1), 1), Snapshot(Instagram, At(2026, 3, 1), 2)]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "snapshots")
            .WithMessage("Two different audience snapshots*");
    }
}
