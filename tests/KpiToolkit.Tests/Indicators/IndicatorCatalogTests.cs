using System.Reflection;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Indicators;

public class IndicatorCatalogTests
{
    // The first fourteen built-in keys, in declaration order; more may be declared between them.
    private static readonly string[] FirstBuiltInKeys =
    [
        "followers", "follower-growth-rate", "impressions", "reach-rate", "engagement-rate", "posting-frequency",
        "mention-volume", "share-of-voice", "web-sessions", "web-conversion-rate",
        "email-open-rate", "email-click-rate", "email-unsubscribe-rate", "roi",
    ];

    private static Indicator SavesRate => Make("saves-rate", "Saves rate");

    private static Indicator VideoViews => Make("video-views", "Video views");

    [Fact]
    public void BuiltIn_HoldsBuiltInIndicatorsAllInOrder()
    {
        IndicatorCatalog.BuiltIn.Indicators.Should().Equal(BuiltInIndicators.All);
        IndicatorCatalog.BuiltIn.Indicators.Select(i => i.Key.Value).Should().ContainInOrder(FirstBuiltInKeys);
    }

    [Fact]
    public void BuiltIn_ContainsEveryIndicatorKeysConstantAndNothingElse()
    {
        var constants = typeof(IndicatorKeys)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(IndicatorKey))
            .Select(f => (Name: f.Name, Key: (IndicatorKey)f.GetValue(null)!))
            .ToList();

        constants.Select(c => c.Key.Value).Should().Contain(FirstBuiltInKeys);
        foreach (var (name, key) in constants)
        {
            IndicatorCatalog.BuiltIn.Contains(key).Should().BeTrue($"IndicatorKeys.{name} ({key}) must be built in");
            IndicatorCatalog.BuiltIn.Get(key).Key.Should().Be(key);
        }

        IndicatorCatalog.BuiltIn.Count.Should().Be(constants.Count, "every built-in indicator has its IndicatorKeys constant");
    }

    [Fact]
    public void Get_KnownKey_ReturnsTheDefinition()
    {
        IndicatorCatalog.BuiltIn.Get(IndicatorKeys.EngagementRate).Should().BeSameAs(BuiltInIndicators.EngagementRate);
    }

    [Fact]
    public void Get_KeyInOtherCase_FindsIt()
    {
        IndicatorCatalog.BuiltIn.Get(new IndicatorKey("Share-Of-Voice")).Name.Should().Be("Share of voice");
    }

    [Fact]
    public void Get_UnknownKey_ThrowsKeyNotFoundNamingTheKey()
    {
        var act = () => IndicatorCatalog.BuiltIn.Get(new IndicatorKey("reach-per-post"));

        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("No indicator with the key 'reach-per-post' is in the catalog. Known keys: followers, follower-growth-rate, *, roi, *, email-bounce-rate, *, profile-visits.*");
    }

    [Fact]
    public void TryGet_KnownKey_ReturnsTrueAndTheDefinition()
    {
        IndicatorCatalog.BuiltIn.TryGet(IndicatorKeys.ReturnOnInvestment, out var indicator).Should().BeTrue();

        indicator.Should().BeSameAs(BuiltInIndicators.ReturnOnInvestment);
    }

    [Fact]
    public void TryGet_UnknownKey_ReturnsFalseAndNull()
    {
        IndicatorCatalog.BuiltIn.TryGet(new IndicatorKey("reach-per-post"), out var indicator).Should().BeFalse();

        indicator.Should().BeNull();
        IndicatorCatalog.BuiltIn.Contains(new IndicatorKey("reach-per-post")).Should().BeFalse();
    }

    [Fact]
    public void Constructor_KeepsTheGivenOrder()
    {
        var catalog = new IndicatorCatalog([VideoViews, BuiltInIndicators.Followers, SavesRate]);

        catalog.Indicators.Select(i => i.Key.Value).Should().Equal("video-views", "followers", "saves-rate");
    }

    [Fact]
    public void Constructor_Empty_HasNoIndicators()
    {
        var catalog = new IndicatorCatalog([]);

        catalog.Count.Should().Be(0);
        catalog.Indicators.Should().BeEmpty();
        catalog.Contains(IndicatorKeys.Followers).Should().BeFalse();
    }

    [Fact]
    public void Constructor_IdenticalDefinitionTwice_KeepsItOnce()
    {
        var catalog = new IndicatorCatalog([SavesRate, VideoViews, SavesRate]);

        catalog.Count.Should().Be(2);
        catalog.Indicators.Select(i => i.Key.Value).Should().Equal("saves-rate", "video-views");
    }

    [Fact]
    public void Constructor_TwoDefinitionsForOneKey_ThrowsNamingIndicators()
    {
        var act = () => new IndicatorCatalog([SavesRate, Make("Saves-Rate", "Save ratio")]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("Two different indicators use the key 'saves-rate': 'Saves rate' and 'Save ratio'. Keys must be unique.*")
            .Which.ParamName.Should().Be("indicators");
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingIndicators()
    {
        var act = () => new IndicatorCatalog(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("indicators");
    }

    [Fact]
    public void Constructor_NullItem_ThrowsNamingIndicators()
    {
        var act = () => new IndicatorCatalog([SavesRate, null!]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("indicators must not contain null.*")
            .Which.ParamName.Should().Be("indicators");
    }

    [Fact]
    public void With_NewIndicators_ReturnsNewCatalogAndLeavesOriginalUnchanged()
    {
        var original = new IndicatorCatalog([BuiltInIndicators.Followers]);

        var extended = original.With(SavesRate, VideoViews);

        extended.Should().NotBeSameAs(original);
        extended.Indicators.Select(i => i.Key.Value).Should().Equal("followers", "saves-rate", "video-views");
        extended.Get(new IndicatorKey("saves-rate")).Should().Be(SavesRate);
        original.Count.Should().Be(1);
        original.Contains(new IndicatorKey("saves-rate")).Should().BeFalse();
    }

    [Fact]
    public void With_OnBuiltIn_LeavesBuiltInUnchanged()
    {
        var builtInCount = IndicatorCatalog.BuiltIn.Count;

        var extended = IndicatorCatalog.BuiltIn.With([SavesRate]);

        extended.Count.Should().Be(builtInCount + 1);
        extended.Indicators[^1].Should().Be(SavesRate);
        IndicatorCatalog.BuiltIn.Count.Should().Be(builtInCount);
        IndicatorCatalog.BuiltIn.Contains(new IndicatorKey("saves-rate")).Should().BeFalse();
    }

    [Fact]
    public void With_IdenticalBuiltIn_KeepsItOnce()
    {
        var extended = IndicatorCatalog.BuiltIn.With(BuiltInIndicators.Impressions);

        extended.Indicators.Should().Equal(IndicatorCatalog.BuiltIn.Indicators);
    }

    [Fact]
    public void With_DifferentDefinitionForExistingKey_ThrowsNamingAdditional()
    {
        var catalog = new IndicatorCatalog([SavesRate]);

        var act = () => catalog.With(Make("saves-rate", "Save ratio"));

        act.Should().Throw<ArgumentException>()
            .WithMessage("Two different indicators use the key 'saves-rate'*")
            .Which.ParamName.Should().Be("additional", "the exception must name a parameter of the method called");
        catalog.Count.Should().Be(1);
    }

    [Fact]
    public void With_NullSequence_ThrowsNamingAdditional()
    {
        var act = () => IndicatorCatalog.BuiltIn.With((IEnumerable<Indicator>)null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("additional");
    }

    private static Indicator Make(string key, string name) =>
        new(new IndicatorKey(key), name, IndicatorUnit.Fraction, Polarity.HigherIsBetter, IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, minimumValue: 0);
}
