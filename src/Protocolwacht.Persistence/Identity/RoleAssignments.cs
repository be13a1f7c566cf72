using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// Grants and revokes the <see cref="AppRoles"/>: each change and its audit entry commit together. The last
/// administrator cannot lose the role, so the organisation can never lock itself out of its own settings;
/// the roles themselves exist from start-up (SignInAccounts). On PostgreSQL the check holds a transaction-scoped advisory lock, so two administrators removing each
/// other at the same moment cannot both succeed (SQLite has one writer at a time).
/// </summary>
public sealed class RoleAssignments(ProtocolwachtDbContext db, UserManager<StaffUser> users, IAuditLog audit)
{
    private const long AdvisoryLockKey = 0x50_57_52_4F_4C_45; // "PWROLE"

    public const string LastAdministrator =
        "Je kunt de laatste beheerder niet verwijderen: ken eerst iemand anders de rol beheerder toe.";

    /// <summary>Every staff id with the roles it holds.</summary>
    public async Task<IReadOnlyList<(string StaffId, string Role)>> AllAsync(CancellationToken cancellationToken = default) =>
        (await (
            from link in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
            join user in db.Users.AsNoTracking() on link.UserId equals user.Id
            select new { user.StaffId, role.Name }).ToListAsync(cancellationToken))
        .Select(r => (r.StaffId, r.Name ?? string.Empty))
        .OrderBy(r => r.StaffId, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal).ToList();

    /// <summary>Grants <paramref name="role"/>; null when done (or already held), else a Dutch reason.</summary>
    public Task<string?> GrantAsync(string staffId, string role, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(staffId, role, actor, grant: true, cancellationToken);

    /// <summary>Revokes <paramref name="role"/>; null when done (or not held), else a Dutch reason.</summary>
    public Task<string?> RevokeAsync(string staffId, string role, string actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(staffId, role, actor, grant: false, cancellationToken);

    private async Task<string?> ChangeAsync(string staffId, string role, string actor, bool grant, CancellationToken cancellationToken)
    {
        if (!AppRoles.IsKnown(role))
        {
            return $"De rol '{role}' bestaat niet. Kies beheerder, privacyfunctionaris of incidentbehandelaar.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var user = string.IsNullOrEmpty(staffId) ? null : await users.FindByNameAsync(staffId);
        if (user is null)
        {
            return $"Er is geen aanmeldaccount voor medewerker '{staffId}'.";
        }

        if (await users.IsInRoleAsync(user, role) == grant)
        {
            return null; // nothing to change, nothing to record
        }

        if (!grant && role == AppRoles.Admin && (await users.GetUsersInRoleAsync(AppRoles.Admin)).Count <= 1)
        {
            return LastAdministrator;
        }

        await audit.RecordAsync(actor, grant ? AuditActions.RoleGranted : AuditActions.RoleRevoked, $"medewerker:{user.StaffId}", role, cancellationToken);
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
