using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Gives every staff member a sign-in account (user name = staff id) and the admin role to the staff
/// ids in <c>Identity:InitialAdmins</c>. Only when <c>Identity:DemoPassword</c> is set (Development)
/// do new accounts get a password; elsewhere they sign in through OpenID Connect or get one set.
/// </summary>
public sealed partial class StaffAccountsSeeder(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<StaffAccountsSeeder> logger) : IDatabaseSeeder
{
    public int Order => 100;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(AppRoles.Admin))
        {
            // Another instance starting at the same moment may win; its role is just as good.
            await roles.CreateAsync(new IdentityRole(AppRoles.Admin));
        }

        var demoPassword = environment.IsDevelopment() ? configuration["Identity:DemoPassword"] : null;
        var admins = configuration.GetSection("Identity:InitialAdmins").Get<string[]>() ?? [];
        var staffIds = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync(cancellationToken);
        var existing = await db.Users.AsNoTracking().Select(u => u.StaffId).ToListAsync(cancellationToken);
        var created = 0;
        foreach (var staffId in staffIds.Except(existing, StringComparer.Ordinal))
        {
            var user = new StaffUser { UserName = staffId, StaffId = staffId, LockoutEnabled = true };
            var result = await CreateAsync(db, user, demoPassword);
            if (!result.Succeeded)
            {
                if (await users.FindByNameAsync(staffId) is not null)
                {
                    continue; // created by another instance starting at the same moment
                }

                throw new InvalidOperationException($"Creating the account of '{staffId}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            if (admins.Contains(staffId, StringComparer.Ordinal))
            {
                await users.AddToRoleAsync(user, AppRoles.Admin);
            }

            created++;
        }

        if (created > 0 && !string.IsNullOrEmpty(demoPassword))
        {
            LogDemoAccounts(logger, created, demoPassword, string.Join(", ", admins));
        }
    }

    private async Task<IdentityResult> CreateAsync(ProtocolwachtDbContext db, StaffUser user, string? password)
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

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Demo-accounts aangemaakt ({Count}). Meld je aan op /account/signin met je medewerker-id als gebruikersnaam " +
        "(bijvoorbeeld tom.hendriks, karin.mulder) en het demowachtwoord '{Password}'. Beheerder: {Admins}. " +
        "Alleen in Development; stel in productie geen Identity:DemoPassword in.")]
    private static partial void LogDemoAccounts(ILogger logger, int count, string password, string admins);
}
