namespace Protocolwacht.Domain.Organisation;

/// <summary>
/// An account on a platform that speaks for the board (<see cref="SchoolId"/> is null) or for one school.
/// </summary>
public sealed record OfficialAccount(string Id, string Channel, string Handle, string? SchoolId)
{
    public AccountKind Kind => SchoolId is null ? AccountKind.Organisation : AccountKind.School;
}
