using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Checks;

/// <summary>The account a draft is meant for. <see cref="SchoolId"/> is set for school accounts.</summary>
public sealed record AccountContext(AccountKind Kind, string? SchoolId, string? Channel);
