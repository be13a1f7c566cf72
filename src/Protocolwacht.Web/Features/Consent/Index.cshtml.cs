using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>
/// The consent register of one school: every student against every purpose. Staff of a school see their
/// own school; staf and cvb choose any school. Only staff who may view a school's register see it.
/// </summary>
public sealed class IndexModel(OrganisationReader reader, ConsentRegister register, CurrentStaff current) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    public School? School { get; private set; }

    public IReadOnlyList<Student> Students { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public Dictionary<string, Dictionary<string, ConsentValue>> Current { get; private set; } = [];

    public bool RenewEachSchoolYear { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? SchoolId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        var organisation = await reader.LoadAsync(cancellationToken);
        if (staff is null || organisation is null)
        {
            return Forbid();
        }

        Schools = [.. organisation.Schools.Where(s => ConsentEditRules.MayView(staff, s.Id))];
        School = Schools.FirstOrDefault(s => s.Id == (SchoolId ?? staff.SchoolId)) ?? Schools.FirstOrDefault();
        if (School is null)
        {
            return Page();
        }

        Students = [.. organisation.Students.Where(s => s.SchoolId == School.Id)];
        Purposes = await register.PurposesAsync(cancellationToken);
        Current = await register.CurrentForSchoolAsync(School.Id, cancellationToken);
        RenewEachSchoolYear = await register.RenewEachSchoolYearAsync(cancellationToken);
        return Page();
    }

    public ConsentValue ValueOf(string studentId, string purpose) =>
        Current.TryGetValue(studentId, out var values) && values.TryGetValue(purpose, out var value) ? value : ConsentValue.NotRecorded;
}
