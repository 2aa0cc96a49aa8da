using System.Globalization;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Sets the current culture and UI culture of the running thread until disposed, then puts back the ones it found.
/// Tests that use it belong to <see cref="AmbientCultureCollection"/>, so no other test runs while the culture is changed.
/// </summary>
/// <remarks>Also linked into the importer's tests, so both suites run under the same cultures.</remarks>
internal sealed class AmbientCulture : IDisposable
{
    private readonly CultureInfo _savedCulture;
    private readonly CultureInfo _savedUiCulture;

    private AmbientCulture(CultureInfo culture)
    {
        _savedCulture = CultureInfo.CurrentCulture;
        _savedUiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>
    /// The cultures every reliability test runs under, by name (the empty name is the invariant culture): a decimal comma
    /// with a narrow no-break space (fr-FR) or a dot (de-DE) to group digits, the dotted and dotless i of tr-TR that break
    /// case-insensitive comparisons made in the current culture, and ar-SA, whose default calendar is Umm al-Qura and whose
    /// minus sign starts with an Arabic letter mark.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["", "en-US", "fr-FR", "de-DE", "tr-TR", "ar-SA"];

    /// <summary>Gets <see cref="Names"/> as theory data.</summary>
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>Runs under a culture from now until the result is disposed.</summary>
    public static AmbientCulture Use(string name) => new(CultureInfo.GetCultureInfo(name));

    /// <summary>Runs <paramref name="work"/> under a culture and returns what it returned.</summary>
    public static T Run<T>(string name, Func<T> work)
    {
        using var culture = Use(name);
        return work();
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _savedCulture;
        CultureInfo.CurrentUICulture = _savedUiCulture;
    }
}

/// <summary>
/// The tests that change the current culture. The culture belongs to a thread (and flows to the tasks it starts), so a
/// test running beside them on the same thread, or a continuation resumed on it, could see it; they run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AmbientCultureCollection
{
    public const string Name = "Ambient culture";
}
