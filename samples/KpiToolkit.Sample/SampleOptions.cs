using System.Globalization;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Sample;

/// <summary>A file of the user's own to read instead of the bundled data, with the format it is in.</summary>
internal sealed record UserFile(string Path, string Format);

/// <summary>The sample's command line: which month to report on, and the user's own exports, if any.</summary>
internal sealed class SampleOptions
{
    public const string Usage = """
        Usage: dotnet run --project samples/KpiToolkit.Sample -- [options]

          --period uuuu-MM          the month to report on (default: the last month with posts)
          --time-zone ZONE          the company's time zone, an IANA id (default: Europe/Paris)
          --posts FILE --format F   read posts from your own export; F is one of
                                    x-analytics, facebook-posts, instagram-posts (repeatable)
          --ads FILE                read a Meta Ads Manager export (amounts in EUR)
          --email FILE              read a Mailchimp campaigns export
          --help                    print this text

        Without options the sample reads the bundled exports of Maison Verdier, a fictional company,
        from January to June 2026.
        """;

    public ReportingPeriod? Period { get; private init; }

    public DateTimeZone TimeZone { get; private init; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public IReadOnlyList<UserFile> Posts { get; private init; } = [];

    public string? Ads { get; private init; }

    public string? Email { get; private init; }

    public bool Help { get; private init; }

    /// <summary>Reads the arguments; throws <see cref="ArgumentException"/> with a message for the user when one is wrong.</summary>
    public static SampleOptions Parse(IReadOnlyList<string> args)
    {
        ReportingPeriod? period = null;
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var posts = new List<UserFile>();
        string? ads = null, email = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--period":
                    period = ParseMonth(Value());
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

        return new SampleOptions { Period = period, TimeZone = zone, Posts = posts, Ads = ads, Email = email, Help = help };
    }

    private static ReportingPeriod ParseMonth(string text)
    {
        var result = YearMonthPattern.Iso.Parse(text);
        return result.Success
            ? ReportingPeriod.Month(result.Value.Year, result.Value.Month)
            : throw new ArgumentException($"--period '{text}' is not a month like 2026-05.");
    }

    private static string ExistingFile(string path) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new ArgumentException($"The file '{path}' does not exist.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"period {Period}, zone {TimeZone.Id}");
}
