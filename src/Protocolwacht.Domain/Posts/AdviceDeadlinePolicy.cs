namespace Protocolwacht.Domain.Posts;

/// <summary>
/// When a request for advice on a scheduled post must be answered: <see cref="LeadTime"/> before the
/// scheduled moment, or halfway to it when that is already too close. Posts without a scheduled
/// moment get no deadline: nothing is published before the manager answers anyway.
/// </summary>
public sealed record AdviceDeadlinePolicy(TimeSpan LeadTime)
{
    public static readonly AdviceDeadlinePolicy Default = new(TimeSpan.FromHours(2));

    public DateTimeOffset? DeadlineFor(DateTimeOffset now, DateTimeOffset? scheduledAt)
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
