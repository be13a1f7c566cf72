using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// The signed-in author's posts, most recently changed first, each with where it really stands; searchable by a
/// word of the text and filtered by state (issue #12 item 4).
/// </summary>
public sealed class IndexModel(ProtocolwachtDbContext db, TimeProvider time) : PageModel
{
    private const int Shown = 200;

    /// <summary>A word or part of the text, any case.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>A <see cref="PostState"/> by name; anything else shows every state.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyList<(Post Post, string State)> Items { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || StateFilter is not null;

    public PostState? StateFilter => Enum.TryParse<PostState>(State, ignoreCase: false, out var state) && Enum.IsDefined(state) ? state : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = User.StaffId();
        var query = db.Posts.AsNoTracking().Where(p => p.AuthorId == me);
        if (StateFilter is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        // The text is searched in memory, over the author's own posts only: SQLite's and PostgreSQL's LIKE differ in
        // case, and one person's posts are few enough.
        var word = Q?.Trim();
        var posts = string.IsNullOrEmpty(word)
            ? await query.OrderByDescending(p => p.UpdatedAt).Take(Shown).ToListAsync(cancellationToken)
            : [.. (await query.OrderByDescending(p => p.UpdatedAt).ToListAsync(cancellationToken))
                .Where(p => p.Text.Contains(word, StringComparison.CurrentCultureIgnoreCase)).Take(Shown)];
        var queued = posts.Where(p => p.State == PostState.Queued).Select(p => p.Id).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => queued.Contains(d.PostId) && d.Kind == DeliveryKind.Publish).ToListAsync(cancellationToken))
            .ToLookup(d => d.PostId);
        var now = time.GetUtcNow();
        Items = [.. posts.Select(p => (p, PostStatus.Describe(p, [.. deliveries[p.Id]], now, FindingsReader.Author)))];
    }
}
