using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>The right to erasure of one pupil (<see cref="PupilErasure"/>): an administrator confirms and gives a reason.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EraseModel(ProtocolwachtDbContext db, PupilErasure erasure) : PageModel
{
    public string PupilId { get; private set; } = string.Empty;

    public string PupilName { get; private set; } = string.Empty;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public string? Error { get; private set; }

    public ErasureOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Reason) || !Confirm)
        {
            Error = string.IsNullOrWhiteSpace(Reason)
                ? "Geef een reden voor het wissen; die komt in het auditlog."
                : "Vink aan dat u begrijpt dat wissen niet ongedaan kan worden.";
            return Page();
        }

        Outcome = await erasure.EraseAsync(id, User.Identity!.Name!, Reason, cancellationToken);
        return Outcome is null ? NotFound() : Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var name = await db.Students.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        (PupilId, PupilName) = (id, name ?? string.Empty);
        return name is not null;
    }
}
