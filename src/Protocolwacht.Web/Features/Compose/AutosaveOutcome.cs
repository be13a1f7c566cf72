namespace Protocolwacht.Web.Features.Compose;

/// <summary>Either the saved draft (<see cref="Response"/>) or a refusal with its HTTP status and Dutch reason.</summary>
public sealed record AutosaveOutcome(AutosaveResponse? Response, int Status, string? Refusal)
{
    public static AutosaveOutcome Saved(Guid id, DateTimeOffset at) =>
        new(new AutosaveResponse(id, Posts.PostLinks.Edit(id), Domain.Time.DutchTime.ToLocal(at).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)), StatusCodes.Status200OK, null);

    public static AutosaveOutcome Refuse(int status, string reason) => new(null, status, reason);
}
