using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Sandbox;

/// <summary>The sandbox timeline: what was "published" on the demo accounts, newest first.</summary>
public sealed class IndexModel(ProtocolwachtDbContext db, CheckerSnapshot checkers) : PageModel
{
    public IReadOnlyList<SandboxPublication> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Handles { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await db.SandboxPublications.AsNoTracking().OrderByDescending(p => p.PublishedAt).Take(200).ToListAsync(cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        Handles = organisation.Accounts.ToDictionary(a => a.Id, ChannelNames.Label, StringComparer.Ordinal);
    }
}
