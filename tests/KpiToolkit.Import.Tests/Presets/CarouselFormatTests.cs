using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>The exports that name a carousel read it as <see cref="PostFormat.Carousel"/>, not as a photo.</summary>
public class CarouselFormatTests
{
    [Theory]
    [InlineData("Carousel", PostFormat.Carousel)]
    [InlineData("carousel", PostFormat.Carousel)]
    [InlineData("Album", PostFormat.Photo)]
    [InlineData("Image", PostFormat.Photo)]
    public void DefaultFormatNames_ReadACarouselAsACarousel(string name, PostFormat expected)
    {
        SocialPostMap.DefaultFormatNames[name].Should().Be(expected);
    }

    [Fact]
    public void A_post_export_with_a_carousel_row_reads_it_as_a_carousel()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "published", ChannelColumn = "network", Format = "type" };
        var csv = "id,published,network,type\n" +
                  "p1,2026-01-05T09:00:00Z,Facebook,Carousel\n" +
                  "p2,2026-01-06T09:00:00Z,Facebook,Album\n";

        var result = new CsvImporter<SocialPost>(map).Import(new StringReader(csv));

        result.Records.Select(p => p.Format).Should().Equal(PostFormat.Carousel, PostFormat.Photo);
    }
}
