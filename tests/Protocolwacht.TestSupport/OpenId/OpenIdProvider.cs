using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Protocolwacht.TestSupport.OpenId;

/// <summary>
/// A real OpenID provider on loopback, built with OpenIddict's server: discovery, JWKS, the authorization
/// endpoint (code flow, PKCE required) and the token endpoint, issuing signed id_tokens. There is no login
/// form: the test says who is signed in at the provider (<see cref="SignedInAs"/>), as Entra ID would after
/// its own sign-in, and the id_token carries that person's <c>preferred_username</c> and <c>email</c>.
/// OpenIddict runs in its degraded mode (no database): the one client (<see cref="ClientId"/>, its secret
/// and its redirect URI) is checked by the two handlers below; codes are self-contained and encrypted.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "protocolwacht";
    public const string ClientSecret = "geheim-van-de-test-client";

    private readonly WebApplication _app;

    private OpenIdProvider(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The issuer (authority) the app is configured with.</summary>
    public Uri Authority { get; private set; } = null!;

    /// <summary>The one redirect URI the client may use; set by <see cref="RegisterClientAsync"/>.</summary>
    public string? RedirectUri { get; private set; }

    /// <summary>The account the provider vouches for at the next authorization (its preferred_username and email).</summary>
    public string SignedInAs { get; set; } = "nobody@example.org";

    /// <summary>The authorization requests the provider saw, for asserting PKCE and the client.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string?>> AuthorizationRequests { get; } = new();

    public static async Task<OpenIdProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        OpenIdProvider? self = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.EnableDegradedMode().DisableTokenStorage();
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement(); // loopback HTTP in the tests only
            o.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.Request.ClientId != ClientId || context.Request.RedirectUri != self?.RedirectUri)
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of redirect_uri.");
                }

                return default;
            }));
            o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.Request.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Onbekende client of verkeerd geheim.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        var provider = self = new OpenIdProvider(app);
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], provider.Authorize);
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)Token);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = new Uri(address.TrimEnd('/') + "/");
        return provider;
    }

    /// <summary>Lets the app return to <paramref name="appBaseAddress"/>/signin-oidc.</summary>
    public Task RegisterClientAsync(Uri appBaseAddress)
    {
        ArgumentNullException.ThrowIfNull(appBaseAddress);
        RedirectUri = new Uri(appBaseAddress, "signin-oidc").ToString();
        return Task.CompletedTask;
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        AuthorizationRequests.Enqueue(request.GetParameters().ToDictionary(p => p.Key, p => (string?)p.Value));
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "sub-" + SignedInAs)
            .SetClaim(Claims.PreferredUsername, SignedInAs)
            .SetClaim(Claims.Email, SignedInAs)
            .SetClaim(Claims.Name, SignedInAs);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The code was checked by OpenIddict (PKCE verifier, redirect URI) and the client by the handler above.
    private static async Task<IResult> Token(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return result.Principal is { } principal
            ? Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
