using System.Text.Json;
using Duende.IdentityModel.Client;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// The token and revocation endpoints of one <see cref="OAuthPlatform"/> (RFC 6749 §4.1.3 and §6, RFC 7009), through
/// Duende.IdentityModel's token client. Only the caller's cancellation throws.
/// </summary>
public sealed class TokenEndpoint(IHttpClientFactory http)
{
    public const string HttpClientName = "oauth";

    public async Task<TokenAnswer> ExchangeCodeAsync(OAuthPlatform platform, string code, Uri redirectUri, string? verifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        using var client = http.CreateClient(HttpClientName);
        var request = new AuthorizationCodeTokenRequest
        {
            Address = platform.TokenUrl.AbsoluteUri,
            Code = code,
            RedirectUri = redirectUri.AbsoluteUri,
            CodeVerifier = verifier,
        };
        Authenticate(request, platform);
        return await SendAsync(() => client.RequestAuthorizationCodeTokenAsync(request, cancellationToken), cancellationToken);
    }

    public async Task<TokenAnswer> RefreshAsync(OAuthPlatform platform, string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        using var client = http.CreateClient(HttpClientName);
        var request = new RefreshTokenRequest { Address = platform.TokenUrl.AbsoluteUri, RefreshToken = refreshToken };
        Authenticate(request, platform);
        return await SendAsync(() => client.RequestRefreshTokenAsync(request, cancellationToken), cancellationToken);
    }

    /// <summary>Revokes a token (RFC 7009); true when the platform confirmed (200), false when it did not or could not be reached.</summary>
    public async Task<bool> RevokeAsync(OAuthPlatform platform, string token, string tokenTypeHint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        if (platform.RevokeUrl is null)
        {
            return false;
        }

        using var client = http.CreateClient(HttpClientName);
        var request = new TokenRevocationRequest { Address = platform.RevokeUrl.AbsoluteUri, Token = token, TokenTypeHint = tokenTypeHint };
        Authenticate(request, platform);
        try
        {
            var response = await client.RevokeTokenAsync(request, cancellationToken);
            return !response.IsError;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    // A public client (no secret) names itself in the body; a confidential one authenticates as the platform asks.
    private static void Authenticate(ProtocolRequest request, OAuthPlatform platform)
    {
        request.ClientId = platform.ClientId;
        request.ClientSecret = platform.ClientSecret;
        request.ClientCredentialStyle = platform.ClientSecret is not null && platform.SecretInHeader
            ? ClientCredentialStyle.AuthorizationHeader
            : ClientCredentialStyle.PostBody;
    }

    private static async Task<TokenAnswer> SendAsync(Func<Task<TokenResponse>> send, CancellationToken cancellationToken)
    {
        TokenResponse response;
        try
        {
            response = await send();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new TokenAnswer.Unreachable("geen verbinding");
        }

        return Interpret(response);
    }

    internal static TokenAnswer Interpret(TokenResponse response)
    {
        if (!response.IsError && !string.IsNullOrEmpty(response.AccessToken))
        {
            return new TokenAnswer.Granted(
                response.AccessToken,
                string.IsNullOrEmpty(response.RefreshToken) ? null : response.RefreshToken,
                response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : null,
                Seconds(response.Json, "refresh_token_expires_in"));
        }

        // An OAuth error document (400, or 401 for invalid_client) is the platform's final word on this grant.
        var status = (int)response.HttpStatusCode;
        if (!string.IsNullOrEmpty(response.Error) && status is >= 400 and < 500 && response.ErrorType is ResponseErrorType.Protocol or ResponseErrorType.Http)
        {
            return new TokenAnswer.Refused(response.Error, response.ErrorDescription);
        }

        return new TokenAnswer.Unreachable(response.HttpStatusCode == default ? "geen antwoord" : $"HTTP {status}");
    }

    private static TimeSpan? Seconds(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
