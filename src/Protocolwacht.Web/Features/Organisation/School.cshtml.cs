using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>One school: its accounts, staff, students (with group and photo consent) and their parents.</summary>
public sealed class SchoolModel(OrganisationReader reader, CurrentStaff current) : PageModel
{
    public OrganisationModel Organisation { get; private set; } = null!;

    public School School { get; private set; } = null!;

    /// <summary>Students are shown only to staff of this school and the board office (least data).</summary>
    public bool MayViewStudents { get; private set; }

    /// <summary>Administrators get edit links for the school, its staff and its pupils.</summary>
    public bool IsAdmin => current.IsAdmin;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var organisation = await reader.LoadAsync(cancellationToken);
        if (organisation?.FindSchool(id) is not { } school)
        {
            return NotFound();
        }

        (Organisation, School) = (organisation, school);
        MayViewStudents = await current.GetAsync(cancellationToken) is { } staff && ConsentEditRules.MayView(staff, school.Id);
        return Page();
    }

    public IEnumerable<Parent> ParentsOf(string studentId) => Organisation.Parents.Where(p => p.ChildIds.Contains(studentId));
}
