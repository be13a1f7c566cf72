using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Persistence.Identity;

/// <summary>
/// Gives every staff member without one a sign-in account (user name = staff id), and the admin role to
/// the <see cref="SignInAccountOptions.InitialAdmins"/>. It writes through the caller's
/// <see cref="ProtocolwachtDbContext"/> (the same scope), so inside an import it commits or rolls back
/// together with the organisation rows.
/// </summary>
public sealed class SignInAccounts(
    ProtocolwachtDbContext db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IUserStore<StaffUser> store,
    IOptions<SignInAccountOptions> options)
{
    /// <summary>Creates the missing accounts and returns how many it created.</summary>
    /// <exception cref="SignInAccountException">An account was refused (an id that cannot be a user name, a demo password the rules refuse).</exception>
    public async Task<int> CreateMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (name, _) in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await CreateRoleAsync(name);
            }
        }

        var settings = options.Value;
        var staffIds = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync(cancellationToken);
        var existing = await db.Users.AsNoTracking().Select(u => u.StaffId).ToListAsync(cancellationToken);
        var missing = staffIds.Except(existing, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        // The accounts are validated and hashed one by one as before, but saved together: one save instead of one per
        // account (a fresh demo database has 17; an import can have hundreds). If another instance starting at the same
        // moment saved one of them in between, the save fails as a whole and the accounts are made one by one, skipping
        // the ones that now exist, as before. Only on its own (the start's seeding): inside an import's transaction, or with
        // the caller's changes not yet saved, a failed save would take the caller's work with it, so there it is one by one.
        if (store is UserStore<StaffUser, IdentityRole, ProtocolwachtDbContext> { AutoSaveChanges: true } efStore
            && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges())
        {
            List<StaffUser> added;
            efStore.AutoSaveChanges = false;
            try
            {
                added = await AddAllAsync(missing, settings.DemoPassword);
            }
            finally
            {
                efStore.AutoSaveChanges = true;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return await CreateOneByOneAsync(missing, settings, cancellationToken);
            }

            foreach (var user in added.Where(u => settings.InitialAdmins.Contains(u.StaffId, StringComparer.Ordinal)))
            {
                await users.AddToRoleAsync(user, AppRoles.Admin);
            }

            return added.Count;
        }

        return await CreateOneByOneAsync(missing, settings, cancellationToken);
    }

    // Another instance starting at the same moment may win; its role is just as good. Identity's role store throws on the
    // loser's duplicate name instead of returning a failure (SignInAccountsTests: two instances at once on SQLite failed
    // the start of one), so the refused role is let go and the winner's looked up.
    private async Task CreateRoleAsync(string name)
    {
        try
        {
            await roles.CreateAsync(new IdentityRole(name));
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await roles.RoleExistsAsync(name))
            {
                throw;
            }
        }
    }

    /// <summary>Validates, hashes and adds the accounts without saving (the store's auto-save is off).</summary>
    private async Task<List<StaffUser>> AddAllAsync(List<string> staffIds, string? password)
    {
        var added = new List<StaffUser>(staffIds.Count);
        foreach (var staffId in staffIds)
        {
            var user = new StaffUser { UserName = staffId, StaffId = staffId, LockoutEnabled = true };
            var result = await CreateAsync(user, password);
            if (result.Succeeded)
            {
                added.Add(user);
            }
            else
            {
                await RefusedAsync(staffId, result);
            }
        }

        return added;
    }

    private async Task<int> CreateOneByOneAsync(List<string> staffIds, SignInAccountOptions settings, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var staffId in staffIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = new StaffUser { UserName = staffId, StaffId = staffId, LockoutEnabled = true };
            var result = await CreateAsync(user, settings.DemoPassword);
            if (!result.Succeeded)
            {
                await RefusedAsync(staffId, result);
                continue;
            }

            if (settings.InitialAdmins.Contains(staffId, StringComparer.Ordinal))
            {
                await users.AddToRoleAsync(user, AppRoles.Admin);
            }

            created++;
        }

        return created;
    }

    /// <summary>Returns when the account exists after all (created by another instance starting at the same moment); throws otherwise.</summary>
    private async Task RefusedAsync(string staffId, IdentityResult result)
    {
        if (await users.FindByNameAsync(staffId) is null)
        {
            throw new SignInAccountException(staffId,
                $"Het aanmeldaccount van medewerker '{staffId}' kan niet worden aangemaakt: {string.Join("; ", result.Errors.Select(Dutch))}.");
        }
    }

    private async Task<IdentityResult> CreateAsync(StaffUser user, string? password)
    {
        try
        {
            return string.IsNullOrEmpty(password) ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return IdentityResult.Failed(new IdentityError { Code = "Concurrent", Description = "Created concurrently." });
        }
    }

    private static string Dutch(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.InvalidUserName) =>
            "de medewerker-id is geen geldige gebruikersnaam (alleen letters zonder accenten, cijfers en - . _ @ + zijn toegestaan)",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "er bestaat al een aanmeldaccount met die gebruikersnaam",
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) =>
            $"het demowachtwoord (Identity:DemoPassword) voldoet niet aan de wachtwoordeisen ({error.Description})",
        _ => error.Description,
    };
}
