using Duende.IdentityModel.Client;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// The OAuth 2.0 authorization-code flow (RFC 6749 §4.1, PKCE S256 per RFC 7636 where the platform offers it) for
/// every platform that has one: <see cref="StartAsync"/> sends the administrator to the platform with a fresh
/// <c>state</c> bound to their session, <see cref="FinishAsync"/> takes them back, exchanges the code and stores the
/// connection. What differs per platform is data (<see cref="OAuthPlatform"/>) plus the step after the exchange for
/// Meta (page token) and Mastodon (client per instance).
/// </summary>
public sealed partial class ConnectionFlow(
    OAuthPlatforms platforms,
    MastodonApps mastodon,
    MetaLogin meta,
    TokenEndpoint tokens,
    PendingConnections pending,
    PendingPageChoices choices,
    ConnectionStore store,
    TimeProvider time,
    ILogger<ConnectionFlow> logger)
{
    /// <summary>Where the platforms send the administrator back: under this app, as the request reached it.</summary>
    public static Uri CallbackUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{PendingConnections.CallbackPath}");
    }

    /// <summary>The platform's authorization URL to send the browser to, or a Dutch problem (nothing was started then).</summary>
    public async Task<(Uri? AuthorizeUrl, string? Problem)> StartAsync(HttpContext context, string accountId, string channel, Uri? instance, string? platformAccountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var redirectUri = CallbackUrl(context.Request);
        OAuthPlatform? platform;
        if (channel == Channels.Mastodon)
        {
            if (instance is null || instance.Scheme is not ("https" or "http"))
            {
                return (null, "Vul het adres van de Mastodon-server in, bijvoorbeeld https://mastodon.nl.");
            }

            var (registered, problem) = await mastodon.PlatformForAsync(instance, redirectUri, cancellationToken);
            if (registered is null)
            {
                return (null, problem);
            }

            platform = registered;
            instance = MastodonApps.Normalise(instance);
        }
        else
        {
            platform = platforms.For(channel);
            if (platform is null)
            {
                return (null, $"Koppelen met {channel} via het platform is op deze installatie niet ingesteld (de client-id ontbreekt, zie README: PlatformConnections). Vraag de technisch beheerder.");
            }
        }

        if (channel == Channels.LinkedIn && string.IsNullOrWhiteSpace(platformAccountId))
        {
            return (null, "Vul het id van de organisatie op LinkedIn in (het getal in de adresbalk van de beheerpagina, of urn:li:organization:…).");
        }

        var state = PendingConnections.NewSecret();
        var verifier = platform.UsesPkce ? PendingConnections.NewSecret() : null;
        pending.Save(context, new PendingConnection(state, verifier, accountId, context.User.StaffId(), channel, time.GetUtcNow(),
            channel == Channels.Mastodon ? instance : null, string.IsNullOrWhiteSpace(platformAccountId) ? null : platformAccountId.Trim()));
        var url = new RequestUrl(platform.AuthorizeUrl.AbsoluteUri).CreateAuthorizeUrl(
            clientId: platform.ClientId,
            responseType: "code",
            scope: platform.Scope,
            redirectUri: redirectUri.AbsoluteUri,
            state: state,
            codeChallenge: verifier is null ? null : PendingConnections.Challenge(verifier),
            codeChallengeMethod: verifier is null ? null : "S256");
        return (new Uri(url), null);
    }

    /// <summary>Finishes the flow at the callback: checks the state, exchanges the code and stores the connection.</summary>
    public async Task<ConnectResult> FinishAsync(HttpContext context, string? code, string? state, string? error, string? errorDescription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = pending.Take(context);
        if (started is null || !PendingConnections.SameState(started.State, state) || started.StaffId != context.User.StaffId())
        {
            // Not started here, by this administrator, in this browser, recently: nothing is touched, nothing recorded for an account.
            return new ConnectResult(started?.AccountId, false, ConnectMessages.WrongState);
        }

        var result = await ExchangeAsync(context, started, code, error, errorDescription, cancellationToken);
        if (!result.Connected && !result.ChoosePage)
        {
            LogFailed(logger, started.AccountId, started.Channel, result.AuditReason ?? "onbekend");
            await store.RecordFailureAsync(started.AccountId, started.StaffId, $"{started.Channel}: {result.AuditReason}", cancellationToken);
        }

        return result;
    }

    private async Task<ConnectResult> ExchangeAsync(HttpContext context, PendingConnection started, string? code, string? error, string? errorDescription, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            return error == "access_denied"
                ? Failed(started, ConnectMessages.Denied, "access_denied")
                : Failed(started, $"Het platform meldde een fout: {error}{(errorDescription is null ? string.Empty : $" ({errorDescription})")}. Er is niets gekoppeld.", error);
        }

        if (string.IsNullOrEmpty(code))
        {
            return Failed(started, "Het platform stuurde geen inlogcode terug. Er is niets gekoppeld; begin opnieuw.", "geen code");
        }

        var platform = started.Channel == Channels.Mastodon && started.Instance is { } instance
            ? await mastodon.PlatformForKnownAsync(instance, cancellationToken)
            : platforms.For(started.Channel);
        if (platform is null)
        {
            return Failed(started, "Koppelen met dit platform is niet (meer) ingesteld. Er is niets gekoppeld.", "niet ingesteld");
        }

        var redirectUri = CallbackUrl(context.Request);
        return started.Channel is Channels.Facebook or Channels.Instagram
            ? await FinishMetaAsync(context, started, platform, code, redirectUri, cancellationToken)
            : await FinishOAuthAsync(started, platform, code, redirectUri, cancellationToken);
    }

    private async Task<ConnectResult> FinishOAuthAsync(PendingConnection started, OAuthPlatform platform, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var answer = await tokens.ExchangeCodeAsync(platform, code, redirectUri, started.Verifier, cancellationToken);
        if (answer is TokenAnswer.Refused refused)
        {
            return refused.Error == "invalid_grant"
                ? Failed(started, ConnectMessages.CodeRefused, "invalid_grant")
                : Failed(started, $"{platform.Name} weigerde de koppeling: {refused.Error}{(refused.Description is null ? string.Empty : $" ({refused.Description})")}. Er is niets gekoppeld.", refused.Error);
        }

        if (answer is not TokenAnswer.Granted granted)
        {
            return Failed(started, string.Format(System.Globalization.CultureInfo.InvariantCulture, ConnectMessages.PlatformDown, platform.Name), ((TokenAnswer.Unreachable)answer).Reason);
        }

        var now = time.GetUtcNow();
        var credentials = new PlatformCredentials(granted.AccessToken)
        {
            RefreshToken = granted.RefreshToken,
            AccountId = started.Channel == Channels.LinkedIn ? started.PlatformAccountId : null,
            InstanceBaseUrl = started.Channel == Channels.Mastodon ? started.Instance : null,
        };
        var accessExpiresAt = now + granted.ExpiresIn;
        var connectionEndsAt = granted.RefreshToken is null ? accessExpiresAt : now + granted.RefreshExpiresIn;
        await store.SaveAsync(started.AccountId, started.StaffId, credentials, accessExpiresAt, connectionEndsAt, $"gekoppeld via {platform.Name}", cancellationToken);
        return new ConnectResult(started.AccountId, true, $"Gekoppeld met {platform.Name}.");
    }

    private async Task<ConnectResult> FinishMetaAsync(HttpContext context, PendingConnection started, OAuthPlatform platform, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var (lifetime, pages, userToken, problem) = await meta.PagesAsync(platform, code, redirectUri, started.Verifier, cancellationToken);
        if (problem is not null)
        {
            return Failed(started, $"{problem} Er is niets gekoppeld.", "meta");
        }

        if (started.PlatformAccountId is null && pages.Count > 1)
        {
            // Several pages and none named: the administrator picks one; nothing is stored until then.
            choices.Save(context, new PendingPageChoice(started.AccountId, started.StaffId, started.Channel, time.GetUtcNow(), lifetime!.Value, userToken!,
                [.. pages.Select(p => new PageOption(p.Id, p.Name))]));
            return new ConnectResult(started.AccountId, false, "Kies de pagina.") { ChoosePage = true };
        }

        var page = started.PlatformAccountId is { } wanted ? pages.FirstOrDefault(p => p.Id == wanted) : pages.Count == 1 ? pages[0] : null;
        if (page is null)
        {
            var known = string.Join(", ", pages.Select(p => $"{p.Name} ({p.Id})"));
            return Failed(started, pages.Count == 0
                ? "U beheert met dit Facebook-account geen pagina's, of gaf Protocolwacht geen toegang tot een pagina. Er is niets gekoppeld."
                : $"De pagina met id {started.PlatformAccountId} hoort niet bij dit Facebook-account. Uw pagina's: {known}. Er is niets gekoppeld.", "pagina onbekend");
        }

        return await ConnectPageAsync(started.AccountId, started.StaffId, started.Channel, page, lifetime!.Value, platform.Name, cancellationToken);
    }

    /// <summary>
    /// The administrator's pick after a Facebook sign-in with several pages: the page's own token is asked again with the
    /// kept user token, so no page token ever sat in the browser. Returns null when no choice is pending for them.
    /// </summary>
    public async Task<ConnectResult?> ChoosePageAsync(HttpContext context, string? pageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var staffId = context.User.StaffId();
        if (choices.Peek(context, staffId) is not { } choice)
        {
            return null;
        }

        if (choice.Pages.FirstOrDefault(p => p.Id == pageId) is null)
        {
            return new ConnectResult(choice.AccountId, false, "Kies een van de pagina's.");
        }

        choices.Take(context, staffId);
        var platform = platforms.For(choice.Channel);
        if (platform is null)
        {
            return new ConnectResult(choice.AccountId, false, "Koppelen met dit platform is niet (meer) ingesteld. Er is niets gekoppeld.");
        }

        var (pages, problem) = await meta.PagesOfAsync(platform, choice.UserToken, cancellationToken);
        var result = pages.FirstOrDefault(p => p.Id == pageId) is { } page && problem is null
            ? await ConnectPageAsync(choice.AccountId, staffId, choice.Channel, page, choice.Lifetime, platform.Name, cancellationToken)
            : new ConnectResult(choice.AccountId, false, $"{problem ?? "Facebook kent de gekozen pagina niet meer bij dit account."} Er is niets gekoppeld; begin opnieuw.") { AuditReason = "pagina niet gevonden" };
        if (!result.Connected)
        {
            LogFailed(logger, choice.AccountId, choice.Channel, result.AuditReason ?? "onbekend");
            await store.RecordFailureAsync(choice.AccountId, staffId, $"{choice.Channel}: {result.AuditReason}", cancellationToken);
        }

        return result;
    }

    private async Task<ConnectResult> ConnectPageAsync(string accountId, string staffId, string channel, MetaLogin.Page page, TimeSpan lifetime, string platformName, CancellationToken cancellationToken)
    {
        var platformAccountId = channel == Channels.Instagram ? page.InstagramAccountId : page.Id;
        if (platformAccountId is null)
        {
            return new ConnectResult(accountId, false, $"Aan de Facebook-pagina {page.Name} is geen Instagram-professioneel account gekoppeld. Koppel het eerst in de instellingen van de pagina. Er is niets gekoppeld.") { AuditReason = "geen instagram-account" };
        }

        var ends = time.GetUtcNow() + lifetime;
        await store.SaveAsync(accountId, staffId, new PlatformCredentials(page.AccessToken) { AccountId = platformAccountId }, null, ends, $"gekoppeld via {platformName}", cancellationToken);
        return new ConnectResult(accountId, true, $"Gekoppeld met {platformName}.");
    }

    private static ConnectResult Failed(PendingConnection started, string message, string auditReason) => new(started.AccountId, false, message) { AuditReason = auditReason };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connecting account {AccountId} on {Channel} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string accountId, string channel, string reason);
}

/// <param name="AccountId">The account the flow was for, when known.</param>
/// <param name="Message">Dutch, for the administrator.</param>
public sealed record ConnectResult(string? AccountId, bool Connected, string Message)
{
    /// <summary>A short reason for the audit log (an OAuth error code), never a token.</summary>
    public string? AuditReason { get; init; }

    /// <summary>Not connected yet: the administrator chooses a page first (<see cref="PendingPageChoices.ChoicePath"/>).</summary>
    public bool ChoosePage { get; init; }
}
