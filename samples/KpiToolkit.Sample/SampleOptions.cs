using System.Globalization;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Sample;

/// <summary>A file of the user's own to read instead of the bundled data, with the format it is in.</summary>
internal sealed record UserFile(string Path, string Format);

/// <summary>The sample's command line: the period and cadence to report, the culture, the output folder and the user's own exports.</summary>
internal sealed class SampleOptions
{
    public const string Usage = """
        Usage: dotnet run --project samples/KpiToolkit.Sample -- [options]

          --cadence C               week, month or quarter (default: month)
          --period P                the period to report: 2026-W24, 2026-06 or 2026-Q2, matching
                                    the cadence (default: the last period with posts)
          --culture NAME            the culture of the dashboard's numbers and labels, such as
                                    en-US or fr-FR (default: en-US; any fr culture gives French labels)
          --out DIR                 where to write dashboard.html, .json, .csv and .md
                                    (default: ./kpi-dashboard)
          --time-zone ZONE          the company's time zone, an IANA id (default: Europe/Paris)
          --posts FILE --format F   read posts from your own export; F is one of
                                    x-analytics, facebook-posts, instagram-posts (repeatable)
          --ads FILE                read a Meta Ads Manager export (amounts in EUR)
          --email FILE              read a Mailchimp campaigns export
          --help                    print this text

        Without options the sample reads the bundled exports of Maison Verdier, a fictional company,
        from January to June 2026, and reports on June 2026.
        """;

    /// <summary>The last year a period can be in: the toolkit keeps a year of margin below NodaTime's 9999.</summary>
    private const int LastYear = 9998;

    private string? _periodText;

    public Cadence Cadence { get; private init; } = Cadence.Month;

    public CultureInfo Culture { get; private init; } = CultureInfo.GetCultureInfo("en-US");

    public string OutputFolder { get; private init; } = Path.GetFullPath("kpi-dashboard");

    public DateTimeZone TimeZone { get; private init; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public IReadOnlyList<UserFile> Posts { get; private init; } = [];

    public string? Ads { get; private init; }

    public string? Email { get; private init; }

    public bool Help { get; private init; }

    /// <summary>Gets the period asked for with <c>--period</c>, read in the cadence; null when none was asked for.</summary>
    public ReportingPeriod? Period => _periodText is null ? null : ParsePeriod(_periodText, Cadence);

    /// <summary>Reads the arguments; throws <see cref="ArgumentException"/> with a message for the user when one is wrong.</summary>
    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        string? period = null, ads = null, email = null, output = null;
        var cadence = Cadence.Month;
        var culture = CultureInfo.GetCultureInfo("en-US");
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var posts = new List<UserFile>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--period":
                    period = Value();
                    break;
                case "--cadence":
                    cadence = ParseCadence(Value());
                    break;
                case "--culture":
                    culture = ParseCulture(Value());
                    break;
                case "--out":
                    output = Path.GetFullPath(Value());
                    break;
                case "--time-zone":
                    var id = Value();
                    zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new ArgumentException($"'{id}' is not an IANA time zone, such as Europe/Paris.");
                    break;
                case "--posts":
                    var file = ExistingFile(Value());
                    if (i + 2 >= args.Count || args[i + 1] != "--format")
                    {
                        throw new ArgumentException($"--posts {file} needs --format after it: {string.Join(", ", SampleData.PostFormats)}.");
                    }

                    i++;
                    var format = Value();
                    if (!SampleData.PostFormats.Contains(format))
                    {
                        throw new ArgumentException($"'{format}' is not a post format; use one of {string.Join(", ", SampleData.PostFormats)}.");
                    }

                    posts.Add(new UserFile(file, format));
                    break;
                case "--ads":
                    ads = ExistingFile(Value());
                    break;
                case "--email":
                    email = ExistingFile(Value());
                    break;
                case "--help" or "-h":
                    help = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        var options = new SampleOptions
        {
            _periodText = period,
            Cadence = cadence,
            Culture = culture,
            OutputFolder = output ?? Path.GetFullPath("kpi-dashboard"),
            TimeZone = zone,
            Posts = posts,
            Ads = ads,
            Email = email,
            Help = help,
        };
        _ = options.Period; // A period that does not match the cadence is reported now, with the other argument errors.
        return options;
    }

    private static Cadence ParseCadence(string text) => text.ToLowerInvariant() switch
    {
        "week" or "weekly" => Cadence.Week,
        "month" or "monthly" => Cadence.Month,
        "quarter" or "quarterly" => Cadence.Quarter,
        _ => throw new ArgumentException($"--cadence '{text}' is not one of week, month, quarter."),
    };

    private static CultureInfo ParseCulture(string name)
    {
        try
        {
            // Predefined cultures only, so a typo such as "fr_FR" is refused instead of becoming an invented culture.
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new ArgumentException($"--culture '{name}' is not a culture this machine knows, such as en-US or fr-FR.");
        }
    }

    private static ReportingPeriod ParsePeriod(string text, Cadence cadence)
    {
        switch (cadence)
        {
            case Cadence.Week:
                if (text.Length == 8 && text[4..6] == "-W" && int.TryParse(text[..4], CultureInfo.InvariantCulture, out var weekYear)
                    && int.TryParse(text[6..], CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 53)
                {
                    CheckYear(text, weekYear);
                    try
                    {
                        return ReportingPeriod.IsoWeek(weekYear, number);
                    }
                    catch (ArgumentException)
                    {
                        // Week 53 of a year that has 52 weeks: reported below.
                    }
                }

                throw new ArgumentException($"--period '{text}' is not an ISO week like 2026-W24.");
            case Cadence.Quarter:
                if (text.Length == 7 && text[4..6] == "-Q" && int.TryParse(text[..4], CultureInfo.InvariantCulture, out var year) && text[6] is >= '1' and <= '4')
                {
                    return ReportingPeriod.Quarter(CheckYear(text, year), text[6] - '0');
                }

                throw new ArgumentException($"--period '{text}' is not a quarter like 2026-Q2.");
            default:
                var month = YearMonthPattern.Iso.Parse(text);
                return month.Success
                    ? ReportingPeriod.Month(CheckYear(text, month.Value.Year), month.Value.Month)
                    : throw new ArgumentException($"--period '{text}' is not a month like 2026-06.");
        }
    }

    /// <summary>Returns the year of a period asked for, or says it is out of range: year 0 or -1 parse, but make no sense here.</summary>
    private static int CheckYear(string text, int year) =>
        year is >= 1 and <= LastYear ? year : throw new ArgumentException($"--period '{text}' is in the year {year}; use a year from 1 to {LastYear}.");

    private static string ExistingFile(string path) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new ArgumentException($"The file '{path}' does not exist.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cadence} {Period}, {Culture.Name}, zone {TimeZone.Id}, out {OutputFolder}");
}
