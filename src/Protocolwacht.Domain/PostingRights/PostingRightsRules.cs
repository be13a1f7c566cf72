using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.PostingRights;

/// <summary>
/// Who may post on which kind of account: configuration, so another board can set its own.
/// The default is the Konot protocol's ACCOUNT section.
/// </summary>
/// <param name="OrganisationRoles">Roles that may post on the board's own accounts.</param>
/// <param name="SchoolRoles">Roles that may post on school accounts.</param>
/// <param name="SchoolAccountsOwnSchoolOnly">When true, a school role may post only on the accounts of the school they belong to.</param>
public sealed record PostingRightsRules(
    IReadOnlySet<StaffRole> OrganisationRoles,
    IReadOnlySet<StaffRole> SchoolRoles,
    bool SchoolAccountsOwnSchoolOnly)
{
    public static readonly PostingRightsRules KonotProtocol = new(
        new HashSet<StaffRole> { StaffRole.Cvb, StaffRole.Directie, StaffRole.Staf },
        new HashSet<StaffRole> { StaffRole.Directie, StaffRole.Medewerker },
        SchoolAccountsOwnSchoolOnly: true);
}
