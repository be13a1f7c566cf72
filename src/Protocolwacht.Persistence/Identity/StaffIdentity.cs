using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Protocolwacht.Persistence.Identity;

/// <summary>The account rules every host applies, so an account the CLI creates is one the web app accepts.</summary>
public static class StaffIdentity
{
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Password.RequiredLength = 10;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>
    /// Accounts without the web sign-in (cookies, token providers): for hosts that create accounts but
    /// never sign anyone in, such as the CLI's <c>org import</c>. The web app registers the full Identity.
    /// </summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddEntityFrameworkStores<ProtocolwachtDbContext>()
            .AddUserStore<HashedRecoveryCodeStore>();
        return services;
    }
}
