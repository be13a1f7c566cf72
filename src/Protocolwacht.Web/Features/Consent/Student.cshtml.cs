using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Consent;

/// <summary>One student's consent per purpose, the form to record a change, and the full history.</summary>
public sealed class StudentModel(OrganisationReader reader, ConsentRegister register, ConsentFollowUp followUp, CurrentStaff current) : PageModel
{
    public Student Student { get; private set; } = null!;

    public IReadOnlyList<Parent> Parents { get; private set; } = [];

    public IReadOnlyList<ConsentPurpose> Purposes { get; private set; } = [];

    public Dictionary<string, ConsentValue> Current { get; private set; } = [];

    public IReadOnlyList<ConsentRecord> History { get; private set; } = [];

    public bool MayEdit { get; private set; }

    /// <summary>Whether "de leerling zelf" is offered as giver: never for a primary-school pupil.</summary>
    public bool MayConsentAlone { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public ConsentForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } failed)
        {
            return failed;
        }

        var staff = (await current.GetAsync(cancellationToken))!;
        var missing = MissingChoices();
        if (missing.Count > 0)
        {
            Errors = missing;
            return Page();
        }

        var request = new ConsentChangeRequest(id, Form.Purpose!, Form.Value ?? ConsentValue.NotRecorded, Form.GivenBy, Form.ValidFrom, Form.Withdraw, Form.Note);
        var result = await followUp.RecordAsync(staff, request, cancellationToken);
        if (result.IsForbidden)
        {
            return Forbid();
        }

        if (!result.Allowed)
        {
            Errors = result.Errors;
            return Page();
        }

        return RedirectToPage(null, null, new { id }, "geschiedenis");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var staff = await current.GetAsync(cancellationToken);
        var organisation = await reader.LoadAsync(cancellationToken);
        if (organisation?.FindStudent(id) is not { } student)
        {
            return NotFound();
        }

        if (staff is null || !ConsentEditRules.MayView(staff, student.SchoolId))
        {
            return Forbid();
        }

        (Student, _organisation) = (student, organisation);
        MayEdit = ConsentEditRules.MayEdit(staff, student);
        MayConsentAlone = ConsentGiver.MayConsentAlone(student);
        Parents = [.. organisation.Parents.Where(p => p.ChildIds.Contains(id))];
        Purposes = await register.PurposesAsync(cancellationToken);
        Current = (await register.CurrentForSchoolAsync(student.SchoolId, cancellationToken)).GetValueOrDefault(id) ?? [];
        History = [.. (await register.HistoryAsync(id, cancellationToken)).OrderByDescending(h => h.Sequence)];
        return null;
    }

    // Nothing is preselected, so a consent is always a choice somebody made; a withdrawal needs no value.
    private List<string> MissingChoices()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Form.Purpose))
        {
            missing.Add("Kies een doel.");
        }

        if (Form.Value is null && !Form.Withdraw)
        {
            missing.Add("Kies ja, nee of niet vastgelegd.");
        }

        return missing;
    }

    private OrganisationModel? _organisation;

    /// <summary>Who recorded a consent, by name; the stored value for anyone the organisation does not have (an import, the command line).</summary>
    public string ChangerName(string changedBy) => _organisation?.StaffName(changedBy) ?? changedBy;

    public string PurposeName(string code) => Purposes.FirstOrDefault(p => p.Code == code)?.Name ?? code;

    public string GiverName(string? givenBy) => givenBy switch
    {
        null => string.Empty,
        ConsentGiver.StudentAged16OrOlder => "de leerling zelf (16+)",
        _ => Parents.FirstOrDefault(p => p.Id == givenBy)?.Name ?? givenBy,
    };
}

/// <summary>The fields of the change form; nothing has a default, so every answer is chosen by a person.</summary>
public sealed class ConsentForm
{
    public string? Purpose { get; set; }
    public ConsentValue? Value { get; set; }
    public string? GivenBy { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public bool Withdraw { get; set; }
    public string? Note { get; set; }
}
