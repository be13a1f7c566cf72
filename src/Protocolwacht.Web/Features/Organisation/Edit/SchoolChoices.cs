using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Organisation.Edit;

/// <summary>The schools for a select list, in the board's order.</summary>
internal static class SchoolChoices
{
    public static async Task<IReadOnlyList<(string Id, string Name)>> LoadAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Schools.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name))];
}
