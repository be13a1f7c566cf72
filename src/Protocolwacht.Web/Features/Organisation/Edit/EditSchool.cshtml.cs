using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation.Edit;

/// <summary>An administrator edits one school: name, town, the BRIN number the pupil exports use and the term for advice requests.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditSchoolModel(ProtocolwachtDbContext db, OrganisationEdits edits) : PageModel
{
    [BindProperty]
    public SchoolEdit Input { get; set; } = new(null, null, null);

    public string SchoolId { get; private set; } = string.Empty;

    /// <summary>The school's stored name for the heading (the id stays in the form's address only): what a reader knows it by.</summary>
    public string SchoolName { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        (SchoolId, SchoolName, Input) = (row.Id, row.Name, new SchoolEdit(row.Name, row.Town, row.Brin, row.AdviceWorkingDays));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        // A term that is not a whole number must not silently fall back to the default.
        if (ModelState.TryGetValue($"{nameof(Input)}.{nameof(SchoolEdit.AdviceWorkingDays)}", out var term) && term.Errors.Count > 0)
        {
            (SchoolId, SchoolName) = (id, await StoredNameAsync(id, cancellationToken));
            Errors = new Dictionary<string, string>
            {
                [nameof(SchoolEdit.AdviceWorkingDays)] = $"'{term.AttemptedValue}' is geen aantal werkdagen; vul een heel getal van 1 tot en met 20 in, of laat het veld leeg.",
            };
            return Page();
        }

        var result = await edits.EditSchoolAsync(User.Identity!.Name!, id, Input, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        (SchoolId, Errors, Saved) = (id, result.Errors, result.IsSaved);
        SchoolName = await StoredNameAsync(id, cancellationToken);
        return Page();
    }

    // After a refused edit the heading keeps the stored name, not the one typed in the form.
    private async Task<string> StoredNameAsync(string id, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? id;
}
