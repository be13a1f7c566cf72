namespace Protocolwacht.Domain.Time;

/// <summary>
/// The Dutch national holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag,
/// Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag. Computed for any year (Easter by
/// the Gregorian computus), so nothing needs updating when a year turns. Easter Sunday and Whit Sunday are Sundays
/// and so never working days anyway.
/// </summary>
public static class DutchHolidays
{
    /// <summary>True when <paramref name="date"/> is one of the national holidays above.</summary>
    public static bool IsHoliday(DateOnly date) => For(date.Year).Contains(date);

    /// <summary>The holidays of <paramref name="year"/>, in calendar order.</summary>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new DateOnly(year, 1, 1),
            easter.AddDays(-2), // Goede Vrijdag
            easter.AddDays(1), // Tweede Paasdag
            KingsDay(year),
            new DateOnly(year, 5, 5),
            easter.AddDays(39), // Hemelvaartsdag
            easter.AddDays(50), // Tweede Pinksterdag
            new DateOnly(year, 12, 25),
            new DateOnly(year, 12, 26),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // 27 April, or the 26th when the 27th is a Sunday (Wet viering Koningsdag).
    private static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }
}
