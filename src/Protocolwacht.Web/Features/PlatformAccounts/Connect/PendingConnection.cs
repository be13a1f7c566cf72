namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// A sign-in at a platform that has started and not yet come back: the <c>state</c> sent, the PKCE verifier kept,
/// and who started it for which account. Lives only in an encrypted cookie (<see cref="PendingConnections"/>).
/// </summary>
/// <param name="StaffId">The administrator who started it; the callback is accepted only in that person's session.</param>
/// <param name="Instance">Mastodon: the instance, whose registered client finishes the flow.</param>
/// <param name="PlatformAccountId">What the administrator named on the connect page (LinkedIn organisation, Facebook page), or null.</param>
public sealed record PendingConnection(
    string State,
    string? Verifier,
    string AccountId,
    string StaffId,
    string Channel,
    DateTimeOffset StartedAt,
    Uri? Instance,
    string? PlatformAccountId)
{
    public override string ToString() => $"PendingConnection {{ AccountId = {AccountId}, Channel = {Channel}, StartedAt = {StartedAt:O} }}";
}
