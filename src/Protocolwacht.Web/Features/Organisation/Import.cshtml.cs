using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>
/// The web form of <c>protocolwacht org import</c>: an administrator uploads an organisation file; it is
/// validated completely (every problem with line and field) and applied in one transaction, or refused
/// with nothing changed. New staff get their sign-in account right away.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ImportModel(OrganisationImporter importer, StaffAccountsSeeder accounts, ProtocolwachtDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationFileError> Errors { get; private set; } = [];

    public string? Result { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors = [new OrganisationFileError(1, "$", "Kies een organisatiebestand (JSON).")];
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream());
        var parsed = OrganisationFile.Parse(await reader.ReadToEndAsync(cancellationToken));
        if (parsed.Organisation is null)
        {
            Errors = parsed.Errors;
            return Page();
        }

        var summary = await importer.ImportAsync(parsed.Organisation, cancellationToken);
        await accounts.SeedAsync(db, cancellationToken);
        Result = $"Organisatie '{parsed.Organisation.Board.Name}' geïmporteerd: {summary}.";
        return Page();
    }
}
