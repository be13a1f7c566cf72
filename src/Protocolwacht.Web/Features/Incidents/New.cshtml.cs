using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Reactions;
using Protocolwacht.Web.Features.Shared;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>A staff member reports an incident from the app; it goes to the school's handler, not back to the reporter.</summary>
[Authorize]
public sealed class NewModel(IncidentRegister register, CurrentStaff current, ReactionInbox reactions, TimeProvider time) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    [BindProperty]
    public IncidentReport Report { get; set; } = new();

    /// <summary>What is wrong with the report sent, in Dutch, by field (<see cref="IncidentReportErrors"/>); empty on a fresh form.</summary>
    public IReadOnlyList<IncidentFieldError> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The inbox reaction this report records ("Vastleggen als incident"), if any.</summary>
    [BindProperty(SupportsGet = true, Name = "reactie")]
    public Guid? ReactionId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Schools = (await register.OrganisationAsync(cancellationToken)).Schools;
        Report.SchoolId ??= (await current.GetAsync(cancellationToken))?.SchoolId;
        if (HttpMethods.IsGet(Request.Method) && await ReactionAsync(cancellationToken) is { } from)
        {
            Prefill(from);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var from = await ReactionAsync(cancellationToken);
        Errors = IncidentReportErrors.Of(Report, await register.OrganisationAsync(cancellationToken), time.GetUtcNow());
        if (Errors.Count == 0)
        {
            var (_, error) = await register.ReportAsync(Report, User.StaffId(), cancellationToken,
                from is null ? null : id => from.Reaction.LinkIncident(id, time.GetUtcNow()));
            if (error is null)
            {
                Message = "Bedankt, het incident is gemeld bij de behandelaar van de school.";
                return RedirectToPage();
            }

            Errors = [new IncidentFieldError(null, error)];
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task<InboxReaction?> ReactionAsync(CancellationToken cancellationToken) =>
        ReactionId is { } id ? await reactions.FindAsync(id, await current.GetAsync(cancellationToken), current.IsAdmin, cancellationToken) : null;

    // The reaction as the platform showed it, so the handler does not have to look it up again.
    private void Prefill(InboxReaction from)
    {
        var r = from.Reaction;
        var text = r.Text.Length > 3000 ? r.Text[..3000] + "…" : r.Text;
        Report.SchoolId = from.Account.SchoolId ?? Report.SchoolId;
        Report.Category ??= IncidentCategory.HateInReactions;
        Report.Description ??= $"Reactie van {r.AuthorName ?? r.AuthorHandle ?? "onbekend"} ({r.AuthorHandle}) op {ChannelNames.Label(from.Account)}, {Display.Moment(r.PlacedAt)}:\n\"{text}\"{(r.FlagReason is null ? "" : "\n" + r.FlagReason)}";
        Report.People[0].Role ??= "onbekend";
        Report.People[0].Description ??= "schrijver van de reactie";
    }
}
