using System.Reflection;
using System.Text.RegularExpressions;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartErrorCodesTests
{
    private static readonly string DocPath = Path.Combine(AppContext.BaseDirectory, "docs", "smart-objectives.md");

    internal static IReadOnlyDictionary<string, string> Constants() =>
        typeof(SmartErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

    [GeneratedRegex(@"SMART-[A-Z]\d{2}")]
    private static partial Regex CodePattern();

    [Fact]
    public void Constants_AreTheTwentyFourDocumentedCodes()
    {
        // S01-S04, M01-M07, A01-A04, R01-R03, T01-T05, X01: 4 + 7 + 4 + 3 + 5 + 1 = 24.
        Constants().Values.Should().BeEquivalentTo(
            "SMART-S01", "SMART-S02", "SMART-S03", "SMART-S04",
            "SMART-M01", "SMART-M02", "SMART-M03", "SMART-M04", "SMART-M05", "SMART-M06", "SMART-M07",
            "SMART-A01", "SMART-A02", "SMART-A03", "SMART-A04",
            "SMART-R01", "SMART-R02", "SMART-R03",
            "SMART-T01", "SMART-T02", "SMART-T03", "SMART-T04", "SMART-T05",
            "SMART-X01");
    }

    [Fact]
    public void Constants_AreUnique()
    {
        Constants().Values.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Doc_ListsEveryConstantInBackticks()
    {
        var doc = File.ReadAllText(DocPath);

        foreach (var (name, code) in Constants())
        {
            doc.Should().Contain($"`{code}`", $"SmartErrorCodes.{name} must be documented");
            doc.Should().Contain($"`{name}`", $"the table must name the constant {name}");
        }
    }

    [Fact]
    public void Doc_TableRowOfEachCode_NamesItsConstant()
    {
        var rows = File.ReadAllLines(DocPath).Where(line => line.StartsWith("| `SMART-", StringComparison.Ordinal)).ToList();

        rows.Should().HaveCount(Constants().Count);
        foreach (var (name, code) in Constants())
        {
            rows.Should().ContainSingle(row => row.StartsWith($"| `{code}` | `{name}` |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Doc_MentionsNoCodeThatIsNotAConstant()
    {
        var doc = File.ReadAllText(DocPath);
        var known = Constants().Values.ToHashSet(StringComparer.Ordinal);

        var mentioned = CodePattern().Matches(doc).Select(m => m.Value).Distinct().ToList();

        mentioned.Should().NotBeEmpty();
        mentioned.Should().OnlyContain(code => known.Contains(code));
    }
}
