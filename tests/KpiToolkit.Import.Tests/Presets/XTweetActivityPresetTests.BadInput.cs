using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <content>The X export preset given malformed figures, a missing column, and other line ends.</content>
public partial class XTweetActivityPresetTests
{
    [Fact]
    public void Import_MalformedNumber_RejectsTheRowNamingColumnAndValue()
    {
        var rejected = ImportAll().Rejected.Should().ContainSingle().Subject;

        rejected.LineNumber.Should().Be(7);
        rejected.Record.Should().BeNull();
        var error = rejected.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(7);
        error.Column.Should().Be("impressions");
        error.Message.Should().Contain("'12x3.0'").And.Contain("not a number");
    }

    [Fact]
    public void Import_MalformedRate_IsReportedOnce()
    {
        // The rate is read beside the post and into it; its problem is one error, not two.
        const string Csv = """
            Tweet id,time,impressions,engagements,engagement rate,retweets,replies,likes
            1,2022-01-02 10:00 +0000,100.0,3.0,3%x,1.0,1.0,1.0
            """;

        var result = ImportPresets.XTweetActivity().Import(new StringReader(Csv));

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 2, column 'engagement rate': '3%x' is not a number or a percentage in the invariant culture");
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        // "promoted likes" stays in the header; the organic "likes" is gone.
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "likes");

        var act = () => ImportPresets.XTweetActivity().Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'likes' missing from the header on line 1.*")
            .Where(e => e.Column == "likes" && e.LineNumber == 1);
    }

    [Fact]
    public void Import_StreamWithLfLineEnds_GivesTheSameRows()
    {
        var fromFile = ImportAll();
        using var stream = ExportFile.WithLfLineEnds(FixtureName);

        var fromStream = ImportPresets.XTweetActivity().Import(stream);

        fromStream.Records.Should().Equal(fromFile.Records);
        fromStream.Accepted.Select(r => r.LineNumber).Should().Equal(fromFile.Accepted.Select(r => r.LineNumber));
        fromStream.Accepted.Select(r => r.PlatformFigures).Should().BeEquivalentTo(fromFile.Accepted.Select(r => r.PlatformFigures));
        fromStream.Errors.Should().Equal(fromFile.Errors);
        fromStream.Skipped.Should().BeEmpty();
    }
}
