using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Connects an official account the way its platform expects: the platform's own sign-in page (X, LinkedIn,
/// Facebook and Instagram through Facebook Login, Mastodon at the account's instance), or a Bluesky app password;
/// and disconnects it, revoking the token at the platform where it offers revocation.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ConnectModel(ProtocolwachtDbContext db, ConnectionFlow flow, ConnectionStore store, Disconnector disconnector) : PageModel
{
    public string AccountId { get; private set; } = string.Empty;

    public string Channel { get; private set; } = string.Empty;

    public string Handle { get; private set; } = string.Empty;

    public DateTimeOffset? ConnectedAt { get; private set; }

    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }

    public DateTimeOffset? ConnectionEndsAt { get; private set; }

    public string? Problem { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The platform's sign-in page, once the flow has started: the page links there.</summary>
    public Uri? ContinueUrl { get; private set; }

    public bool SignsInAtPlatform => OAuthPlatforms.SignInChannels.Contains(Channel);

    public string PlatformName => ChannelNames.Of(Channel);

    [BindProperty]
    public ConnectForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!SignsInAtPlatform)
        {
            Problem = "Dit kanaal heeft geen aanmeldpagina van het platform.";
            return Page();
        }

        Uri.TryCreate(Form.Instance?.Trim(), UriKind.Absolute, out var instance);
        var (url, problem) = await flow.StartAsync(HttpContext, AccountId, Channel, instance, Form.PlatformAccountId, cancellationToken);
        if (url is null)
        {
            Problem = problem;
            return Page();
        }

        // Not a redirect: the page's Content-Security-Policy allows forms to post only to the app itself
        // (form-action 'self'), and browsers apply that to the redirect answering a form too, so a 302 to the
        // platform would leave the administrator on this page. Following a link is a navigation, not a form
        // submission: the page offers "Verder naar <platform>".
        ContinueUrl = url;
        return Page();
    }

    public async Task<IActionResult> OnPostBlueskyAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var handle = Form.Handle?.Trim().TrimStart('@');
        if (Channel != Channels.Bluesky)
        {
            Problem = "Een app-wachtwoord is alleen voor Bluesky.";
        }
        else if (string.IsNullOrEmpty(handle) || (!handle.Contains('.', StringComparison.Ordinal) && !handle.StartsWith("did:", StringComparison.Ordinal)))
        {
            Problem = "Vul de Bluesky-naam van het account in, bijvoorbeeld regenboog.bsky.social (of de DID).";
        }
        else if (string.IsNullOrWhiteSpace(Form.AppPassword))
        {
            Problem = "Vul het app-wachtwoord in. Maak er een aan in Bluesky onder Instellingen › Privacy en beveiliging › App-wachtwoorden.";
        }
        else if (!string.IsNullOrWhiteSpace(Form.Instance) && !Uri.TryCreate(Form.Instance.Trim(), UriKind.Absolute, out _))
        {
            Problem = "Het adres van de server is geen geldig adres; laat het leeg voor bsky.social.";
        }

        if (Problem is not null)
        {
            return Page();
        }

        Uri.TryCreate(Form.Instance?.Trim(), UriKind.Absolute, out var pds);
        var credentials = new PlatformCredentials(Form.AppPassword!.Trim()) { AccountId = handle, InstanceBaseUrl = pds };
        await store.SaveAsync(AccountId, User.StaffId(), credentials, null, null, "app-wachtwoord ingesteld (Bluesky)", cancellationToken);
        return Redirect($"/accounts/connect/{AccountId}?gekoppeld=1");
    }

    public async Task<IActionResult> OnPostDisconnectAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var message = await disconnector.DisconnectAsync(AccountId, User.StaffId(), cancellationToken);
        await LoadAsync(id, cancellationToken);
        Done = message;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var row = await db.OfficialAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        (AccountId, Channel, Handle) = (row.Id, row.Channel, row.Handle);
        ConnectedAt = row.ProtectedCredential is null ? null : row.CredentialSetAt;
        AccessTokenExpiresAt = row.ProtectedCredential is null ? null : row.AccessTokenExpiresAt;
        ConnectionEndsAt = row.ProtectedCredential is null ? null : row.ConnectionEndsAt;
        if (Request.Query.ContainsKey("gekoppeld") && ConnectedAt is not null)
        {
            Done = $"Gekoppeld met {PlatformName}.";
        }

        return true;
    }
}

/// <summary>The connect page's fields; the app password is write-only.</summary>
public sealed class ConnectForm
{
    /// <summary>Mastodon: the instance; Bluesky: the PDS (optional).</summary>
    public string? Instance { get; set; }

    /// <summary>LinkedIn: the organisation id; Facebook and Instagram: the Facebook page id (only when several pages are managed).</summary>
    public string? PlatformAccountId { get; set; }

    public string? Handle { get; set; }

    public string? AppPassword { get; set; }
}
