using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// Whose reactions a person may read: staff of a school those of the school's accounts, staff without a
/// school (the board office) those of the board's own accounts, administrators all. Reactions are about
/// the school community, so the rule is the school, not the posting right.
/// </summary>
public static class ReactionAccess
{
    public static IReadOnlyList<OfficialAccount> AccountsFor(OrganisationModel organisation, StaffMember? staff, bool isAdmin)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (isAdmin)
        {
            return [.. organisation.Accounts];
        }

        return staff is null ? [] : [.. organisation.Accounts.Where(a => a.SchoolId == staff.SchoolId)];
    }
}
