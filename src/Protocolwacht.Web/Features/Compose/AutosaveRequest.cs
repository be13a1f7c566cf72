namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// What the composer sends while the author types. <see cref="Id"/> is chosen by the page when it opens a new
/// draft and kept for every later save, so the first save creates the post and every other one updates it.
/// </summary>
/// <param name="ScheduledAt">Local Dutch time from the datetime-local field; null means "after the undo period".</param>
/// <param name="Known">
/// The versions of the draft this page may have left on the server: what it opened or last saved, and a save of its own
/// still under way. A stored draft that is none of them was changed in another tab, and the save is refused with that
/// version (<see cref="AutosaveConflict"/>) instead of overwriting it. Null (a client that does not say) saves as before.
/// </param>
public sealed record AutosaveRequest(Guid Id, string? Text, IReadOnlyList<string>? Accounts, DateTime? ScheduledAt, IReadOnlyList<DraftVersion>? Known = null);

/// <summary>One version of a draft as the composer holds it: text, accounts and the local Dutch moment (null: none).</summary>
public sealed record DraftVersion(string? Text, IReadOnlyList<string>? Accounts, DateTime? ScheduledAt);

/// <summary>The answer to a successful autosave: the draft's id, where to edit it and the Dutch local time ("10:42").</summary>
public sealed record AutosaveResponse(Guid Id, string EditUrl, string SavedAt);
