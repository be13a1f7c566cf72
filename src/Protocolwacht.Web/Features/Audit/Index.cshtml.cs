using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Audit;

/// <summary>
/// The audit log for administrators: who did what, newest first, filtered by actor, action and a period of
/// Dutch calendar days (both inclusive), 50 a page. Only reads; nothing on this page changes the log.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ProtocolwachtDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0, 1, PageSize);

    public string? Problem { get; private set; }

    /// <summary>The staff by name, offered as the actor filter's choices (its value is their id, which the log keeps).</summary>
    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];

    private Dictionary<string, string> _staffNames = [];

    /// <summary>
    /// A staff member who acted, as the table names them: by name with the id the log keeps and the filter takes
    /// ("Karin Mulder (karin.mulder)"); someone no longer on the staff by the stored id. The system's actors are the page's.
    /// </summary>
    public string StaffActor(string actor) => _staffNames.TryGetValue(actor, out var name) ? $"{name} ({actor})" : actor;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Staff = [.. (await db.Staff.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => (s.Id, s.Name))];
        _staffNames = Staff.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        if (From is { } from && To is { } to && to < from)
        {
            Problem = "De einddatum ligt voor de begindatum; kies een periode die klopt.";
            return;
        }

        if (!string.IsNullOrEmpty(Action) && AuditActions.All.All(a => a.Code != Action))
        {
            Problem = "Onbekende handeling; kies er een uit de lijst.";
            return;
        }

        var filter = new AuditFilter(Actor, Action, StartOf(From), StartOf(To?.AddDays(1)), PageNumber, PageSize);
        Result = await AuditSearch.FindAsync(db, filter, cancellationToken);
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) => Url.Page("/Audit/Index", new
    {
        Actor,
        Action,
        From = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        To = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        pagina = page,
    }) ?? "/audit";

    private static DateTimeOffset? StartOf(DateOnly? day) =>
        day is { } d ? DutchTime.ToUtc(d.ToDateTime(TimeOnly.MinValue)) : null;
}
