namespace Protocolwacht.Web.Features.Calendar;

/// <summary>
/// The days a calendar page shows: a week from Monday to Sunday, or a month as whole weeks (from the Monday on or
/// before the first to the Sunday on or after the last), around <see cref="Anchor"/>; Dutch weeks start on Monday.
/// </summary>
public sealed record CalendarPeriod(bool IsMonth, DateOnly Anchor, DateOnly First, DateOnly End)
{
    public static CalendarPeriod Of(string? view, DateOnly anchor)
    {
        if (!string.Equals(view, "month", StringComparison.Ordinal))
        {
            var monday = Monday(anchor);
            return new CalendarPeriod(false, anchor, monday, monday.AddDays(7));
        }

        var first = new DateOnly(anchor.Year, anchor.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return new CalendarPeriod(true, anchor, Monday(first), Monday(last).AddDays(7));
    }

    /// <summary>The first day of the month or week itself (not of the grid), for the title.</summary>
    public DateOnly Start => IsMonth ? new DateOnly(Anchor.Year, Anchor.Month, 1) : First;

    public DateOnly Previous => IsMonth ? Start.AddMonths(-1) : First.AddDays(-7);

    public DateOnly Next => IsMonth ? Start.AddMonths(1) : First.AddDays(7);

    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var day = First; day < End; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    public bool InMonth(DateOnly day) => !IsMonth || day.Month == Anchor.Month;

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
