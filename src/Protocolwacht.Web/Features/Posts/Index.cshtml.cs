using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>The signed-in author's posts, most recently changed first.</summary>
public sealed class IndexModel(ProtocolwachtDbContext db) : PageModel
{
    public IReadOnlyList<Post> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        Items = await db.Posts.AsNoTracking().Where(p => p.AuthorId == me)
            .OrderByDescending(p => p.UpdatedAt).Take(200).ToListAsync(cancellationToken);
    }
}
