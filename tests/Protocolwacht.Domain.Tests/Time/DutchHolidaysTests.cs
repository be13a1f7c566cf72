using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Tests.Time;

/// <summary>The national holidays of the Algemene termijnenwet, computed for any year.</summary>
public sealed class DutchHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // the latest Easter of the century so far
    public void EasterSunday_FollowsTheGregorianComputus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), DutchHolidays.EasterSunday(year));

    [Fact]
    public void For2026_AreTheNineHolidaysInCalendarOrder() => Assert.Equal(
        [
            new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 27),
            new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 25), new DateOnly(2026, 12, 25),
            new DateOnly(2026, 12, 26),
        ],
        DutchHolidays.For(2026));

    [Fact]
    public void KingsDay_OnASunday_IsTheSaturdayBefore()
    {
        Assert.True(DutchHolidays.IsHoliday(new DateOnly(2025, 4, 26))); // 27 April 2025 is a Sunday
        Assert.False(DutchHolidays.IsHoliday(new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void IsHoliday_AnOrdinaryDay_IsNot() => Assert.False(DutchHolidays.IsHoliday(new DateOnly(2026, 12, 2)));
}
