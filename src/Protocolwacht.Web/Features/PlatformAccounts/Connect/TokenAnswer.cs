namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>What a token endpoint answered: a closed set of <see cref="Granted"/>, <see cref="Refused"/>, <see cref="Unreachable"/>.</summary>
public abstract record TokenAnswer
{
    private TokenAnswer()
    {
    }

    /// <param name="ExpiresIn">The access token's lifetime, when the platform said.</param>
    /// <param name="RefreshExpiresIn">The refresh token's lifetime (LinkedIn <c>refresh_token_expires_in</c>), when the platform said.</param>
    public sealed record Granted(string AccessToken, string? RefreshToken, TimeSpan? ExpiresIn, TimeSpan? RefreshExpiresIn) : TokenAnswer
    {
        public override string ToString() => $"Granted {{ ExpiresIn = {ExpiresIn}, RefreshToken = {(RefreshToken is null ? "null" : "***")} }}";
    }

    /// <summary>The platform refused with an OAuth error (<c>invalid_grant</c>, <c>invalid_client</c> …): trying again with the same grant cannot help.</summary>
    public sealed record Refused(string Error, string? Description) : TokenAnswer;

    /// <summary>No usable answer (network, timeout, a server error, not JSON): the grant may still be good later.</summary>
    public sealed record Unreachable(string Reason) : TokenAnswer;
}
