namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// Either the saved draft (<see cref="Response"/>) or a refusal with its HTTP status and Dutch reason; a refusal because
/// the draft changed in another tab carries that tab's version (<see cref="Conflict"/>).
/// </summary>
public sealed record AutosaveOutcome(AutosaveResponse? Response, int Status, string? Refusal, AutosaveConflict? Conflict = null)
{
    public static AutosaveOutcome Saved(Guid id, DateTimeOffset at) =>
        new(new AutosaveResponse(id, Posts.PostLinks.Edit(id), Domain.Time.DutchTime.ToLocal(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)), StatusCodes.Status200OK, null);

    public static AutosaveOutcome Refuse(int status, string reason) => new(null, status, reason);

    public static AutosaveOutcome ChangedElsewhere(AutosaveConflict conflict) =>
        new(null, StatusCodes.Status409Conflict, DraftAutosave.ChangedElsewhere, conflict);
}
