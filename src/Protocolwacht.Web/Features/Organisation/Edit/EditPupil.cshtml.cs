using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Edit;

/// <summary>An administrator edits one pupil: name, school, group. Consent is changed in the consent register, not here.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditPupilModel(ProtocolwachtDbContext db, OrganisationEdits edits) : PageModel
{
    [BindProperty]
    public PupilEdit Input { get; set; } = new(null, null, null);

    public string PupilId { get; private set; } = string.Empty;

    public IReadOnlyList<(string Id, string Name)> Schools { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        (PupilId, Input) = (row.Id, new PupilEdit(row.Name, row.SchoolId, row.Group));
        Schools = await SchoolChoices.LoadAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var result = await edits.EditPupilAsync(User.Identity!.Name!, id, Input, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        (PupilId, Errors, Saved) = (id, result.Errors, result.IsSaved);
        Schools = await SchoolChoices.LoadAsync(db, cancellationToken);
        return Page();
    }
}
