namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// What differs between the platforms in the authorization-code flow: endpoints, scopes, client, whether PKCE is
/// offered and how the client authenticates at the token endpoint. Everything else is one flow
/// (<see cref="ConnectionFlow"/>).
/// </summary>
/// <param name="Channel">The channel code (<c>x</c>, <c>linkedin</c>, <c>facebook</c>, <c>instagram</c>, <c>mastodon</c>).</param>
/// <param name="Name">The platform's name as the administrator knows it ("X", "LinkedIn", "Facebook").</param>
/// <param name="SecretInHeader">True: a confidential client sends its secret with HTTP Basic (X); false: in the form body.</param>
public sealed record OAuthPlatform(
    string Channel,
    string Name,
    Uri AuthorizeUrl,
    Uri TokenUrl,
    Uri? RevokeUrl,
    string Scope,
    string ClientId,
    string? ClientSecret,
    bool UsesPkce,
    bool SecretInHeader);
