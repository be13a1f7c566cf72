using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Features.Home;

/// <summary>The start page: for a visitor the way in, for staff what they can do next given their role, and what waits for them (kept live, see <see cref="OnGetPanelsAsync"/>).</summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentStaff current, IEnumerable<IHomeAction> actions, IEnumerable<IHomeOverview> overviews) : PageModel
{
    public StaffMember? Staff { get; private set; }

    public IReadOnlyList<HomeLink> Links { get; private set; } = [];

    /// <summary>The overview blocks for this person's role (a director's or an administrator's start page); empty for most staff.</summary>
    public IReadOnlyList<HomePanel> Panels { get; private set; } = [];

    /// <summary>What an action that returns here did (a panel row's button, such as "Opnieuw proberen"), in Dutch; shown once.</summary>
    [TempData]
    public string? HomeStatus { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Staff = await current.GetAsync(cancellationToken);
        if (Staff is null)
        {
            return;
        }

        var links = new List<HomeLink>();
        foreach (var action in actions)
        {
            links.AddRange(await action.LinksForAsync(Staff, current.IsAdmin, cancellationToken));
        }

        Links = [.. links.OrderBy(l => l.Order)];
        Panels = await PanelsAsync(Staff, cancellationToken);
    }

    /// <summary>
    /// <c>GET /?handler=Panels</c>: the panels alone, which the page fetches again when the menu's event stream says one
    /// of this person's numbers moved (Index.cshtml). Nothing for a visitor.
    /// </summary>
    public async Task<IActionResult> OnGetPanelsAsync(CancellationToken cancellationToken)
    {
        Staff = await current.GetAsync(cancellationToken);
        Panels = Staff is null ? [] : await PanelsAsync(Staff, cancellationToken);
        return Partial("/Features/Home/_Panels.cshtml", Panels);
    }

    private async Task<IReadOnlyList<HomePanel>> PanelsAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var panels = new List<HomePanel>();
        foreach (var overview in overviews)
        {
            if (await overview.PanelForAsync(staff, current.IsAdmin, cancellationToken) is { } panel)
            {
                panels.Add(panel);
            }
        }

        return [.. panels.OrderBy(p => p.Order)];
    }
}
