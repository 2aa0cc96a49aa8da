using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>Mention volume in buckets of minutes or hours on the wall clocks of the calendar's zone.</summary>
public sealed class IntradaySeriesTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    [Fact]
    public void QuarterHours_CountEachMentionInItsLocalQuarter_EmptyOnesIncluded()
    {
        // 14:00 UTC is 16:00 in Paris in June (UTC+2).
        var mentions = new[]
        {
            Mention("a", At(2026, 6, 10, 14, 0)), // 16:00 local, first quarter
            Mention("b", At(2026, 6, 10, 14, 14)), // 16:14, first quarter
            Mention("c", At(2026, 6, 10, 14, 45)), // 16:45, fourth quarter
            Mention("d", At(2026, 6, 10, 14, 20), LeCreuset), // a competitor: not counted
            Mention("e", At(2026, 6, 10, 15, 0)), // 17:00: after the range
        };

        var buckets = new MentionVolumeCalculator(calendar: Paris)
            .IntradaySeries(mentions, Duration.FromMinutes(15), At(2026, 6, 10, 14, 0), At(2026, 6, 10, 15, 0));

        buckets.Select(bucket => bucket.LocalStart).Should().Equal(
            new LocalDateTime(2026, 6, 10, 16, 0), new LocalDateTime(2026, 6, 10, 16, 15), new LocalDateTime(2026, 6, 10, 16, 30), new LocalDateTime(2026, 6, 10, 16, 45));
        buckets.Select(bucket => bucket.Count).Should().Equal(2, 0, 0, 1);
        buckets.Should().OnlyContain(bucket => bucket.IsComplete && bucket.Offset == Offset.FromHours(2));
        buckets[1].Instants.Should().Be(new Interval(At(2026, 6, 10, 14, 15), At(2026, 6, 10, 14, 30)));
    }

    [Fact]
    public void Hours_InAZoneWithAHalfHourOffset_StartAtTheTopOfTheLocalHour()
    {
        var kolkata = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Asia/Kolkata"]); // UTC+05:30

        var buckets = new MentionVolumeCalculator(calendar: kolkata)
            .IntradaySeries([Mention("a", At(2026, 6, 10, 4, 29)), Mention("b", At(2026, 6, 10, 4, 30))], Duration.FromHours(1), At(2026, 6, 10, 4, 0), At(2026, 6, 10, 5, 0));

        // 04:00 UTC is 09:30 local, in the 09:00 bucket (03:30-04:30 UTC); 04:30 UTC is 10:00 local.
        buckets.Select(bucket => (bucket.LocalStart.Hour, bucket.Start, bucket.Count)).Should().Equal(
            (9, At(2026, 6, 10, 3, 30), 1L), (10, At(2026, 6, 10, 4, 30), 1L));
        buckets[0].IsComplete.Should().BeFalse("it starts before the range asked for");
        buckets[1].IsComplete.Should().BeFalse("it ends after the range asked for: it is still filling");
    }

    [Fact]
    public void Hours_WhenClocksGoBack_GiveTheRepeatedHourTwiceWithItsOwnOffset()
    {
        // 25 October 2026 in Paris: 03:00 CEST (01:00 UTC) becomes 02:00 CET.
        var mentions = new[] { Mention("summer", At(2026, 10, 25, 0, 30)), Mention("winter", At(2026, 10, 25, 1, 30)), Mention("winter2", At(2026, 10, 25, 1, 59)) };

        var buckets = new MentionVolumeCalculator(calendar: Paris).IntradaySeries(mentions, Duration.FromHours(1), At(2026, 10, 25, 0, 0), At(2026, 10, 25, 2, 0));

        buckets.Select(bucket => (bucket.LocalStart, bucket.Offset, bucket.Count)).Should().Equal(
            (new LocalDateTime(2026, 10, 25, 2, 0), Offset.FromHours(2), 1L),
            (new LocalDateTime(2026, 10, 25, 2, 0), Offset.FromHours(1), 2L));
        buckets[0].End.Should().Be(buckets[1].Start);
    }

    [Fact]
    public void Hours_WhenClocksGoForward_SkipTheMissingHour()
    {
        // 29 March 2026 in Paris: 02:00 CET (01:00 UTC) becomes 03:00 CEST.
        var buckets = new MentionVolumeCalculator(calendar: Paris).IntradaySeries([], Duration.FromHours(1), At(2026, 3, 29, 0, 0), At(2026, 3, 29, 2, 0));

        buckets.Select(bucket => bucket.LocalStart.Hour).Should().Equal(1, 3);
        buckets.Select(bucket => bucket.Start).Should().Equal(At(2026, 3, 29, 0, 0), At(2026, 3, 29, 1, 0));
    }

    [Fact]
    public void Hours_WhenAHalfHourChangeFallsInsideABucket_CutItWithoutAGap()
    {
        // Australia/Lord_Howe: on 4 October 2026 local 02:00 (+10:30) becomes 02:30 (+11), at 15:30 UTC the day before.
        var lordHowe = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]);

        var buckets = new MentionVolumeCalculator(calendar: lordHowe).IntradaySeries([], Duration.FromHours(1), At(2026, 10, 3, 14, 30), At(2026, 10, 3, 16, 30));

        buckets.Zip(buckets.Skip(1)).Should().OnlyContain(pair => pair.First.End == pair.Second.Start, "buckets meet exactly");
        buckets.Should().Contain(bucket => bucket.LocalStart == new LocalDateTime(2026, 10, 4, 2, 0) && bucket.End - bucket.Start == Duration.FromMinutes(30));
    }

    [Fact]
    public void Hours_WhenClocksGoBackAMinuteAfterMidnight_CutTheBucketsAtTheChange()
    {
        // America/St_Johns: at 02:31 UTC on 1 November 2009, 00:01 NDT (-02:30) became 23:01 NST (-03:30) on 31 October.
        var stJohns = new ReportingCalendar(DateTimeZoneProviders.Tzdb["America/St_Johns"]);
        var ndt = Offset.FromHoursAndMinutes(-2, -30);
        var nst = Offset.FromHoursAndMinutes(-3, -30);

        var buckets = new MentionVolumeCalculator(calendar: stJohns)
            .IntradaySeries([], Duration.FromHours(1), Instant.FromUtc(2009, 11, 1, 2, 0), Instant.FromUtc(2009, 11, 1, 4, 0));

        buckets.Select(bucket => (bucket.LocalStart, bucket.Offset, bucket.Start, bucket.End)).Should().Equal(
            (new LocalDateTime(2009, 10, 31, 23, 0), ndt, Instant.FromUtc(2009, 11, 1, 1, 30), Instant.FromUtc(2009, 11, 1, 2, 30)),
            (new LocalDateTime(2009, 11, 1, 0, 0), ndt, Instant.FromUtc(2009, 11, 1, 2, 30), Instant.FromUtc(2009, 11, 1, 2, 31)),
            (new LocalDateTime(2009, 10, 31, 23, 0), nst, Instant.FromUtc(2009, 11, 1, 2, 31), Instant.FromUtc(2009, 11, 1, 3, 30)),
            (new LocalDateTime(2009, 11, 1, 0, 0), nst, Instant.FromUtc(2009, 11, 1, 3, 30), Instant.FromUtc(2009, 11, 1, 4, 30)));
    }

    [Theory]
    [InlineData("Europe/Paris", 15)]
    [InlineData("America/St_Johns", 60)]
    [InlineData("Australia/Lord_Howe", 60)]
    [InlineData("Pacific/Apia", 180)]
    [InlineData("Asia/Kathmandu", 60)]
    [InlineData("America/Sao_Paulo", 120)]
    public void Buckets_OverYearsOfChanges_MeetExactlyAndHoldOnlyTheirOwnLocalTimes(string zoneId, int minutes)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var length = Duration.FromMinutes(minutes);
        var from = Instant.FromUtc(2009, 1, 1, 0, 0);
        var to = Instant.FromUtc(2012, 12, 31, 0, 0);

        var buckets = new MentionVolumeCalculator(calendar: new ReportingCalendar(zone)).IntradaySeries([], length, from, to);

        buckets[0].Start.Should().BeLessThanOrEqualTo(from);
        buckets[^1].End.Should().BeGreaterThanOrEqualTo(to);
        for (var i = 0; i < buckets.Count; i++)
        {
            var bucket = buckets[i];
            if (i > 0)
            {
                bucket.Start.Should().Be(buckets[i - 1].End, $"bucket {i} in {zoneId} starts where the one before ends");
            }

            foreach (var instant in new[] { bucket.Start, bucket.End - Duration.Epsilon })
            {
                var local = instant.InZone(zone);
                local.Offset.Should().Be(bucket.Offset, $"{instant} in {zoneId}");
                local.LocalDateTime.Should().BeGreaterThanOrEqualTo(bucket.LocalStart, $"{instant} in {zoneId}").And.BeLessThan(bucket.LocalStart + Period.FromMinutes(minutes));
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)] // does not divide a day
    [InlineData(1440)] // a whole day: use the daily series
    public void BucketLength_NotAWholeDivisorOfADay_IsRefusedNamingTheRule(int minutes)
    {
        var act = () => new MentionVolumeCalculator().IntradaySeries([], Duration.FromMinutes(minutes), At(2026, 6, 1), At(2026, 6, 2));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("bucketLength").WithMessage("*divides a day*");
    }

    [Fact]
    public void Range_TooLongForItsBuckets_IsRefusedBeforeAllocatingThem()
    {
        var act = () => new MentionVolumeCalculator().IntradaySeries([], Duration.FromMinutes(1), At(2000, 1, 1), At(2026, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*more than 1,000,000 buckets*");
    }

    [Fact]
    public void Range_EndingBeforeItStarts_IsRefused()
    {
        var act = () => new MentionVolumeCalculator().IntradaySeries([], Duration.FromHours(1), At(2026, 6, 2), At(2026, 6, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("to");
    }
}
