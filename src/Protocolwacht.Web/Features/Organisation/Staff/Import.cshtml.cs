using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Imports;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation.StaffImport;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Staff;

/// <summary>
/// The web form of <c>protocolwacht org staff</c>: an administrator uploads the HR export, sees who is new, changed
/// or gone, and applies exactly that (with sign-in accounts for new staff) in one transaction (<see cref="StaffImporter"/>).
/// The read file is kept in memory between preview and apply, like the pupil import's.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(StaffImporter importer, PendingStaffImports pending) : PageModel
{
    public StaffImportPreview? Preview { get; private set; }

    public IReadOnlyList<ImportIssue> Issues { get; private set; } = [];

    public string? Result { get; private set; }

    public bool Stale { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? Fingerprint { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0 || Upload.Length > Pupils.ImportModel.MaxFileBytes)
        {
            Issues = [new ImportIssue(Upload?.FileName ?? "personeelsbestand", null, null, null, "Kies een personeelsexport (CSV of Excel, ten hoogste 20 MB).")];
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var file = StaffFile.Read(stream, Path.GetFileName(Upload.FileName));
        Preview = await importer.PreviewAsync(file, User.Identity!.Name, cancellationToken);
        Issues = Preview.Issues;
        if (Preview.CanApply)
        {
            Token = pending.Keep(User.Identity!.Name!, file);
            Fingerprint = Preview.Fingerprint;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (pending.Find(User.Identity!.Name!, Token) is not { } file)
        {
            Issues = [new ImportIssue("personeelsbestand", null, null, null, "Deze voorvertoning is verlopen. Upload het bestand opnieuw.")];
            return Page();
        }

        try
        {
            var outcome = await importer.ApplyAsync(file, User.Identity!.Name, Fingerprint, cancellationToken);
            if (outcome.Applied)
            {
                pending.Forget(Token);
                Result = $"Medewerkers bijgewerkt: {outcome.Preview}; {outcome.SignInAccountsCreated} aanmeldaccounts aangemaakt.";
                return Page();
            }

            (Preview, Issues, Stale, Fingerprint) = (outcome.Preview, outcome.Preview.Issues, true, outcome.Preview.Fingerprint);
        }
        catch (SignInAccountException ex)
        {
            Issues = [new ImportIssue(file.FileName, null, null, null, $"De import is mislukt en teruggedraaid; er is niets gewijzigd. {ex.Message}")];
        }

        return Page();
    }
}
