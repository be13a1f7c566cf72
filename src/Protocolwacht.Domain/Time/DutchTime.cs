using System.Globalization;

namespace Protocolwacht.Domain.Time;

/// <summary>
/// The one place that turns the UTC the app stores into the time a person in the Netherlands reads
/// (Europe/Amsterdam, with summer time), and back. Every time shown carries its date: "2-12-2026 10:00".
/// </summary>
public static class DutchTime
{
    /// <summary>Europe/Amsterdam; UTC only on a machine without time zone data (then times are shown as UTC).</summary>
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>
    /// A wall-clock time typed by Dutch staff (for example in a datetime-local field) as a UTC instant.
    /// A time in the hour skipped when summer time starts (02:30 on the last Sunday of March) is read as
    /// the clock would have shown it, an hour later, as calendars do; a time that happens twice in autumn
    /// is the first (summer time) one. Neither throws: a person typed it, not a program.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            var before = Zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(unspecified - before, TimeSpan.Zero);
        }

        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified - offset, TimeSpan.Zero);
    }

    /// <summary>The wall-clock time in Amsterdam at <paramref name="instant"/>, for a datetime-local field.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The Amsterdam calendar date at <paramref name="instant"/>: school years and consent dates follow it.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>Today's date in Amsterdam by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>"2-12-2026", a calendar day as Dutch staff write it.</summary>
    public static string FormatDay(DateOnly day) => day.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2-12-2026 10:00" in Amsterdam time.</summary>
    public static string Format(DateTimeOffset instant) => ToLocal(instant).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2-12-2026 10:00:30" in Amsterdam time, for history and countdowns where seconds matter.</summary>
    public static string FormatWithSeconds(DateTimeOffset instant) => ToLocal(instant).ToString("d-M-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a container without time zone data: times are then shown as UTC
        }
    }
}
