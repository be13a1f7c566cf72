namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// What the composer sends while the author types. <see cref="Id"/> is chosen by the page when it opens a new
/// draft and kept for every later save, so the first save creates the post and every other one updates it.
/// </summary>
/// <param name="ScheduledAt">Local Dutch time from the datetime-local field; null means "after the undo period".</param>
public sealed record AutosaveRequest(Guid Id, string? Text, IReadOnlyList<string>? Accounts, DateTime? ScheduledAt);

/// <summary>The answer to a successful autosave: the draft's id, where to edit it and the Dutch local time ("10:42").</summary>
public sealed record AutosaveResponse(Guid Id, string EditUrl, string SavedAt);
