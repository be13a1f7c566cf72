namespace Protocolwacht.Imports.Time;

/// <summary>
/// Turns a clock time written without offset (a CSV's "2024-10-27 02:30") into UTC in the zone the
/// file was made in. Around the switch to summer time an hour does not exist: that is an issue, not a
/// guess. Around the switch back an hour happens twice: the first (summer time) is taken, as the
/// earlier of the two readings.
/// </summary>
public static class LocalTime
{
    /// <summary>The zone of every Konot school; exports without offset are in Dutch local time.</summary>
    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset? ToUtc(DateTime clockTime, TimeZoneInfo zone, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(zone);
        problem = null;
        var unspecified = DateTime.SpecifyKind(clockTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            problem = $"Het tijdstip {unspecified:yyyy-MM-dd HH:mm} bestaat niet in tijdzone {zone.Id}: de klok ging toen een uur vooruit.";
            return null;
        }

        var offset = zone.IsAmbiguousTime(unspecified)
            ? zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
