using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Tests.Time;

/// <summary>Counting Dutch working days across weekends and holidays, at the same Amsterdam time of day.</summary>
public sealed class WorkingDaysTests
{
    // Amsterdam is UTC+1 in December and UTC+2 in April.
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 12, 4, 14, 0, 0, TimeSpan.Zero); // Fri 4-12 15:00
    private static readonly DateTimeOffset ChristmasEve = new(2026, 12, 24, 9, 0, 0, TimeSpan.Zero); // Thu 24-12 10:00

    [Fact]
    public void Add_AcrossAWeekend_SkipsSaturdayAndSunday() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 14, 0, 0, TimeSpan.Zero), WorkingDays.Add(FridayAfternoon, 2)); // Tue 15:00

    [Fact]
    public void Add_AcrossChristmas_SkipsBothChristmasDaysAndTheWeekend() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 9, 0, 0, TimeSpan.Zero), WorkingDays.Add(ChristmasEve, 2)); // Tue 29-12 10:00

    [Fact]
    public void Add_AcrossKingsDay_SkipsIt() => // Fri 24-4-2026 10:00 + 1: Monday 27 April is Koningsdag
        Assert.Equal(new DateTimeOffset(2026, 4, 28, 8, 0, 0, TimeSpan.Zero), WorkingDays.Add(new DateTimeOffset(2026, 4, 24, 8, 0, 0, TimeSpan.Zero), 1));

    [Fact]
    public void Add_FromASaturday_CountsFromMondayMorning() => // Sat 5-12 11:00 + 1 = Tue 8-12 08:00
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), WorkingDays.Add(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), 1));

    [Fact]
    public void OneBefore_AfterAHolidayWeekend_IsTheLastWorkingDayBefore() => // Mon 28-12 10:00 → Thu 24-12 10:00
        Assert.Equal(ChristmasEve, WorkingDays.OneBefore(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Between_CountsOnlyWholeWorkingDays()
    {
        Assert.Equal(0, WorkingDays.Between(FridayAfternoon, FridayAfternoon.AddDays(3).AddHours(-1))); // Mon 14:00
        Assert.Equal(1, WorkingDays.Between(FridayAfternoon, FridayAfternoon.AddDays(3))); // Mon 15:00
        Assert.Equal(1, WorkingDays.Between(ChristmasEve, ChristmasEve.AddDays(5).AddHours(-1))); // Tue 29-12 09:00: only Mon 28 counted
        Assert.Equal(2, WorkingDays.Between(ChristmasEve, ChristmasEve.AddDays(5))); // Tue 29-12 10:00
        Assert.Equal(0, WorkingDays.Between(FridayAfternoon, FridayAfternoon.AddDays(-1)));
    }

    [Theory]
    [InlineData(2026, 12, 5, false)] // Saturday
    [InlineData(2026, 12, 25, false)] // Eerste Kerstdag
    [InlineData(2026, 5, 14, false)] // Hemelvaartsdag
    [InlineData(2026, 12, 7, true)]
    public void IsWorkingDay(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, WorkingDays.IsWorkingDay(new DateOnly(year, month, day)));
}
