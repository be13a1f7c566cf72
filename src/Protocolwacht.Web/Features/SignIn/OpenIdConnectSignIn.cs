using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// Sign-in with OpenID Connect (Microsoft Entra ID), off unless <c>Authentication:OpenIdConnect:Enabled</c>
/// is true. The provider signs into Identity's external cookie; <see cref="ExternalSignIn"/> then maps the
/// claim named by <c>StaffClaim</c> (e-mail or upn) to a staff member and signs in their local account.
/// </summary>
public static class OpenIdConnectSignIn
{
    public const string Scheme = "oidc";

    public static WebApplicationBuilder AddOpenIdConnectSignIn(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        if (!section.GetValue<bool>("Enabled"))
        {
            return builder;
        }

        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, section["DisplayName"] ?? "OpenID Connect", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = "code";
            o.UsePkce = true;
            // Only a provider on loopback in the tests is reached over plain HTTP; production keeps HTTPS.
            o.RequireHttpsMetadata = section.GetValue("RequireHttpsMetadata", true);
            o.CallbackPath = "/signin-oidc";
            o.Scope.Add("email");
            o.Scope.Add("profile");
            o.MapInboundClaims = false;
            // Secure when the request came over HTTPS, like every other cookie of the app (SecurityFeature):
            // behind HTTPS nothing changes; the tests' provider on loopback HTTP can complete the flow.
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>("Authentication:OpenIdConnect:Enabled");
}
