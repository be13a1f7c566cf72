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

    /// <summary>The staff member's stored name for the heading (the id stays in the form's address and links only).</summary>
    public string StaffName { get; private set; } = string.Empty;

    public IReadOnlyList<(string Id, string Name)> Schools { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        (StaffId, StaffName, Input) = (row.Id, row.Name, new StaffEdit(row.Name, row.Role, row.Function, row.SchoolId, row.ManagerId, row.Email));
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
        // After a refused edit the heading keeps the stored name, not the one typed in the form.
        StaffName = await db.Staff.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? id;
        Schools = await SchoolChoices.LoadAsync(db, cancellationToken);
        return Page();
    }
}
