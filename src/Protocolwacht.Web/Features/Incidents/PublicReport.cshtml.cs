using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// /melden: parents, pupils and anyone else report an online incident without an account. Rate limited
/// per address; a honeypot field that people never see (and bots fill in) makes a report vanish quietly.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(IncidentsFeature.PublicReportPolicy)]
public sealed class PublicReportModel(IncidentRegister register) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    [BindProperty]
    public IncidentReport Report { get; set; } = new();

    /// <summary>The honeypot: hidden from people by the stylesheet, named so that form-filling bots fill it in.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Bedankt { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = (await register.OrganisationAsync(cancellationToken)).Schools;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            return RedirectToPage(new { bedankt = true }); // a bot learns nothing from the answer
        }

        Report.Severity = Domain.Incidents.IncidentSeverity.Medium; // the handler judges the severity
        var (_, error) = await register.ReportAsync(Report, reportedBy: null, cancellationToken);
        if (error is null)
        {
            return RedirectToPage(new { bedankt = true });
        }

        Problem = error;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
