using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>The staff ids of everyone with the administrator role, for reminders addressed to "the administrator".</summary>
public static class Administrators
{
    public static Task<IReadOnlyList<string>> StaffIdsAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken) =>
        StaffIdsInRoleAsync(db, AppRoles.Admin, cancellationToken);

    /// <summary>The staff ids of everyone holding <paramref name="roleName"/> (one of <see cref="AppRoles"/>).</summary>
    public static async Task<IReadOnlyList<string>> StaffIdsInRoleAsync(ProtocolwachtDbContext db, string roleName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            join user in db.Users on link.UserId equals user.Id
            where role.Name == roleName
            orderby user.StaffId
            select user.StaffId).Distinct().ToListAsync(cancellationToken);
    }
}
