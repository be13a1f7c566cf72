using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>
/// Adds or edits an official account. A credential typed here is encrypted with Data Protection at once
/// (<see cref="AccountCredentials"/>); the page never shows it back, only when it was set.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(ProtocolwachtDbContext db, AccountCredentials credentials, TimeProvider time, IAuditLog audit) : PageModel
{
    public bool IsNew { get; private set; }

    public DateTimeOffset? CredentialSetAt { get; private set; }

    public IReadOnlyList<(string Id, string Name)> Schools { get; private set; } = [];

    public List<string> Errors { get; } = [];

    [BindProperty]
    public AccountForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken);
        if (id is null)
        {
            IsNew = true;
            return Page();
        }

        var row = await db.OfficialAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        Form = new AccountForm { Id = row.Id, Channel = row.Channel, Handle = row.Handle, SchoolId = row.SchoolId };
        CredentialSetAt = row.ProtectedCredential is null ? null : row.CredentialSetAt;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken);
        IsNew = id is null;
        var row = id is null ? null : await db.OfficialAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (id is not null && row is null)
        {
            return NotFound();
        }

        Validate(row is null);
        if (Errors.Count > 0)
        {
            return Page();
        }

        if (row is null)
        {
            row = new OfficialAccountEntity { Id = Form.Id!.Trim(), SortOrder = await db.OfficialAccounts.CountAsync(cancellationToken) };
            db.OfficialAccounts.Add(row);
        }

        row.Channel = Form.Channel!;
        row.Handle = Form.Handle!.Trim();
        row.SchoolId = string.IsNullOrEmpty(Form.SchoolId) ? null : Form.SchoolId;
        await audit.RecordAsync(User.StaffId(), AuditActions.AccountSettingsChanged, $"account:{row.Id}",
            IsNew ? $"aangemaakt ({row.Channel})" : $"gewijzigd ({row.Channel})", cancellationToken);
        if (!string.IsNullOrWhiteSpace(Form.AccessToken))
        {
            var secret = new PlatformCredentials(Form.AccessToken.Trim())
            {
                RefreshToken = string.IsNullOrWhiteSpace(Form.RefreshToken) ? null : Form.RefreshToken.Trim(),
                AccountId = string.IsNullOrWhiteSpace(Form.PlatformAccountId) ? null : Form.PlatformAccountId.Trim(),
                InstanceBaseUrl = Uri.TryCreate(Form.InstanceUrl, UriKind.Absolute, out var url) ? url : null,
            };
            row.ProtectedCredential = credentials.Protect(secret);
            row.CredentialSetAt = time.GetUtcNow();
            // A pasted token comes without its expiry: nothing is refreshed or warned about until it is connected through the platform.
            row.AccessTokenExpiresAt = null;
            row.ConnectionEndsAt = null;
            row.ExpiryWarnedDays = null;
            await audit.RecordAsync(User.StaffId(), AuditActions.AccountCredentialChanged, $"account:{row.Id}", "toegangstoken ingesteld", cancellationToken);
        }

        // The account and its credential commit together, or neither does.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (IsNew && UniqueViolation.Is(ex))
        {
            // Two administrators creating an account with the same id at the same moment both pass the check above; the
            // key lets one in, and the other hears what the check would have said a moment later. Nothing of theirs is stored.
            db.ChangeTracker.Clear();
            Errors.Add($"Er bestaat al een account met id '{Form.Id}'.");
            return Page();
        }

        credentials.Forget(row.Id);
        return Redirect("/accounts");
    }

    private void Validate(bool isNew)
    {
        if (isNew && (string.IsNullOrWhiteSpace(Form.Id) || !Form.Id.Trim().All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            Errors.Add("Geef het account een id van kleine letters, cijfers en streepjes (bijvoorbeeld regenboog-instagram).");
        }
        else if (isNew && db.OfficialAccounts.Any(a => a.Id == Form.Id!.Trim()))
        {
            Errors.Add($"Er bestaat al een account met id '{Form.Id}'.");
        }

        if (Form.Channel is null || !Channels.Known.Contains(Form.Channel))
        {
            Errors.Add("Kies een kanaal.");
        }

        if (string.IsNullOrWhiteSpace(Form.Handle))
        {
            Errors.Add("Vul de naam van het account op het platform in.");
        }

        if (!string.IsNullOrEmpty(Form.SchoolId) && !Schools.Any(s => s.Id == Form.SchoolId))
        {
            Errors.Add("Onbekende school.");
        }
    }

    private async Task LoadSchoolsAsync(CancellationToken cancellationToken) =>
        Schools = [.. (await db.Schools.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name))];
}

/// <summary>The form; the credential fields are write-only.</summary>
public sealed class AccountForm
{
    public string? Id { get; set; }
    public string? Channel { get; set; }
    public string? Handle { get; set; }
    public string? SchoolId { get; set; }
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
    public string? PlatformAccountId { get; set; }
    public string? InstanceUrl { get; set; }
}
