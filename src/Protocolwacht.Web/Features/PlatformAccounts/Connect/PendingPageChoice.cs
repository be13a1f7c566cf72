namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// A Facebook sign-in that came back with several pages and no page named: the administrator picks one on
/// <c>/accounts/oauth/pagina</c>. Holds the long-lived user token (never the pages' tokens, which are asked again for
/// the chosen page) and lives only in an encrypted cookie (<see cref="PendingPageChoices"/>).
/// </summary>
/// <param name="Pages">Id and name of each page, to show; nothing else about them.</param>
public sealed record PendingPageChoice(
    string AccountId,
    string StaffId,
    string Channel,
    DateTimeOffset StartedAt,
    TimeSpan Lifetime,
    string UserToken,
    IReadOnlyList<PageOption> Pages)
{
    public override string ToString() => $"PendingPageChoice {{ AccountId = {AccountId}, Channel = {Channel}, Pages = {Pages.Count} }}";
}

/// <summary>A page offered in the choice: its Facebook id and name.</summary>
public sealed record PageOption(string Id, string Name);
