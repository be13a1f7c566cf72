namespace Protocolwacht.Persistence.Posts;

/// <summary>
/// A manager's period away: on every Dutch calendar day from <see cref="From"/> through <see cref="Until"/> (both
/// inclusive; no end means until they report back) advice requests skip them and go to the next one up. One period per
/// manager: a new one replaces the old.
/// </summary>
public class StaffAbsence
{
    public string StaffId { get; set; } = string.Empty;

    /// <summary>When the period was reported.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>The first day away. Rows from before periods existed have <see cref="DateOnly.MinValue"/>: away since ever.</summary>
    public DateOnly From { get; set; }

    /// <summary>The last day away, or null until the manager reports back.</summary>
    public DateOnly? Until { get; set; }

    public bool Covers(DateOnly day) => From <= day && (Until is null || day <= Until);

    /// <summary>Whether the period still matters on <paramref name="day"/> (running or still to come).</summary>
    public bool EndsOnOrAfter(DateOnly day) => Until is null || Until >= day;
}
