using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Indicators;

public class IndicatorTests
{
    private static CultureInfo EnUs => CultureInfo.GetCultureInfo("en-US");

    private static CultureInfo FrFr => CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void Constructor_ValidArguments_SetsEveryProperty()
    {
        var indicator = new Indicator(
            new IndicatorKey("Saves-Rate"), "  Saves rate ", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
            IndicatorCategory.Engagement, MediaType.Owned, Cadence.Week, "  Saves / reach. ", 0, 1);

        indicator.Key.Value.Should().Be("saves-rate");
        indicator.Name.Should().Be("Saves rate");
        indicator.Unit.Should().Be(IndicatorUnit.Fraction);
        indicator.Polarity.Should().Be(Polarity.HigherIsBetter);
        indicator.Category.Should().Be(IndicatorCategory.Engagement);
        indicator.MediaType.Should().Be(MediaType.Owned);
        indicator.DefaultCadence.Should().Be(Cadence.Week);
        indicator.Description.Should().Be("Saves / reach.");
        indicator.MinimumValue.Should().Be(0);
        indicator.MaximumValue.Should().Be(1);
    }

    [Fact]
    public void Constructor_OptionalArgumentsOmitted_AreNull()
    {
        var indicator = Make();

        indicator.Description.Should().BeNull();
        indicator.MinimumValue.Should().BeNull();
        indicator.MaximumValue.Should().BeNull();
    }

    [Fact]
    public void Constructor_EmptyKey_ThrowsNamingKey()
    {
        var act = () => Make(key: default(IndicatorKey));

        act.Should().Throw<ArgumentException>()
            .WithMessage("key must not be the empty (default) indicator key.*")
            .Which.ParamName.Should().Be("key");
    }

    [Fact]
    public void Constructor_NullName_ThrowsNamingName()
    {
        var act = () => Make(name: null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsNamingName(string name)
    {
        var act = () => Make(name: name);

        act.Should().Throw<ArgumentException>()
            .WithMessage("name must not be empty or whitespace.*")
            .Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Constructor_WhitespaceDescription_ThrowsNamingDescription()
    {
        var act = () => Make(description: " \t ");

        act.Should().Throw<ArgumentException>()
            .WithMessage("description must be null or non-blank text, but was whitespace.*")
            .Which.ParamName.Should().Be("description");
    }

    [Fact]
    public void Constructor_MinimumAboveMaximum_ThrowsNamingMinimumValue()
    {
        var act = () => Make(minimumValue: 2, maximumValue: 1);

        act.Should().Throw<ArgumentException>()
            .WithMessage("minimumValue (2) must not be greater than maximumValue (1).*")
            .Which.ParamName.Should().Be("minimumValue");
    }

    [Fact]
    public void Constructor_MinimumEqualToMaximum_IsAccepted()
    {
        var indicator = Make(minimumValue: 1, maximumValue: 1);

        indicator.IsWithinBounds(1).Should().BeTrue();
        indicator.IsWithinBounds(1.0000001).Should().BeFalse();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NonFiniteMinimum_ThrowsNamingMinimumValue(double bound)
    {
        var act = () => Make(minimumValue: bound);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("minimumValue must be a finite number*")
            .Which.ParamName.Should().Be("minimumValue");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonFiniteMaximum_ThrowsNamingMaximumValue(double bound)
    {
        var act = () => Make(maximumValue: bound);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("maximumValue must be a finite number*")
            .Which.ParamName.Should().Be("maximumValue");
    }

    [Fact]
    public void Constructor_UndefinedUnit_ThrowsNamingUnit()
    {
        var act = () => Make(unit: (IndicatorUnit)99);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("unit is not a defined IndicatorUnit value.*")
            .Which.ParamName.Should().Be("unit");
    }

    [Fact]
    public void Constructor_UndefinedPolarity_ThrowsNamingPolarity()
    {
        var act = () => Make(polarity: (Polarity)2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("polarity is not a defined Polarity value.*")
            .Which.ParamName.Should().Be("polarity");
    }

    [Fact]
    public void Constructor_UndefinedCategory_ThrowsNamingCategory()
    {
        var act = () => Make(category: (IndicatorCategory)(-1));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("category is not a defined IndicatorCategory value.*")
            .Which.ParamName.Should().Be("category");
    }

    [Fact]
    public void Constructor_UndefinedMediaType_ThrowsNamingMediaType()
    {
        var act = () => Make(mediaType: (MediaType)3);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("mediaType is not a defined MediaType value.*")
            .Which.ParamName.Should().Be("mediaType");
    }

    [Fact]
    public void Constructor_UndefinedCadence_ThrowsNamingDefaultCadence()
    {
        var act = () => Make(defaultCadence: (Cadence)99);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("defaultCadence is not a defined Cadence value.*")
            .Which.ParamName.Should().Be("defaultCadence");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(0.5, true)]
    [InlineData(-0.0001, false)]
    [InlineData(1.0001, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    [InlineData(double.NegativeInfinity, false)]
    public void IsWithinBounds_ZeroToOne_IncludesBothBounds(double value, bool expected)
    {
        Make(minimumValue: 0, maximumValue: 1).IsWithinBounds(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(-1e300, true)]
    [InlineData(1e300, true)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void IsWithinBounds_NoBounds_AcceptsAnyFiniteValue(double value, bool expected)
    {
        Make().IsWithinBounds(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1e9, true)]
    [InlineData(-1, false)]
    public void IsWithinBounds_OnlyMinimum_HasNoUpperBound(double value, bool expected)
    {
        Make(minimumValue: 0).IsWithinBounds(value).Should().Be(expected);
    }

    [Fact]
    public void FormatValue_FractionInEnUs_IsPercentWithTwoDecimals()
    {
        Make(unit: IndicatorUnit.Fraction).FormatValue(0.0453, EnUs).Should().Be("4.53%");
    }

    [Fact]
    public void FormatValue_FractionInFrFr_IsPercentWithCommaAndSpace()
    {
        // .NET puts an ordinary space (U+0020) between the number and the percent sign in fr-FR,
        // not the no-break space (U+00A0) nor the narrow no-break space (U+202F) of French typography.
        var text = Make(unit: IndicatorUnit.Fraction).FormatValue(0.0453, FrFr);

        text.Should().Be("4,53\u0020%");
        text[4].Should().Be('\u0020');
    }

    [Fact]
    public void FormatValue_NegativeFractionInEnUs_HasMinusSign()
    {
        Make(unit: IndicatorUnit.Fraction).FormatValue(-0.05, EnUs).Should().Be("-5.00%");
    }

    [Fact]
    public void FormatValue_CountInEnUs_HasGroupSeparatorsAndNoDecimals()
    {
        Make(unit: IndicatorUnit.Count).FormatValue(1234567, EnUs).Should().Be("1,234,567");
    }

    [Fact]
    public void FormatValue_FractionalCount_IsRounded()
    {
        Make(unit: IndicatorUnit.Count).FormatValue(1234567.6, EnUs).Should().Be("1,234,568");
    }

    [Theory]
    [InlineData(IndicatorUnit.Money, 1234.5, "1,234.50")]
    [InlineData(IndicatorUnit.Ratio, 2.5, "2.50")]
    [InlineData(IndicatorUnit.PerPeriod, 3, "3.00")]
    public void FormatValue_OtherUnitsInEnUs_HaveTwoDecimals(IndicatorUnit unit, double value, string expected)
    {
        Make(unit: unit).FormatValue(value, EnUs).Should().Be(expected);
    }

    [Fact]
    public void FormatValue_NoProvider_UsesCurrentCulture()
    {
        var indicator = Make(unit: IndicatorUnit.Fraction);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = FrFr;
            indicator.FormatValue(0.0453).Should().Be("4,53 %");
            CultureInfo.CurrentCulture = EnUs;
            indicator.FormatValue(0.0453).Should().Be("4.53%");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            Make(minimumValue: 0, maximumValue: 1, description: "Saves / reach."),
            Make(minimumValue: 0, maximumValue: 1, description: " Saves / reach."),
            Make(key: new IndicatorKey("other-rate"), minimumValue: 0, maximumValue: 1, description: "Saves / reach."),
            Make(name: "Other", minimumValue: 0, maximumValue: 1, description: "Saves / reach."),
            Make(minimumValue: 0, maximumValue: 2, description: "Saves / reach."),
            Make(minimumValue: 0, description: "Saves / reach."),
            Make(minimumValue: 0, maximumValue: 1),
            Make(polarity: Polarity.LowerIsBetter, minimumValue: 0, maximumValue: 1, description: "Saves / reach."));
    }

    [Fact]
    public void ToString_IsKeyAndName()
    {
        BuiltInIndicators.EngagementRate.ToString().Should().Be("engagement-rate (Engagement rate)");
    }

    private static Indicator Make(
        IndicatorKey? key = null,
        string name = "Saves rate",
        IndicatorUnit unit = IndicatorUnit.Ratio,
        Polarity polarity = Polarity.HigherIsBetter,
        IndicatorCategory category = IndicatorCategory.Engagement,
        MediaType mediaType = MediaType.Owned,
        Cadence defaultCadence = Cadence.Month,
        string? description = null,
        double? minimumValue = null,
        double? maximumValue = null) =>
        new(key ?? new IndicatorKey("saves-rate"), name, unit, polarity, category, mediaType, defaultCadence, description, minimumValue, maximumValue);
}
