using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Sign-in: ASP.NET Core Identity with local accounts (user name = staff id; throttled, never locked out), optional OpenID
/// Connect, and Data Protection keys in the database so several instances share cookies and secrets.
/// </summary>
public static class SignInFeature
{
    public static WebApplicationBuilder AddSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<StaffUser, IdentityRole>(StaffIdentity.Configure)
            .AddEntityFrameworkStores<ProtocolwachtDbContext>()
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
            o.Events = new CookieAuthenticationEvents
            {
                // The JSON API answers 401/403 instead of redirecting to an HTML page.
                OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden),
            };
        });

        var protection = services.AddDataProtection()
            .SetApplicationName("Protocolwacht")
            .PersistKeysToDbContext<ProtocolwachtDbContext>();
        // Keys encrypt sign-in cookies and platform credentials; with a certificate they are encrypted at rest too.
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            protection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(AppRoles.Admin));

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
