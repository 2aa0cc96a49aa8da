using KpiToolkit.Activity;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Activity;

public class AudienceSnapshotTests
{
    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var snapshot = new AudienceSnapshot(Channel.LinkedIn, At(2026, 3, 1), 1_000, gained: 30, lost: 4);

        snapshot.Channel.Should().Be(Channel.LinkedIn);
        snapshot.TakenAt.Should().Be(At(2026, 3, 1));
        snapshot.Followers.Should().Be(1_000);
        snapshot.Gained.Should().Be(30);
        snapshot.Lost.Should().Be(4);
    }

    [Fact]
    public void Constructor_GainsAndLossesNotReported_AreNull()
    {
        var snapshot = new AudienceSnapshot(Channel.LinkedIn, At(2026, 3, 1), 0);

        snapshot.Followers.Should().Be(0);
        snapshot.Gained.Should().BeNull();
        snapshot.Lost.Should().BeNull();
    }

    [Fact]
    public void Constructor_NegativeFollowers_ThrowsNamingFollowers()
    {
        var act = () => new AudienceSnapshot(Channel.LinkedIn, At(2026, 3, 1), -1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "followers")
            .WithMessage("followers must not be negative, but was -1.*");
    }

    [Fact]
    public void Constructor_NegativeGained_ThrowsNamingGained()
    {
        var act = () => new AudienceSnapshot(Channel.LinkedIn, At(2026, 3, 1), 10, gained: -2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "gained")
            .WithMessage("gained must not be negative, but was -2.*");
    }

    [Fact]
    public void Constructor_NegativeLost_ThrowsNamingLost()
    {
        var act = () => new AudienceSnapshot(Channel.LinkedIn, At(2026, 3, 1), 10, lost: -3);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "lost")
            .WithMessage("lost must not be negative, but was -3.*");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannel()
    {
        var act = () => new AudienceSnapshot(default, At(2026, 3, 1), 10);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "channel")
            .WithMessage("*channel must not be the empty*");
    }

    [Fact]
    public void AtEndOfDay_Paris_IsTheNextLocalMidnight()
    {
        var calendar = new ReportingCalendar(Zones.Paris);

        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 3, 1), calendar, 1_000, gained: 12, lost: 2);

        // Midnight starting 2026-03-02 in Paris (UTC+1 in winter) is 2026-03-01T23:00Z.
        snapshot.TakenAt.Should().Be(Instant.FromUtc(2026, 3, 1, 23, 0));
        snapshot.Channel.Should().Be(Channel.Instagram);
        snapshot.Followers.Should().Be(1_000);
        snapshot.Gained.Should().Be(12);
        snapshot.Lost.Should().Be(2);
    }

    [Fact]
    public void AtEndOfDay_ParisInSummer_UsesTheSummerOffset()
    {
        var calendar = new ReportingCalendar(Zones.Paris);

        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 3, 31), calendar, 1_000);

        // Midnight starting 2026-04-01 in Paris (UTC+2 since 29 March) is 2026-03-31T22:00Z,
        // which is also the exclusive end of March in that calendar.
        snapshot.TakenAt.Should().Be(Instant.FromUtc(2026, 3, 31, 22, 0));
        snapshot.TakenAt.Should().Be(calendar.ToInterval(ReportingPeriod.Month(2026, 3)).End);
    }

    [Fact]
    public void AtEndOfDay_Utc_IsMidnightOfTheNextDay()
    {
        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 2, 28), ReportingCalendar.Utc, 5);

        snapshot.TakenAt.Should().Be(Instant.FromUtc(2026, 3, 1, 0, 0));
    }

    [Fact]
    public void AtEndOfDay_DayBeforeASkippedDay_IsTheEndOfThatDayInTheCalendar()
    {
        // Samoa skipped 30 December 2011: at the end of 29 December (UTC-10) the clocks jumped to 31 December (UTC+14).
        // 29 December 24:00 at UTC-10 = 2011-12-30T10:00Z, where the calendar ends that day.
        var apia = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Pacific/Apia"]);
        var dayEnd = apia.ToInterval(ReportingPeriod.Custom(new LocalDate(2011, 12, 29), new LocalDate(2011, 12, 29))).End;
        dayEnd.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));

        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2011, 12, 29), apia, 1_000);

        snapshot.TakenAt.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));
    }

    [Fact]
    public void AtEndOfDay_NextMidnightSkipped_IsTheFirstInstantOfTheNextDay()
    {
        // São Paulo, 4 November 2018: clocks went from 00:00 to 01:00 (UTC-3 → UTC-2), so the day started at 01:00 local
        // = 03:00Z, which is also 3 November 24:00 at UTC-3.
        var saoPaulo = new ReportingCalendar(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2018, 11, 3), saoPaulo, 1_000);

        snapshot.TakenAt.Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        snapshot.TakenAt.Should().Be(saoPaulo.ToInterval(ReportingPeriod.Custom(new LocalDate(2018, 11, 3), new LocalDate(2018, 11, 3))).End);
    }

    [Fact]
    public void AtEndOfDay_PostOfThatDay_IsBeforeTheSnapshot()
    {
        var calendar = new ReportingCalendar(Zones.Paris);
        var snapshot = AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 3, 1), calendar, 1_000);

        // 23:59 local on 1 March is 22:59Z, before the snapshot at 23:00Z.
        Instant.FromUtc(2026, 3, 1, 22, 59).Should().BeLessThan(snapshot.TakenAt);
    }

    [Fact]
    public void AtEndOfDay_NullCalendar_ThrowsNamingCalendar()
    {
        var act = () => AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 3, 1), null!, 1_000);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("calendar");
    }

    [Fact]
    public void AtEndOfDay_NegativeFollowers_ThrowsNamingFollowers()
    {
        var act = () => AudienceSnapshot.AtEndOfDay(Channel.Instagram, new LocalDate(2026, 3, 1), ReportingCalendar.Utc, -10);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("followers");
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Snapshot(Instagram, At(2026, 3, 1), 10, 1, 0).Should().Be(Snapshot(Instagram, At(2026, 3, 1), 10, 1, 0));
        Snapshot(Instagram, At(2026, 3, 1), 10, 1, 0).Should().NotBe(Snapshot(Instagram, At(2026, 3, 1), 10, 1, null));
        Snapshot(Instagram, At(2026, 3, 1), 10).Should().NotBe(Snapshot(Instagram, At(2026, 3, 1), 11));
    }
}
