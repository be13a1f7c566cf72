using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Edit;

/// <summary>An administrator edits one school: name, town and the BRIN number the pupil exports use.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditSchoolModel(ProtocolwachtDbContext db, OrganisationEdits edits) : PageModel
{
    [BindProperty]
    public SchoolEdit Input { get; set; } = new(null, null, null);

    public string SchoolId { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        (SchoolId, Input) = (row.Id, new SchoolEdit(row.Name, row.Town, row.Brin));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var result = await edits.EditSchoolAsync(User.Identity!.Name!, id, Input, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        (SchoolId, Errors, Saved) = (id, result.Errors, result.IsSaved);
        return Page();
    }
}
