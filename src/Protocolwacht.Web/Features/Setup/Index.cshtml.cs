using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Setup;

/// <summary>
/// The guide of an empty installation (no organisation imported yet, and so nobody who can sign in): how the
/// administrator imports the organisation and gets the first account. Once there is an organisation it sends visitors on.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ProtocolwachtDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.Boards.AnyAsync(cancellationToken) ? Redirect("/") : Page();
}
