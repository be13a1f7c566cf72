using Microsoft.Extensions.Time.Testing;
using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Tests.Time;

/// <summary>Issue #7 item 10: every time a person reads is Europe/Amsterdam, with its date.</summary>
public sealed class DutchTimeTests
{
    [Theory]
    [InlineData("2026-12-02T09:00:00Z", "2-12-2026 10:00")] // winter time, UTC+1
    [InlineData("2026-07-01T08:00:00Z", "1-7-2026 10:00")] // summer time, UTC+2
    [InlineData("2026-12-31T23:30:00Z", "1-1-2027 00:30")] // the date moves with the time
    public void Format_ShowsAmsterdamTimeWithItsDate(string utc, string expected) =>
        Assert.Equal(expected, DutchTime.Format(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void FormatWithSeconds_KeepsTheDate() =>
        Assert.Equal("2-12-2026 10:00:30", DutchTime.FormatWithSeconds(new DateTimeOffset(2026, 12, 2, 9, 0, 30, TimeSpan.Zero)));

    [Fact]
    public void ToUtc_OfTenOClockInSummer_IsEightUtc() =>
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), DutchTime.ToUtc(new DateTime(2026, 7, 1, 10, 0, 0, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData("2027-03-28T02:30:00", "2027-03-28T01:30:00Z")] // skipped hour: what the clock shows, 03:30 summer time
    [InlineData("2026-10-25T02:30:00", "2026-10-25T00:30:00Z")] // hour that happens twice: the first, summer time
    [InlineData("2026-10-25T03:30:00", "2026-10-25T02:30:00Z")] // just after the switch back: winter time
    public void ToUtc_AroundTheClockChanges_NeverThrows_AndReadsTheTimeAsTheClockShowsIt(string local, string utc)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var expected = DateTimeOffset.Parse(utc, invariant);
        Assert.Equal(expected, DutchTime.ToUtc(DateTime.Parse(local, invariant)));
    }

    [Fact]
    public void Today_JustAfterMidnightInAmsterdam_IsTheNewDay()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2027, 1, 1), DutchTime.Today(clock));
    }
}
