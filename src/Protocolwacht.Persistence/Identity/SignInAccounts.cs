using Microsoft.AspNetCore.Identity;
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
                // Another instance starting at the same moment may win; its role is just as good.
                await roles.CreateAsync(new IdentityRole(name));
            }
        }

        var settings = options.Value;
        var staffIds = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync(cancellationToken);
        var existing = await db.Users.AsNoTracking().Select(u => u.StaffId).ToListAsync(cancellationToken);
        var created = 0;
        foreach (var staffId in staffIds.Except(existing, StringComparer.Ordinal))
        {
            var user = new StaffUser { UserName = staffId, StaffId = staffId, LockoutEnabled = true };
            var result = await CreateAsync(user, settings.DemoPassword);
            if (!result.Succeeded)
            {
                if (await users.FindByNameAsync(staffId) is not null)
                {
                    continue; // created by another instance starting at the same moment
                }

                throw new SignInAccountException(staffId,
                    $"Het aanmeldaccount van medewerker '{staffId}' kan niet worden aangemaakt: {string.Join("; ", result.Errors.Select(Dutch))}.");
            }

            if (settings.InitialAdmins.Contains(staffId, StringComparer.Ordinal))
            {
                await users.AddToRoleAsync(user, AppRoles.Admin);
            }

            created++;
        }

        return created;
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
