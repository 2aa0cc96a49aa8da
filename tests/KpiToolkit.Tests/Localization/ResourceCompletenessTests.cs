using System.Collections;
using System.Globalization;
using System.Resources;
using KpiToolkit.Localization;

namespace KpiToolkit.Tests.Localization;

/// <summary>Every text KpiToolkit shows exists in English and French, and the French one is a real translation.</summary>
public sealed class ResourceCompletenessTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    // Words French spells as English does: these and only these may be identical.
    private static readonly HashSet<string> IdenticalOnPurpose =
    [
        "Category.Acquisition", "Category.Conversion", "Category.Engagement",
        "Figure.Engagements", "Figure.Interactions",
        "Label.Action", "Label.Date", "Label.Gain", "Label.Mentions", "Label.Points", "Label.Roi", "Label.Score",
        "Label.Sessions", "Label.Versus",
        "Indicator.impressions.Name",
        "Duplicates.Mentions.One", "Duplicates.Mentions.Other",
        "Smart.Duration.Minute.One", "Smart.Duration.Minute.Other", "Smart.Duration.List",
        "Label.Format", "Label.Interactions", "Denominator.Impressions", "Format.Photo", "Format.Story", "Format.Reel",
        "Counter.Impressions", "Reconciliation.Denominator.Impressions",
    ];

    [Fact]
    public void FrenchResources_HaveEveryNeutralName_NonEmpty_AndTranslated()
    {
        var missing = new List<string>();
        var untranslated = new List<string>();
        foreach (var (resources, english) in NeutralSets())
        {
            var french = FrenchSet(resources);
            foreach (var (name, text) in english)
            {
                if (!french.TryGetValue(name, out var translation) || string.IsNullOrWhiteSpace(translation))
                {
                    missing.Add(name);
                }
                else if (translation == text && !IdenticalOnPurpose.Contains(name))
                {
                    untranslated.Add(name);
                }
            }
        }

        missing.Should().BeEmpty("every resource needs a French text");
        untranslated.Should().BeEmpty("a French text equal to the English one must be listed as identical on purpose");
    }

    [Fact]
    public void IdenticalOnPurpose_ListsOnlyNamesWhoseTextsAreIdentical()
    {
        var identical = NeutralSets()
            .SelectMany(set => set.English.Where(entry => FrenchSet(set.Resources).GetValueOrDefault(entry.Key) == entry.Value).Select(entry => entry.Key))
            .ToHashSet();

        IdenticalOnPurpose.Should().BeSubsetOf(identical, "a name listed here but translated should leave the list");
    }

    [Fact]
    public void FrenchResources_HaveNoOtherNames_AndFitTheEnglishValues()
    {
        foreach (var (resources, english) in NeutralSets())
        {
            foreach (var (name, translation) in FrenchSet(resources))
            {
                english.Should().ContainKey(name, "a French text without an English one is never shown");
                var values = Enumerable.Range(0, KpiLocalizer.ArgumentCount(name)).Select(i => (object)$"<{i}>").ToArray();
                var formatted = string.Format(French, translation, values);
                foreach (var value in values)
                {
                    formatted.Should().Contain((string)value, $"the French text of {name} must show every value of the English one");
                }
            }
        }
    }

    [Fact]
    public void Names_ListsEveryResourceOfBothTypes()
    {
        var all = NeutralSets().SelectMany(set => set.English.Keys).Order(StringComparer.Ordinal);

        KpiLocalizer.Names.Should().Equal(all);
        KpiLocalizer.Names.Should().Contain(["Label.Period", "Status.OnTrack", "Indicator.engagement-rate.Name", "Problem.Computing", "Detector.StandardDeviation"]);
    }

    [Fact]
    public void BuiltInIndicators_EachHaveANameAndADescription_EqualToTheirDefinitions()
    {
        foreach (var indicator in KpiToolkit.Indicators.BuiltInIndicators.All)
        {
            KpiLocalizer.Default.GetString($"Indicator.{indicator.Key}.Name", CultureInfo.InvariantCulture).Should().Be(indicator.Name);
            KpiLocalizer.Default.GetString($"Indicator.{indicator.Key}.Description", CultureInfo.InvariantCulture).Should().Be(indicator.Description);
        }
    }

    private static IEnumerable<(ResourceManager Resources, Dictionary<string, string> English)> NeutralSets()
    {
        foreach (var type in new[] { typeof(DashboardStrings), typeof(IndicatorStrings) })
        {
            var resources = new ResourceManager(type.FullName!, type.Assembly);
            yield return (resources, Read(resources, CultureInfo.InvariantCulture));
        }
    }

    private static Dictionary<string, string> FrenchSet(ResourceManager resources) => Read(resources, French);

    private static Dictionary<string, string> Read(ResourceManager resources, CultureInfo culture)
    {
        // tryParents false: a name missing from the French set must not be filled in with its English text.
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        set.Should().NotBeNull($"the {culture.Name} resources of {resources.BaseName} must ship");
        return set!.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
