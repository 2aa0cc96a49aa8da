using KpiToolkit.Activity;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.EarnedMedia;

public class SubjectTests
{
    [Fact]
    public void Subject_DefaultIsTheCompany()
    {
        Subject subject = default;

        subject.Should().Be(Subject.Company);
        subject.IsCompany.Should().BeTrue();
        subject.Name.Should().Be("company");
        subject.ToString().Should().Be("company");
    }

    [Fact]
    public void Competitor_TrimsAndKeepsSpelling()
    {
        var subject = Subject.Competitor("  Le Creuset ");

        subject.IsCompany.Should().BeFalse();
        subject.Name.Should().Be("Le Creuset");
        subject.ToString().Should().Be("Le Creuset");
    }

    [Fact]
    public void Competitor_EqualsIgnoringCaseButKeepsItsOwnSpelling()
    {
        var upper = Subject.Competitor("LE CREUSET");
        var mixed = Subject.Competitor("Le Creuset");

        (upper == mixed).Should().BeTrue();
        upper.Name.Should().Be("LE CREUSET");
        mixed.Name.Should().Be("Le Creuset");
    }

    [Fact]
    public void Subject_HonoursTheEqualityContract()
    {
        EqualityContract.Check(
            Subject.Competitor("Le Creuset"),
            Subject.Competitor("le creuset"),
            Subject.Company,
            Subject.Competitor("Staub"),
            Subject.Competitor("company"));
        EqualityContract.Check(Subject.Company, default, Subject.Competitor("Staub"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Competitor_BlankName_Throws(string name)
    {
        var act = () => Subject.Competitor(name);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "name")
            .WithMessage("*name must not be empty or whitespace*");
    }

    [Fact]
    public void Competitor_NullName_Throws()
    {
        var act = () => Subject.Competitor(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void TryCompetitor_TellsValidFromBlank()
    {
        Subject.TryCompetitor(" Staub ", out var staub).Should().BeTrue();
        staub.Name.Should().Be("Staub");

        Subject.TryCompetitor("  ", out var blank).Should().BeFalse();
        blank.Should().Be(Subject.Company);
        Subject.TryCompetitor(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Ordering_PutsTheCompanyFirstThenCompetitorsByNameIgnoringCase()
    {
        Subject[] subjects = [Subject.Competitor("staub"), Subject.Competitor("Mauviel"), Subject.Company, Subject.Competitor("Le Creuset")];

        var sorted = subjects.Order().Select(s => s.Name);

        // Ignoring case: le creuset < mauviel < staub (ordinal would put "staub" after every capital).
        sorted.Should().Equal("company", "Le Creuset", "Mauviel", "staub");
    }

    [Fact]
    public void Operators_CompareLikeCompareTo()
    {
        var company = Subject.Company;
        var staub = Subject.Competitor("Staub");

        (company < staub).Should().BeTrue();
        (staub > company).Should().BeTrue();
        (company <= Subject.Company).Should().BeTrue();
        (staub >= Subject.Competitor("STAUB")).Should().BeTrue();
        (staub != company).Should().BeTrue();
        staub.CompareTo(Subject.Competitor("staub")).Should().Be(0);
    }
}
