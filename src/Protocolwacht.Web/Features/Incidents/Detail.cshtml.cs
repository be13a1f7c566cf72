using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>One incident for its handlers and administrators: every opening is recorded; the handler's steps are forms here.</summary>
[Authorize]
public sealed class DetailModel(IncidentRegister register, CurrentStaff current, TimeProvider time) : PageModel
{
    public Incident Incident { get; private set; } = null!;
    public OrganisationModel Organisation { get; private set; } = null!;

    /// <summary>A staff member by name (handler, reporter, assignee, who looked): the user name only for someone the organisation no longer has.</summary>
    public string StaffName(string? staffId) => Organisation.StaffName(staffId);
    public IReadOnlyList<IncidentView> Views { get; private set; } = [];
    public bool IsAdmin => current.IsAdmin;
    public DateTimeOffset Now => time.GetUtcNow();

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var incident = await register.OpenAsync(id, await current.GetAsync(cancellationToken), User.StaffId(), current.Roles, cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        Incident = incident;
        Organisation = await register.OrganisationAsync(cancellationToken);
        Views = current.IsAdmin ? await register.ViewsAsync(id, cancellationToken) : [];
        return Page();
    }

    public Task<IActionResult> OnPostEntryAsync(Guid id, string? text, CancellationToken cancellationToken) =>
        StepAsync(id, (i, now) => i.AddEntry(User.StaffId(), text, now), cancellationToken);

    public Task<IActionResult> OnPostTaskAsync(Guid id, string? text, string? assignee, CancellationToken cancellationToken) =>
        StepAsync(id, (i, now) => i.AddTask(User.StaffId(), text, assignee, now), cancellationToken);

    public Task<IActionResult> OnPostTaskDoneAsync(Guid id, Guid taskId, CancellationToken cancellationToken) =>
        StepAsync(id, (i, now) => i.CompleteTask(User.StaffId(), taskId, now), cancellationToken);

    public Task<IActionResult> OnPostBreachDecisionAsync(Guid id, bool reported, string? reference, string? reason, bool informed, string? informedNote, CancellationToken cancellationToken) =>
        StepAsync(id, (i, now) => i.RecordBreachDecision(User.StaffId(), reported, reference, reason, informed, informedNote, now), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, string? evaluation, CancellationToken cancellationToken) =>
        StepAsync(id, (i, now) => i.Close(User.StaffId(), evaluation, now), cancellationToken);

    private async Task<IActionResult> StepAsync(Guid id, Func<Incident, DateTimeOffset, string?> step, CancellationToken cancellationToken)
    {
        Problem = await register.ChangeAsync(id, await current.GetAsync(cancellationToken), current.Roles, step, cancellationToken);
        return RedirectToPage(new { id });
    }
}
