namespace Protocolwacht.Domain.Time;

/// <summary>
/// Counting in Dutch working days: Monday to Friday in Amsterdam, except the national holidays
/// (<see cref="DutchHolidays"/>). A moment outside a working day counts from the start of the next one
/// (<see cref="DayStart"/>), so a request sent on Saturday is not a working day older than one sent on Monday morning.
/// </summary>
public static class WorkingDays
{
    /// <summary>When a working day starts for counting, Amsterdam time.</summary>
    public static readonly TimeOnly DayStart = new(8, 0);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DutchHolidays.IsHoliday(date);

    /// <summary>
    /// The moment <paramref name="days"/> working days after <paramref name="from"/>, at the same Amsterdam time of day
    /// (Friday 15:00 plus two is Tuesday 15:00). <paramref name="days"/> must not be negative.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var (date, time) = Start(from);
        for (var i = 0; i < days; i++)
        {
            date = Next(date);
        }

        return DutchTime.ToUtc(date.ToDateTime(time));
    }

    /// <summary>The same Amsterdam time on the working day before <paramref name="moment"/>'s (counted) day.</summary>
    public static DateTimeOffset OneBefore(DateTimeOffset moment)
    {
        var (date, time) = Start(moment);
        do
        {
            date = date.AddDays(-1);
        }
        while (!IsWorkingDay(date));

        return DutchTime.ToUtc(date.ToDateTime(time));
    }

    /// <summary>
    /// Whole working days from <paramref name="from"/> to <paramref name="to"/>: how many working days have fully
    /// passed, counting from the (counted) start. Zero when less than one working day passed or when <paramref name="to"/> is earlier.
    /// </summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to)
    {
        var count = 0;
        for (var next = Add(from, 1); next <= to; next = Add(next, 1))
        {
            count++;
        }

        return count;
    }

    private static (DateOnly Date, TimeOnly Time) Start(DateTimeOffset moment)
    {
        var local = DutchTime.ToLocal(moment);
        var date = DateOnly.FromDateTime(local);
        return IsWorkingDay(date) ? (date, TimeOnly.FromDateTime(local)) : (Next(date), DayStart);
    }

    private static DateOnly Next(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date));

        return date;
    }
}
