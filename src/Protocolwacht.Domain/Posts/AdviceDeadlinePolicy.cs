using Protocolwacht.Domain.Time;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// When a request for advice must be answered: <see cref="WorkingDays"/> Dutch working days after it was asked
/// (<see cref="Time.WorkingDays"/>), or sooner for a scheduled post: <see cref="LeadTime"/> before the scheduled
/// moment, or halfway to it when that is already too close. The manager is reminded one working day before the
/// deadline, or, when the deadline is less than a working day away, halfway to it but at most four hours before it.
/// </summary>
public sealed record AdviceDeadlinePolicy(TimeSpan LeadTime, int WorkingDays = AdviceDeadlinePolicy.DefaultWorkingDays)
{
    /// <summary>The board-wide default when a school sets no term of its own.</summary>
    public const int DefaultWorkingDays = 2;

    public static readonly AdviceDeadlinePolicy Default = new(TimeSpan.FromHours(2));

    public AdviceTerm TermFor(DateTimeOffset now, DateTimeOffset? scheduledAt)
    {
        var deadline = Time.WorkingDays.Add(now, Math.Max(1, WorkingDays));
        if (BeforeSchedule(now, scheduledAt) is { } sooner && sooner < deadline)
        {
            deadline = sooner;
        }

        var dayBefore = Time.WorkingDays.OneBefore(deadline);
        var reminder = dayBefore > now ? dayBefore : deadline - Min((deadline - now) / 2, ShortReminder);
        return new AdviceTerm(deadline, reminder < deadline ? reminder : null);
    }

    // A deadline less than a working day away is reminded halfway, but not more than this before it, so a Friday
    // request due on Monday is reminded on Monday morning rather than during the weekend.
    private static readonly TimeSpan ShortReminder = TimeSpan.FromHours(4);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private DateTimeOffset? BeforeSchedule(DateTimeOffset now, DateTimeOffset? scheduledAt)
    {
        if (scheduledAt is not { } scheduled)
        {
            return null;
        }

        var candidate = scheduled - LeadTime;
        if (candidate > now)
        {
            return candidate;
        }

        return scheduled > now ? now + ((scheduled - now) / 2) : now;
    }
}
