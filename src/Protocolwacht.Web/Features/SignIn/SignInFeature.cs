using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Web.Infrastructure.KeyRing;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Sign-in: ASP.NET Core Identity with local accounts (user name = staff id; throttled, never locked out), optional
/// OpenID Connect, and the Data Protection key ring (<see cref="KeyRingFeature"/>) for cookies and secrets.
/// </summary>
public static class SignInFeature
{
    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<StaffUser, IdentityRole>(StaffIdentity.Configure)
            .AddEntityFrameworkStores<ProtocolwachtDbContext>()
            .AddUserStore<HashedRecoveryCodeStore>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddDefaultTokenProviders();
        services.AddOptions<SignInAccountOptions>()
            .Configure<IConfiguration, IHostEnvironment>((o, configuration, environment) => o.ReadFrom(configuration, environment.IsDevelopment()));

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "protocolwacht";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The JSON API answers 401/403 instead of redirecting to an HTML page. Identity's own events stay
            // (OnValidatePrincipal checks the security stamp and refreshes the roles): replacing the events
            // object would switch that off.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        // Keys encrypt sign-in cookies and platform credentials: kept apart from the database they protect.
        builder.AddKeyRing();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(AppRoles.Admin));

        // A role granted or revoked at /roles reaches a signed-in session within this interval: the validator
        // rebuilds the principal's role claims from the database (and ends the session if the stamp changed).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddHttpContextAccessor();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration("SignIn:Throttle");
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DeviceCookie>();
        services.AddScoped<DummyPassword>();
        services.AddScoped<CurrentStaff>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffAccountsSeeder>();
        services.AddScoped<IDatabaseSeeder>(sp => sp.GetRequiredService<StaffAccountsSeeder>());
        builder.AddOpenIdConnectSignIn();
        return builder;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
