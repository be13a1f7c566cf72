using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Accounts;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>Copies domain values onto rows (import) and rows back into domain values (reading). By hand, on purpose.</summary>
public static class OrganisationMapping
{
    internal static void CopyFrom(this BoardEntity row, Board board, Domain.PostingRights.PostingRightsRules rules)
    {
        row.Name = board.Name;
        row.Domains = [.. board.Domains];
        row.Emails = [.. board.PublicContacts.Emails];
        row.Phones = [.. board.PublicContacts.Phones];
        row.Websites = [.. board.PublicContacts.Websites];
        row.Address = board.PublicContacts.Address;
        row.OrganisationPostingRoles = [.. rules.OrganisationRoles.Order().Select(r => r.ToCode())];
        row.SchoolPostingRoles = [.. rules.SchoolRoles.Order().Select(r => r.ToCode())];
        row.SchoolAccountsOwnSchoolOnly = rules.SchoolAccountsOwnSchoolOnly;
    }

    internal static void CopyFrom(this SchoolEntity row, School school, int order)
    {
        row.Name = school.Name;
        row.Town = school.Town;
        row.Domains = [.. school.Domains];
        row.Emails = [.. school.PublicContacts.Emails];
        row.Phones = [.. school.PublicContacts.Phones];
        row.Websites = [.. school.PublicContacts.Websites];
        row.Address = school.PublicContacts.Address;
        row.SortOrder = order;
    }

    internal static void CopyFrom(this StaffEntity row, StaffMember staff, int order)
    {
        row.Name = staff.Name;
        row.Role = staff.Role.ToCode();
        row.Function = staff.Function;
        row.SchoolId = staff.SchoolId;
        row.ManagerId = staff.ManagerId;
        row.SortOrder = order;
    }

    internal static void CopyFrom(this StudentEntity row, Student student, int order)
    {
        row.Name = student.Name;
        row.SchoolId = student.SchoolId;
        row.Group = student.Group;
        row.SortOrder = order;
    }

    /// <summary>Channel and handle come from the file; the stored credential stays with the account id.</summary>
    internal static void CopyFrom(this OfficialAccountEntity row, OfficialAccount account, int order)
    {
        row.Channel = account.Channel;
        row.Handle = account.Handle;
        row.SchoolId = account.SchoolId;
        row.SortOrder = order;
    }

    internal static PublicContacts Contacts(List<string> emails, List<string> phones, List<string> websites, string? address) =>
        new([.. emails], [.. phones], [.. websites], address);

    public static OfficialAccount ToDomain(this OfficialAccountEntity row) => new(row.Id, row.Channel, row.Handle, row.SchoolId);

    public static StaffMember ToDomain(this StaffEntity row) =>
        new(row.Id, row.Name, StaffRoleCodes.TryParse(row.Role, out var role) ? role : throw new InvalidOperationException($"Staff '{row.Id}' has unknown role '{row.Role}' in the database."),
            row.Function, row.SchoolId, row.ManagerId);
}
