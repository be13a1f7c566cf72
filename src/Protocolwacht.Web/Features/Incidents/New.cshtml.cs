using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>A staff member reports an incident from the app; it goes to the school's handler, not back to the reporter.</summary>
[Authorize]
public sealed class NewModel(IncidentRegister register, CurrentStaff current) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    [BindProperty]
    public IncidentReport Report { get; set; } = new();

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Schools = (await register.OrganisationAsync(cancellationToken)).Schools;
        Report.SchoolId ??= (await current.GetAsync(cancellationToken))?.SchoolId;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (_, error) = await register.ReportAsync(Report, User.StaffId(), cancellationToken);
        if (error is null)
        {
            Message = "Bedankt, het incident is gemeld bij de behandelaar van de school.";
            return RedirectToPage();
        }

        Problem = error;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
