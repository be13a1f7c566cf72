using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>The signed-in author's posts, most recently changed first, each with where it really stands.</summary>
public sealed class IndexModel(ProtocolwachtDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<(Post Post, string State)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == me)
            .OrderByDescending(p => p.UpdatedAt).Take(200).ToListAsync(cancellationToken);
        var queued = posts.Where(p => p.State == PostState.Queued).Select(p => p.Id).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => queued.Contains(d.PostId) && d.Kind == DeliveryKind.Publish).ToListAsync(cancellationToken))
            .ToLookup(d => d.PostId);
        var now = time.GetUtcNow();
        Items = [.. posts.Select(p => (p, PostStatus.Describe(p, [.. deliveries[p.Id]], now)))];
    }
}
