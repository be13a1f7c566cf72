using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// /melden: parents, pupils and anyone else report an online incident without an account. Limited per address
/// (<see cref="PublicReportLimit"/>: reports taken, not forms sent back); a honeypot field that people never see (and bots
/// fill in) makes a report vanish quietly. A report with mistakes comes back with all of them, each beside its field
/// (<see cref="IncidentReportErrors"/>), and nothing typed lost; so does one over the limit, with a 429.
/// </summary>
[AllowAnonymous]
public sealed class PublicReportModel(IncidentRegister register, PublicReportLimit limit, TimeProvider time) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    [BindProperty]
    public IncidentReport Report { get; set; } = new();

    /// <summary>The honeypot: hidden from people by the stylesheet, named so that form-filling bots fill it in.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Bedankt { get; set; }

    /// <summary>What is wrong with the report sent, in Dutch, by field; empty on a fresh form.</summary>
    public IReadOnlyList<IncidentFieldError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = (await register.OrganisationAsync(cancellationToken)).Schools;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        if (!string.IsNullOrEmpty(Website))
        {
            limit.TryTake(address); // a bot's flood counts too, though it is never stored
            return RedirectToPage(new { bedankt = true }); // a bot learns nothing from the answer
        }

        Report.Severity = Domain.Incidents.IncidentSeverity.Medium; // the handler judges the severity
        Errors = IncidentReportErrors.Of(Report, await register.OrganisationAsync(cancellationToken), time.GetUtcNow());
        if (Errors.Count == 0 && !limit.TryTake(address))
        {
            Errors = [new IncidentFieldError(null, PublicReportLimit.TooMany)];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        else if (Errors.Count == 0)
        {
            var (_, error) = await register.ReportAsync(Report, reportedBy: null, cancellationToken);
            if (error is null)
            {
                return RedirectToPage(new { bedankt = true });
            }

            Errors = [new IncidentFieldError(null, error)];
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
