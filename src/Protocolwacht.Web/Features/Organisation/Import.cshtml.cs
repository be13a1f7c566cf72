using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>
/// The web form of <c>protocolwacht org import</c>: an administrator uploads an organisation file; it is
/// validated completely (every problem with line and field) and applied by <see cref="OrganisationImporter"/>:
/// the organisation and the sign-in accounts of new staff in one transaction, or nothing at all.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(OrganisationImporter importer) : PageModel
{
    public IReadOnlyList<OrganisationFileError> Errors { get; private set; } = [];

    /// <summary>What is wrong with the form itself (no file chosen), in Dutch; null when nothing is.</summary>
    public string? Problem { get; private set; }

    /// <summary>Why a valid file could not be applied (the import was rolled back), in Dutch.</summary>
    public string? Failure { get; private set; }

    public string? Result { get; private set; }

    /// <summary>File answers the register contradicts; they were not recorded (the register wins).</summary>
    public IReadOnlyList<ConsentConflict> ConsentConflicts { get; private set; } = [];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            // Not a place in a file: there is no file (until stop 46 this read "regel 1, $: Kies …").
            Problem = "Kies een organisatiebestand (JSON).";
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream());
        var parsed = OrganisationFile.Parse(await reader.ReadToEndAsync(cancellationToken));
        if (parsed.Organisation is null)
        {
            Errors = parsed.Errors;
            return Page();
        }

        try
        {
            var summary = await importer.ImportAsync(parsed.Organisation, User.Identity?.Name ?? AuditActors.System, cancellationToken);
            Result = $"Organisatie '{parsed.Organisation.Board.Name}' geïmporteerd: {summary}.";
            ConsentConflicts = summary.ConsentConflicts;
        }
        catch (SignInAccountException ex)
        {
            Failure = ex.Message;
        }

        return Page();
    }
}
