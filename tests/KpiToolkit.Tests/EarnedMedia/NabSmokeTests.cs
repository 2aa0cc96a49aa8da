using System.Globalization;
using System.Text.Json;
using KpiToolkit.Calculators;
using NodaTime.Text;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>
/// Where the Numenta Anomaly Benchmark's files are: the folder of KPITOOLKIT_NAB, or ../shared/nab beside the
/// repository (CI's layout). The data are never copied into the repository.
/// </summary>
internal static class NabFolder
{
    public static readonly string Path = Find();

    public static string? SkipReason => Directory.Exists(System.IO.Path.Combine(Path, "data"))
        ? null
        : $"The NAB folder was not found at {Path} (with data/ and labels/ in it), so the NAB smoke tests do not run here; set KPITOOLKIT_NAB to it.";

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("KPITOOLKIT_NAB") is { Length: > 0 } given)
        {
            return System.IO.Path.GetFullPath(given);
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "KpiToolkit.sln")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "..", "shared", "nab"));
    }
}

/// <summary>A fact that needs the NAB folder: skipped, saying which folder it looked for, when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NabFactAttribute : FactAttribute
{
    public NabFactAttribute()
    {
        Skip = NabFolder.SkipReason;
    }
}

public class NabSmokeTests
{
    private static readonly LocalDateTimePattern Timestamp = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");

    private static (Instant Timestamp, double Value)[] Read(string file) =>
        File.ReadLines(file).Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return (Timestamp.Parse(cells[0]).Value.InUtc().ToInstant(), double.Parse(cells[1], CultureInfo.InvariantCulture));
        }).ToArray();

    [NabFact]
    public void OnlineEqualsBatch_OnEveryNabFile()
    {
        var files = Directory.GetFiles(Path.Combine(NabFolder.Path, "data"), "*.csv", SearchOption.AllDirectories);
        files.Should().HaveCount(48);
        foreach (var file in files)
        {
            var series = Read(file);
            Func<OnlineWindowDetector>[] detectors =
            [
                () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3, SeasonLength = 0, SeasonCandidates = [288] }),
                () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 28 }),
            ];
            foreach (var create in detectors)
            {
                var online = OnlineSpikeDetection.Detect(create(), series);

                create().DetectAll(series).Should().Equal(online, $"the batch verdicts of {file} must be the online ones");
            }
        }
    }

    [NabFact]
    public void SpikeLikelihood_OnAJumpUp_FirstAlarmAfterLearningIsInTheLabelledWindow()
    {
        const string name = "artificialWithAnomaly/art_daily_jumpsup.csv";
        var series = Read(Path.Combine(NabFolder.Path, "data", name));
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(NabFolder.Path, "labels", "combined_windows.json")));
        var window = labels.RootElement.GetProperty(name)[0];
        var start = Timestamp.Parse(window[0].GetString()![..19]).Value.InUtc().ToInstant();
        var end = Timestamp.Parse(window[1].GetString()![..19]).Value.InUtc().ToInstant();

        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(), series);

        // NAB's probationary period: the first 15% of the file, at most 750 rows.
        var probation = Math.Min(750, (int)(0.15 * series.Length));
        verdicts.Should().OnlyContain(v => v.Score >= 0 && v.Score <= 1);
        var firstAlarm = verdicts.Skip(probation).First(v => v.Score >= 0.5);
        firstAlarm.Timestamp.Should().BeInRange(start, end);
        firstAlarm.Direction.Should().Be(VolumeDirection.Spike);
    }
}
