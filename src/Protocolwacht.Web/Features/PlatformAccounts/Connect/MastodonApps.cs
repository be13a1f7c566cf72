using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Mastodon has no central client: the app registers itself at each instance (<c>POST /api/v1/apps</c> with
/// <c>client_name</c>, <c>redirect_uris</c>, <c>scopes</c>, <c>website</c>) the first time an account there is connected,
/// and keeps the client per instance (<c>oauth_clients</c>, the secret encrypted) for every later account, refresh
/// and revocation. A new callback URL registers again.
/// </summary>
public sealed class MastodonApps(IServiceScopeFactory scopes, IHttpClientFactory http, OAuthPlatforms platforms, IDataProtectionProvider protection, IOptions<PlatformConnectionOptions> options, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Protocolwacht.OAuthClients.v1");

    /// <summary>The instance as stored: scheme, host and port, lower case, with a trailing slash.</summary>
    public static Uri Normalise(Uri instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new Uri(instance.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "/");
    }

    /// <summary>The instance's client for <paramref name="redirectUri"/>, registering one when there is none; null with a Dutch reason when the instance refused or did not answer.</summary>
    public async Task<(OAuthPlatform? Platform, string? Problem)> PlatformForAsync(Uri instance, Uri redirectUri, CancellationToken cancellationToken)
    {
        var key = Normalise(instance);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = await db.OAuthClients.FirstOrDefaultAsync(c => c.Instance == Key(key), cancellationToken);
        if (row is not null && row.RedirectUri == redirectUri.AbsoluteUri)
        {
            return (platforms.ForMastodon(key, row.ClientId, _protector.Unprotect(row.ProtectedClientSecret)), null);
        }

        var (registered, problem) = await RegisterAsync(key, redirectUri, cancellationToken);
        if (registered is null)
        {
            return (null, problem);
        }

        row ??= db.OAuthClients.Add(new OAuthClientEntity { Instance = Key(key) }).Entity;
        row.ClientId = registered.Value.ClientId;
        row.ProtectedClientSecret = _protector.Protect(registered.Value.ClientSecret);
        row.RedirectUri = redirectUri.AbsoluteUri;
        row.RegisteredAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Two connections to a new instance at once (two administrators, a double click) both registered a client;
            // the other's was stored first. The callback signs in with the stored client, so this one uses it too.
            return (await PlatformForKnownAsync(instance, cancellationToken), null);
        }

        return (platforms.ForMastodon(key, registered.Value.ClientId, registered.Value.ClientSecret), null);
    }

    /// <summary>The client already registered at the instance (for refresh and revocation), or null.</summary>
    public async Task<OAuthPlatform?> PlatformForKnownAsync(Uri instance, CancellationToken cancellationToken)
    {
        var key = Normalise(instance);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = await db.OAuthClients.AsNoTracking().FirstOrDefaultAsync(c => c.Instance == Key(key), cancellationToken);
        return row is null ? null : platforms.ForMastodon(key, row.ClientId, _protector.Unprotect(row.ProtectedClientSecret));
    }

    private static string Key(Uri normalised) => normalised.AbsoluteUri.TrimEnd('/');

    private async Task<((string ClientId, string ClientSecret)? Client, string? Problem)> RegisterAsync(Uri instance, Uri redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value.Mastodon;
        var form = new Dictionary<string, string>
        {
            ["client_name"] = settings.ClientName,
            ["redirect_uris"] = redirectUri.AbsoluteUri,
            ["scopes"] = settings.Scopes,
        };
        if (settings.Website is not null)
        {
            form["website"] = settings.Website.AbsoluteUri;
        }

        using var client = http.CreateClient(TokenEndpoint.HttpClientName);
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await client.PostAsync(new Uri(instance, "api/v1/apps"), content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"De Mastodon-server {instance.Host} weigerde Protocolwacht als app te registreren ({(int)response.StatusCode}{ErrorOf(body)}).");
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.TryGetProperty("client_id", out var id) && root.TryGetProperty("client_secret", out var secret) && id.GetString() is { Length: > 0 } clientId && secret.GetString() is { Length: > 0 } clientSecret
                ? ((clientId, clientSecret), null)
                : (null, $"De Mastodon-server {instance.Host} gaf geen client_id en client_secret terug.");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, $"De Mastodon-server {instance.Host} is niet bereikbaar. Controleer het adres of probeer het later opnieuw.");
        }
    }

    private static string ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) ? $": {error.GetString()}" : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
