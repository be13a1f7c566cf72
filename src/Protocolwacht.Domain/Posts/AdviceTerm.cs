namespace Protocolwacht.Domain.Posts;

/// <summary>
/// When an open advice request must be answered (<see cref="Deadline"/>, UTC; after it the request escalates) and
/// when its manager is reminded (<see cref="ReminderAt"/>, UTC, before the deadline; null for no reminder).
/// </summary>
public sealed record AdviceTerm(DateTimeOffset Deadline, DateTimeOffset? ReminderAt);
