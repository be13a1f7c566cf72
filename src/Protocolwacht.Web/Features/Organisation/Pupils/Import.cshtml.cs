using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Imports;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation.Pupils;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Pupils;

/// <summary>
/// The web form of <c>protocolwacht org pupils</c>: an administrator uploads a pupil export (and optionally a
/// parents' export), sees what would change, and applies exactly that in one transaction
/// (<see cref="PupilImporter"/>). A file with problems is refused with file, row and column of each; the
/// consent register is never touched.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(PupilImporter importer, PendingPupilImports pending, ProtocolwachtDbContext db, TimeProvider time) : PageModel
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public IReadOnlyList<(string Id, string Name)> Schools { get; private set; } = [];

    public PupilImportPreview? Preview { get; private set; }

    public IReadOnlyList<ImportIssue> Issues { get; private set; } = [];

    public string? Result { get; private set; }

    /// <summary>Set when the register changed between preview and apply: the new preview is shown to look at again.</summary>
    public bool Stale { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public IFormFile? ParentsUpload { get; set; }

    [BindProperty]
    public string? SchoolId { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? Fingerprint { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadSchoolsAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken);
        if (Upload is null || Upload.Length == 0 || Upload.Length > MaxFileBytes || ParentsUpload?.Length > MaxFileBytes)
        {
            Issues = [new ImportIssue(Upload?.FileName ?? "leerlingbestand", null, null, null,
                "Kies een leerlingenexport (CSV of Excel, ten hoogste 20 MB).")];
            return Page();
        }

        await using var pupils = Upload.OpenReadStream();
        await using var parents = ParentsUpload is { Length: > 0 } ? ParentsUpload.OpenReadStream() : null;
        var file = PupilFile.Read(pupils, Path.GetFileName(Upload.FileName), parents, ParentsUpload is null ? null : Path.GetFileName(ParentsUpload.FileName), SchoolId, time);
        Preview = await importer.PreviewAsync(file, cancellationToken);
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
        await LoadSchoolsAsync(cancellationToken);
        if (pending.Find(User.Identity!.Name!, Token) is not { } file)
        {
            Issues = [new ImportIssue("leerlingbestand", null, null, null, "Deze voorvertoning is verlopen. Upload het bestand opnieuw.")];
            return Page();
        }

        var outcome = await importer.ApplyAsync(file, User.Identity!.Name!, Fingerprint, cancellationToken);
        if (outcome.Applied)
        {
            pending.Forget(Token);
            Result = $"Leerlingen bijgewerkt: {outcome.Preview}.";
            return Page();
        }

        // The register changed since the preview: show what applying would do now and ask again.
        Preview = outcome.Preview;
        Issues = outcome.Preview.Issues;
        Stale = true;
        Fingerprint = outcome.Preview.Fingerprint;
        return Page();
    }

    private async Task LoadSchoolsAsync(CancellationToken cancellationToken) =>
        Schools = [.. (await db.Schools.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name, s.Brin }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Brin is null ? s.Name : $"{s.Name} ({s.Brin})"))];
}
