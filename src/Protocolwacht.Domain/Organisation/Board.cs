namespace Protocolwacht.Domain.Organisation;

/// <summary>The school board itself (in the demo: Konot).</summary>
public sealed record Board(
    string Id,
    string Name,
    IReadOnlyList<string> Domains,
    PublicContacts PublicContacts,
    IReadOnlyList<OfficialAccount> Accounts);
