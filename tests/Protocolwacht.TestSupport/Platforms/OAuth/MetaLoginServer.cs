using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Protocolwacht.TestSupport.Platforms.OAuth;

/// <summary>
/// Facebook Login as documented: the dialog (<c>/v21.0/dialog/oauth</c>) redirects back with <c>code</c> and
/// <c>state</c>; <c>GET /v21.0/oauth/access_token</c> trades the code (checking <c>client_secret</c>,
/// <c>redirect_uri</c> and the PKCE <c>code_verifier</c>) for a short-lived user token, and a short-lived token
/// (<c>grant_type=fb_exchange_token</c>) for a long-lived one of about 60 days; <c>GET /v21.0/me/accounts</c> lists the
/// pages with their page tokens and linked Instagram account. Errors are Graph errors
/// (<c>{"error": {"message", "type": "OAuthException", "code"}}</c>).
/// </summary>
public sealed class MetaLoginServer
{
    public const string AppId = "meta-app-id";
    public const string AppSecret = "meta-app-secret";
    public const string PageId = "104000000000001";
    public const string PageToken = "meta-page-token";
    public const string InstagramId = "17841400000000001";
    public const int LongLivedSeconds = 5_183_944;

    private readonly ConcurrentDictionary<string, (string Redirect, string? Challenge)> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> userTokens = new(StringComparer.Ordinal);
    private int counter;

    public IReadOnlyDictionary<string, string> LastDialog { get; private set; } = new Dictionary<string, string>();

    public bool LinkInstagram { get; set; } = true;

    /// <summary>When set, the administrator manages a second page too, with its own token and Instagram account.</summary>
    public bool SecondPage { get; set; }

    public const string SecondPageId = "104000000000002";
    public const string SecondPageToken = "meta-page-token-2";
    public const string SecondInstagramId = "17841400000000002";

    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/v21.0/dialog/oauth", (HttpContext context) =>
        {
            var q = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
            LastDialog = q;
            if (q.GetValueOrDefault("client_id") != AppId || !q.TryGetValue("redirect_uri", out var redirect))
            {
                return Results.BadRequest();
            }

            var code = $"meta-code-{Interlocked.Increment(ref counter)}";
            codes[code] = (redirect, q.GetValueOrDefault("code_challenge"));
            return Results.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(q.GetValueOrDefault("state") ?? "")}");
        });
        app.MapGet("/v21.0/oauth/access_token", async context =>
        {
            var q = context.Request.Query;
            if (q["client_id"] != AppId || q["client_secret"] != AppSecret)
            {
                await GraphError(context, "Error validating client secret.", 1);
                return;
            }

            if (q["grant_type"] == "fb_exchange_token")
            {
                if (!userTokens.TryGetValue(q["fb_exchange_token"].ToString(), out _))
                {
                    await GraphError(context, "Invalid OAuth access token.", 190);
                    return;
                }

                var longLived = $"meta-long-{Interlocked.Increment(ref counter)}";
                userTokens[longLived] = true;
                await context.Response.WriteAsJsonAsync(new { access_token = longLived, token_type = "bearer", expires_in = LongLivedSeconds });
                return;
            }

            if (!codes.TryRemove(q["code"].ToString(), out var issued) || issued.Redirect != q["redirect_uri"])
            {
                await GraphError(context, "This authorization code has expired.", 100);
                return;
            }

            if (issued.Challenge is not null && Challenge(q["code_verifier"].ToString()) != issued.Challenge)
            {
                await GraphError(context, "Invalid code verifier.", 100);
                return;
            }

            var token = $"meta-user-{Interlocked.Increment(ref counter)}";
            userTokens[token] = true;
            await context.Response.WriteAsJsonAsync(new { access_token = token, token_type = "bearer", expires_in = 5_400 });
        });
        app.MapGet("/v21.0/me/accounts", async context =>
        {
            if (!userTokens.ContainsKey(context.Request.Query["access_token"].ToString()))
            {
                await GraphError(context, "Invalid OAuth access token.", 190);
                return;
            }

            object page = LinkInstagram
                ? new { id = PageId, name = "Basisschool De Regenboog", access_token = PageToken, instagram_business_account = new { id = InstagramId } }
                : new { id = PageId, name = "Basisschool De Regenboog", access_token = PageToken };
            object[] pages = SecondPage
                ? [page, new { id = SecondPageId, name = "Basisschool Het Kompas", access_token = SecondPageToken, instagram_business_account = new { id = SecondInstagramId } }]
                : [page];
            await context.Response.WriteAsJsonAsync(new { data = pages, paging = new { cursors = new { before = "a", after = "b" } } });
        });
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task GraphError(HttpContext context, string message, int code)
    {
        context.Response.StatusCode = 400;
        await context.Response.WriteAsJsonAsync(new { error = new { message, type = "OAuthException", code, fbtrace_id = "AbCdEf" } });
    }
}
