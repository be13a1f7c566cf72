using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Edit;

/// <summary>An administrator edits one staff member: name, role, function, school, manager, work e-mail.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditStaffModel(ProtocolwachtDbContext db, OrganisationEdits edits) : PageModel
{
    [BindProperty]
    public StaffEdit Input { get; set; } = new(null, null, null, null, null, null);

    public string StaffId { get; private set; } = string.Empty;

    public IReadOnlyList<(string Id, string Name)> Schools { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        (StaffId, Input) = (row.Id, new StaffEdit(row.Name, row.Role, row.Function, row.SchoolId, row.ManagerId, row.Email));
        Schools = await SchoolChoices.LoadAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var result = await edits.EditStaffAsync(User.Identity!.Name!, id, Input, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        (StaffId, Errors, Saved) = (id, result.Errors, result.IsSaved);
        Schools = await SchoolChoices.LoadAsync(db, cancellationToken);
        return Page();
    }
}
