using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Performance;

public class WebTrafficRecordTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var record = new WebTrafficRecord(new LocalDate(2026, 3, 2), Channel.Instagram, 1_000, users: 800, convertingSessions: 30, conversions: 75);

        record.Date.Should().Be(new LocalDate(2026, 3, 2));
        record.Channel.Should().Be(Channel.Instagram);
        record.Sessions.Should().Be(1_000);
        record.Users.Should().Be(800);
        record.ConvertingSessions.Should().Be(30);
        record.Conversions.Should().Be(75);
    }

    [Fact]
    public void Constructor_ConvertingSessionsAboveSessions_ThrowsNamingConvertingSessions()
    {
        var act = () => new WebTrafficRecord(new LocalDate(2026, 3, 2), Channel.Instagram, 10, convertingSessions: 11);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("convertingSessions")
            .WithMessage("convertingSessions (11) cannot exceed sessions (10)*");
    }

    [Fact]
    public void Constructor_ConvertingSessionsEqualToSessions_IsAccepted()
    {
        var record = new WebTrafficRecord(new LocalDate(2026, 3, 2), Channel.Instagram, 10, convertingSessions: 10);

        record.ConvertingSessions.Should().Be(10);
    }

    [Fact]
    public void Constructor_ConversionsAboveSessions_IsAccepted()
    {
        // Several conversions may happen in one session.
        var record = new WebTrafficRecord(new LocalDate(2026, 3, 2), Channel.Instagram, 10, convertingSessions: 4, conversions: 25);

        record.Conversions.Should().Be(25);
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("users")]
    [InlineData("convertingSessions")]
    [InlineData("conversions")]
    public void Constructor_NegativeCount_ThrowsNamingIt(string count)
    {
        var act = () => new WebTrafficRecord(
            new LocalDate(2026, 3, 2),
            Channel.Instagram,
            count == "sessions" ? -1 : 10,
            users: count == "users" ? -1 : null,
            convertingSessions: count == "convertingSessions" ? -1 : null,
            conversions: count == "conversions" ? -1 : null);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(count).WithMessage($"{count} must not be negative*");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannel()
    {
        var act = () => new WebTrafficRecord(new LocalDate(2026, 3, 2), default, 10);

        act.Should().Throw<ArgumentException>().WithParameterName("channel").WithMessage("channel must not be the empty*");
    }

    [Fact]
    public void Constructor_NonIsoDate_ThrowsNamingDate()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        var act = () => new WebTrafficRecord(julian, Channel.Instagram, 10);

        act.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("date must use the ISO calendar*");
    }
}
