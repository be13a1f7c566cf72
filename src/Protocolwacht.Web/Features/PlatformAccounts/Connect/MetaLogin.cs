using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// What Facebook Login needs after the dialog, on the Graph API (all GET, errors as <c>{"error": {"message", "type", "code"}}</c>):
/// the code for a user token (<c>/oauth/access_token</c> with <c>code</c>, and the PKCE <c>code_verifier</c>), that for a
/// long-lived user token (<c>grant_type=fb_exchange_token</c>, about 60 days), and that for the page's own token and its
/// linked Instagram professional account (<c>/me/accounts?fields=id,name,access_token,instagram_business_account</c>).
/// A page token got from a long-lived user token has no expiry of its own, but the permission behind it ends with the
/// long-lived user token unless the administrator signs in again, so that end is the connection's end.
/// </summary>
public sealed class MetaLogin(IHttpClientFactory http, IOptions<PlatformConnectionOptions> options)
{
    /// <summary>A page the administrator manages, with its token and Instagram account id (null when none is linked).</summary>
    public sealed record Page(string Id, string Name, string AccessToken, string? InstagramAccountId)
    {
        public override string ToString() => $"Page {{ Id = {Id}, InstagramAccountId = {InstagramAccountId ?? "null"} }}";
    }

    /// <summary>The long-lived user token, its lifetime and the pages it manages, or a Dutch problem.</summary>
    public async Task<(TimeSpan? Lifetime, IReadOnlyList<Page> Pages, string? UserToken, string? Problem)> PagesAsync(OAuthPlatform platform, string code, Uri redirectUri, string? verifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var shortLived = await GetAsync(platform.TokenUrl, new()
        {
            ["client_id"] = platform.ClientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["client_secret"] = platform.ClientSecret ?? string.Empty,
            ["code"] = code,
            ["code_verifier"] = verifier,
        }, cancellationToken);
        if (shortLived.Problem is not null || shortLived.Json is not { } first || Text(first, "access_token") is not { } userToken)
        {
            return (null, [], null, shortLived.Problem ?? "Facebook gaf geen toegangstoken terug.");
        }

        var longLived = await GetAsync(platform.TokenUrl, new()
        {
            ["grant_type"] = "fb_exchange_token",
            ["client_id"] = platform.ClientId,
            ["client_secret"] = platform.ClientSecret ?? string.Empty,
            ["fb_exchange_token"] = userToken,
        }, cancellationToken);
        if (longLived.Problem is not null || longLived.Json is not { } second || Text(second, "access_token") is not { } longToken)
        {
            return (null, [], null, longLived.Problem ?? "Facebook gaf geen langlevend toegangstoken terug.");
        }

        TimeSpan? lifetime = second.TryGetProperty("expires_in", out var expires) && expires.TryGetInt64(out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
        var (pages, problem) = await PagesOfAsync(platform, longToken, cancellationToken);
        return problem is null ? (lifetime ?? TimeSpan.FromDays(60), pages, longToken, null) : (null, [], null, problem);
    }

    /// <summary>The pages a (long-lived) user token manages, with their own tokens, or a Dutch problem.</summary>
    public async Task<(IReadOnlyList<Page> Pages, string? Problem)> PagesOfAsync(OAuthPlatform platform, string userToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var graph = options.Value.Meta.ApiUrl ?? new Uri(platform.TokenUrl, "./");
        var accounts = await GetAsync(new Uri(graph, "me/accounts"), new()
        {
            ["fields"] = "id,name,access_token,instagram_business_account",
            ["access_token"] = userToken,
        }, cancellationToken);
        if (accounts.Problem is not null || accounts.Json is not { } list || !list.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return ([], accounts.Problem ?? "Facebook gaf de lijst van uw pagina's niet terug.");
        }

        var pages = data.EnumerateArray()
            .Where(p => Text(p, "id") is not null && Text(p, "access_token") is not null)
            .Select(p => new Page(Text(p, "id")!, Text(p, "name") ?? string.Empty, Text(p, "access_token")!,
                p.TryGetProperty("instagram_business_account", out var ig) && ig.ValueKind == JsonValueKind.Object ? Text(ig, "id") : null))
            .ToList();
        return (pages, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private async Task<(JsonElement? Json, string? Problem)> GetAsync(Uri url, Dictionary<string, string?> query, CancellationToken cancellationToken)
    {
        var target = new UriBuilder(url) { Query = string.Join('&', query.Where(q => q.Value is not null).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value!)}")) }.Uri;
        using var client = http.CreateClient(TokenEndpoint.HttpClientName);
        try
        {
            using var response = await client.GetAsync(target, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement.Clone();
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (null, $"Facebook weigerde: {Text(error, "message") ?? "onbekende fout"}");
            }

            return response.IsSuccessStatusCode ? (root, null) : (null, $"Facebook gaf een fout ({(int)response.StatusCode}). Probeer het later opnieuw.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, "Facebook is niet bereikbaar. Probeer het later opnieuw.");
        }
    }
}
