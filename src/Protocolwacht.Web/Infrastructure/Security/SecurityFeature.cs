using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Protocolwacht.Web.Infrastructure.Security;

/// <summary>
/// What every response tells the browser (NetEscapades.AspNetCore.SecurityHeaders): no framing by any
/// origin, no content sniffing, no inline script, a careful referrer; behind HTTPS also HSTS and Secure
/// cookies. Behind a reverse proxy the forwarded client address and scheme are trusted only from the
/// proxies configured under <c>ForwardedHeaders</c> (README, "Behind a reverse proxy").
/// </summary>
public static class SecurityFeature
{
    private const int OneYearInSeconds = 365 * 24 * 60 * 60;

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(o => ReadForwardedHeaders(o, configuration.GetSection("ForwardedHeaders")));
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = CookieSecurePolicy.SameAsRequest; // every cookie is Secure when the request came over HTTPS
            o.HttpOnly = HttpOnlyPolicy.None;
        });
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline, so every response (static files, errors, 404s) carries the headers.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders(Policies(app.Configuration));
        app.UseCookiePolicy();
        return app;
    }

    private static HeaderPolicyCollection Policies(IConfiguration configuration)
    {
        var signInProvider = configuration.GetValue<bool>("Authentication:OpenIdConnect:Enabled")
            && configuration["Authentication:OpenIdConnect:Authority"] is { Length: > 0 } authority
            && Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
        return new HeaderPolicyCollection()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddStrictTransportSecurityMaxAge(OneYearInSeconds) // the middleware sends it on HTTPS requests only
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self(); // no 'unsafe-inline': every script is a file under wwwroot/js
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFrameAncestors().None();
                var formAction = csp.AddFormAction().Self();
                if (signInProvider is not null)
                {
                    formAction.From(signInProvider); // the external sign-in form redirects to the identity provider
                }
            });
    }

    private static void ReadForwardedHeaders(ForwardedHeadersOptions options, IConfigurationSection section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
