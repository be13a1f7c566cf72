using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// Two-factor sign-in with an authenticator app (ASP.NET Core Identity's TOTP provider): enrolment at
/// /account/two-factor, the code after the password at /account/two-factor/code, recovery codes.
/// Required for administrators (outside Development always), and for everyone with <c>SignIn:TwoFactor:RequiredForEveryone</c>.
/// </summary>
public static class TwoFactorFeature
{
    public static WebApplicationBuilder AddTwoFactor(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwoFactorOptions>().BindConfiguration("SignIn:TwoFactor")
            .PostConfigure<IHostEnvironment>((o, environment) => o.RequiredForAdministrators |= !environment.IsDevelopment());
        // The session says whether its account has two-factor sign-in on (see TwoFactorClaims).
        builder.Services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<StaffUser>, TwoFactorClaims>());
        builder.Services.AddSingleton<AuthenticatorQrCode>();
        return builder;
    }

    /// <summary>After authentication: a session that must have two-factor sign-in and has not is sent to enrol.</summary>
    public static WebApplication UseTwoFactorRequirement(this WebApplication app)
    {
        app.UseMiddleware<TwoFactorRequirement>();
        return app;
    }
}
