using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

/// <summary>A post of several images or videos to swipe is a format of its own, no longer counted as a photo.</summary>
public class PostFormatCarouselTests
{
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 2, 12, 0);

    [Fact]
    public void Carousel_IsAFormatOfItsOwn_AfterTheEarlierOnes()
    {
        // Added last, so the values stored or sent before it (Other = 7) keep their numbers.
        Enum.IsDefined(PostFormat.Carousel).Should().BeTrue();
        ((int)PostFormat.Other).Should().Be(7);
        ((int)PostFormat.Carousel).Should().Be(8);
        PostFormat.Carousel.Should().NotBe(PostFormat.Photo);
        Enum.Parse<PostFormat>("carousel", ignoreCase: true).Should().Be(PostFormat.Carousel);
    }

    [Fact]
    public void Post_KeepsItsCarouselFormat()
    {
        var post = new SocialPost("ig-9", Channel.Instagram, Noon, PostFormat.Carousel);

        post.Format.Should().Be(PostFormat.Carousel);
    }

    [Fact]
    public void Columns_KeepTheCarouselFormat_BesideOthers()
    {
        SocialPost[] posts =
        [
            new("ig-1", Channel.Instagram, Noon, PostFormat.Carousel),
            new("ig-2", Channel.Instagram, Noon + Duration.FromHours(1), PostFormat.Photo),
            new("ig-3", Channel.Instagram, Noon + Duration.FromHours(2), PostFormat.Carousel),
        ];

        var back = PostColumns.From(posts).ToPosts();

        back.Select(p => p.Format).Should().Equal(PostFormat.Carousel, PostFormat.Photo, PostFormat.Carousel);
        back.Should().Equal(posts);
    }

    [Fact]
    public void Builder_WritesACarouselPost()
    {
        var columns = new PostColumnsBuilder().Add(Noon, Channel.LinkedIn, "li-1", PostFormat.Carousel).Build();

        columns.ToPosts().Single().Format.Should().Be(PostFormat.Carousel);
    }
}
