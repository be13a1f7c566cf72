namespace Protocolwacht.Domain.Organisation;

public sealed record School(
    string Id,
    string Name,
    string? Town,
    IReadOnlyList<string> Domains,
    PublicContacts PublicContacts,
    IReadOnlyList<OfficialAccount> Accounts);
