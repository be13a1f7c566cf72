using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.OAuth;

/// <summary>
/// A platform's OAuth 2.0 authorization server as its documentation describes it (RFC 6749, PKCE per RFC 7636,
/// revocation per RFC 7009): the authorize endpoint redirects back with <c>code</c> and <c>state</c> (or
/// <c>error=access_denied</c>), the token endpoint checks the client, the redirect URI and the PKCE verifier, uses a
/// code once, rotates refresh tokens where the platform does (X) and answers errors as
/// <c>{"error": "invalid_grant", "error_description": …}</c>. <see cref="ForX"/>, <see cref="ForLinkedIn"/> and
/// <see cref="ForMastodon"/> set the paths and habits of each platform.
/// </summary>
public sealed partial class OAuthServer
{
    private readonly ConcurrentDictionary<string, IssuedCode> codes = new(StringComparer.Ordinal);
    private int counter;

    private OAuthServer(string prefix, string authorizePath, string tokenPath, string? revokePath)
    {
        Prefix = prefix;
        AuthorizePath = authorizePath;
        TokenPath = tokenPath;
        RevokePath = revokePath;
    }

    public string Prefix { get; }

    public string AuthorizePath { get; }

    public string TokenPath { get; }

    public string? RevokePath { get; }

    public string ClientId { get; set; } = "protocolwacht-client";

    /// <summary>Set for a confidential client: the token and revoke endpoints then require it.</summary>
    public string? ClientSecret { get; set; }

    public bool RequirePkce { get; set; } = true;

    /// <summary>X rotates the refresh token on every refresh; LinkedIn keeps it.</summary>
    public bool RotatesRefreshTokens { get; set; } = true;

    public int ExpiresInSeconds { get; set; } = 7200;

    /// <summary>LinkedIn's <c>refresh_token_expires_in</c>; null leaves it out.</summary>
    public int? RefreshExpiresInSeconds { get; set; }

    /// <summary>When set, the authorize endpoint redirects back with this error (the person declined: <c>access_denied</c>).</summary>
    public string? DenyWith { get; set; }

    /// <summary>The access token handed out next; null makes a fresh one.</summary>
    public string? NextAccessToken { get; set; }

    public ConcurrentDictionary<string, bool> AccessTokens { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, bool> RefreshTokens { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Revoked { get; } = new();

    /// <summary>The query of the last authorize request, as received.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorize { get; private set; } = new Dictionary<string, string>();

    public static OAuthServer ForX() => new("x", "/i/oauth2/authorize", "/2/oauth2/token", "/2/oauth2/revoke");

    public static OAuthServer ForLinkedIn() => new("li", "/oauth/v2/authorization", "/oauth/v2/accessToken", null)
    {
        ClientSecret = "linkedin-secret",
        RequirePkce = false,
        RotatesRefreshTokens = false,
        ExpiresInSeconds = 5_184_000,
        RefreshExpiresInSeconds = 31_536_000,
    };

    public static OAuthServer ForMastodon() => new("masto", "/oauth/authorize", "/oauth/token", "/oauth/revoke") { ExpiresInSeconds = 0 };

    /// <summary>
    /// As new for the next test of a class that shares this server: nothing issued, revoked, shown or seen, nothing
    /// refused, no consent page. The platform's habits (client, PKCE, lifetimes) stay; the counter goes on, so no code or
    /// token is handed out twice.
    /// </summary>
    public void Reset()
    {
        codes.Clear();
        AccessTokens.Clear();
        RefreshTokens.Clear();
        Revoked.Clear();
        LastAuthorize = new Dictionary<string, string>();
        DenyWith = null;
        NextAccessToken = null;
        ShowsConsentPage = false;
        ConsentPagesShown = 0;
    }

    /// <summary>Every code handed out so far stops working (as after the platform's short code lifetime).</summary>
    public void ExpireCodes() => codes.Clear();

    /// <summary>A refresh token this server will accept, for a test that starts from a stored connection.</summary>
    public string IssueRefreshToken()
    {
        var token = $"{Prefix}-refresh-seed-{Interlocked.Increment(ref counter)}";
        RefreshTokens[token] = true;
        return token;
    }

    public void Map(WebApplication app)
    {
        app.MapGet(AuthorizePath, Authorize);
        app.MapPost(AuthorizePath, (Func<HttpContext, Task<IResult>>)ConsentAnsweredAsync);
        app.MapPost(TokenPath, TokenAsync);
        if (RevokePath is not null)
        {
            app.MapPost(RevokePath, RevokeAsync);
        }
    }

    private IResult Authorize(HttpContext context)
    {
        var q = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        LastAuthorize = q;
        if (q.GetValueOrDefault("response_type") != "code" || q.GetValueOrDefault("client_id") != ClientId || !q.ContainsKey("redirect_uri") || !q.ContainsKey("state"))
        {
            // A bad request never goes back to an unverified redirect URI.
            return Results.BadRequest("invalid_request");
        }

        if (RequirePkce && (q.GetValueOrDefault("code_challenge") is not { Length: 43 } || q.GetValueOrDefault("code_challenge_method") != "S256"))
        {
            return Results.BadRequest("invalid_request: code_challenge");
        }

        return ShowsConsentPage ? ConsentPage(q) : Decide(q, DenyWith);
    }

    /// <summary>Back to the client: a code, or the error when the person declined (or <see cref="DenyWith"/> says so).</summary>
    private IResult Decide(Dictionary<string, string> q, string? denyWith)
    {
        var redirect = q["redirect_uri"];
        var state = Uri.EscapeDataString(q["state"]);
        if (denyWith is not null)
        {
            return Results.Redirect($"{redirect}?error={denyWith}&error_description={Uri.EscapeDataString("The user denied the request.")}&state={state}");
        }

        var code = $"{Prefix}-code-{Interlocked.Increment(ref counter)}";
        codes[code] = new IssuedCode(redirect, q.GetValueOrDefault("code_challenge"));
        return Results.Redirect($"{redirect}?code={code}&state={state}");
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (!ClientAuthenticated(context, form))
        {
            await Error(context, 401, "invalid_client", "Client authentication failed.");
            return;
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (!codes.TryRemove(form["code"].ToString(), out var issued))
                {
                    await Error(context, 400, "invalid_grant", "The authorization code is invalid or has expired.");
                    return;
                }

                if (issued.RedirectUri != form["redirect_uri"].ToString())
                {
                    await Error(context, 400, "invalid_grant", "redirect_uri does not match.");
                    return;
                }

                if (issued.Challenge is not null && Challenge(form["code_verifier"].ToString()) != issued.Challenge)
                {
                    await Error(context, 400, "invalid_grant", "Value passed for the code verifier did not match.");
                    return;
                }

                await IssueAsync(context, newRefresh: true, null);
                return;
            case "refresh_token":
                var refresh = form["refresh_token"].ToString();
                if (!(RotatesRefreshTokens ? RefreshTokens.TryRemove(refresh, out _) : RefreshTokens.ContainsKey(refresh)))
                {
                    await Error(context, 400, "invalid_grant", "Invalid refresh token.");
                    return;
                }

                await IssueAsync(context, RotatesRefreshTokens, RotatesRefreshTokens ? null : refresh);
                return;
            default:
                await Error(context, 400, "unsupported_grant_type", "grant_type not supported.");
                return;
        }
    }

    private async Task RevokeAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (!ClientAuthenticated(context, form))
        {
            await Error(context, 401, "invalid_client", "Client authentication failed.");
            return;
        }

        var token = form["token"].ToString();
        AccessTokens.TryRemove(token, out _);
        RefreshTokens.TryRemove(token, out _);
        Revoked.Enqueue(token);
        await context.Response.WriteAsJsonAsync(new { revoked = true });
    }

    private async Task IssueAsync(HttpContext context, bool newRefresh, string? keptRefresh)
    {
        var n = Interlocked.Increment(ref counter);
        var access = NextAccessToken ?? $"{Prefix}-access-{n}";
        AccessTokens[access] = true;
        var refresh = newRefresh ? $"{Prefix}-refresh-{n}" : keptRefresh;
        if (refresh is not null)
        {
            RefreshTokens[refresh] = true;
        }

        var body = new Dictionary<string, object?>
        {
            ["token_type"] = "bearer",
            ["access_token"] = access,
            ["scope"] = LastAuthorize.GetValueOrDefault("scope"),
        };
        if (ExpiresInSeconds > 0)
        {
            body["expires_in"] = ExpiresInSeconds;
        }

        if (refresh is not null && Prefix != "masto")
        {
            body["refresh_token"] = refresh;
        }

        if (RefreshExpiresInSeconds is { } refreshLife)
        {
            body["refresh_token_expires_in"] = refreshLife;
        }

        await context.Response.WriteAsJsonAsync(body);
    }

    private bool ClientAuthenticated(HttpContext context, IFormCollection form)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
            return Uri.UnescapeDataString(pair[0]) == ClientId && (ClientSecret is null || Uri.UnescapeDataString(pair[1]) == ClientSecret);
        }

        return form["client_id"].ToString() == ClientId && (ClientSecret is null || form["client_secret"].ToString() == ClientSecret);
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task Error(HttpContext context, int status, string error, string description)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error, error_description = description });
    }

    private sealed record IssuedCode(string RedirectUri, string? Challenge);
}
