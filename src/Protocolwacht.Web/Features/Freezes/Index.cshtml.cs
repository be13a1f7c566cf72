using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Freezes;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Freezes;

/// <summary>
/// The crisis freeze page for directors (their own school) and administrators (any school or the whole
/// board): start a freeze with a reason, lift it explicitly, and the record of both.
/// </summary>
[Authorize]
public sealed class IndexModel(FreezeRegister register, CurrentStaff current, CheckerSnapshot checkers) : PageModel
{
    /// <summary>The value of the school field that means "the whole board".</summary>
    public const string WholeBoard = "*";

    public IReadOnlyList<PublishingFreeze> History { get; private set; } = [];
    public IReadOnlyList<School> Schools { get; private set; } = [];
    public OrganisationModel Organisation { get; private set; } = null!;
    public bool IsAdmin => current.IsAdmin;

    [BindProperty]
    public string? SchoolId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        if (!current.IsAdmin && staff?.Role != StaffRole.Directie)
        {
            return Forbid();
        }

        Organisation = await checkers.OrganisationAsync(cancellationToken);
        Schools = current.IsAdmin ? Organisation.Schools : Organisation.Schools.Where(s => s.Id == staff!.SchoolId).ToList();
        // A director sees the record of their own school and of the whole board, not why or by whom another school
        // was stopped: the reason of a crisis freeze often tells what happened there.
        var history = await register.HistoryAsync(cancellationToken);
        History = current.IsAdmin ? history : history.Where(f => f.SchoolId is null || f.SchoolId == staff!.SchoolId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        var schoolId = SchoolId == WholeBoard ? null : SchoolId;
        Problem = string.IsNullOrEmpty(SchoolId)
            ? "Kies voor welke school (of het hele bestuur) het publiceren stopt."
            : await register.StartAsync(staff, User.StaffId(), current.IsAdmin, schoolId, Reason, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        Problem = await register.LiftAsync(id, staff, User.StaffId(), current.IsAdmin, Note, cancellationToken);
        return RedirectToPage();
    }

    /// <summary>Who froze or lifted, by name; the stored value for anyone the organisation no longer has.</summary>
    public string StaffName(string? staffId) => Organisation.StaffName(staffId);

    public string ScopeName(string? schoolId) =>
        schoolId is null ? "het hele bestuur (alle accounts)" : Organisation.FindSchool(schoolId)?.Name ?? schoolId;
}
