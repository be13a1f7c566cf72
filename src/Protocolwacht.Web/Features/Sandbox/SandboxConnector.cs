using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;

namespace Protocolwacht.Web.Features.Sandbox;

/// <summary>
/// The local channel every demo account publishes on: a post lands in the sandbox_publications table
/// and on the /sandbox timeline. It honours the idempotency key (a unique column) and can be
/// reconciled, like a careful real platform, so the exactly-once machinery runs the same way.
/// </summary>
public sealed class SandboxConnector(IServiceScopeFactory scopes, TimeProvider time) : IPlatformConnector
{
    public string Channel => Channels.Sandbox;

    public PlatformCapabilities Capabilities { get; } = new()
    {
        DisplayName = "Sandbox",
        MaxTextLength = 5000,
        TextLengthUnit = TextLengthUnit.CodePoints,
        CanEdit = true,
        CanDelete = true,
        SupportsIdempotencyKey = true,
        IdempotencyKeyLifetime = TimeSpan.FromDays(3650),
        CanReconcile = true,
        RequiresMedia = false,
        MediaKinds = new HashSet<MediaKind> { MediaKind.Image, MediaKind.Video, MediaKind.Document },
        MaxMediaCount = 10,
    };

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var existing = await FindByKeyAsync(db, request.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            return Published(existing);
        }

        var row = new SandboxPublication
        {
            Id = Guid.NewGuid(),
            AccountKey = credentials.AccountId ?? string.Empty,
            Text = request.Text,
            IdempotencyKey = request.IdempotencyKey,
            MediaCount = request.Media.Count,
            PublishedAt = time.GetUtcNow(),
        };
        db.SandboxPublications.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Published(row);
        }
        catch (DbUpdateException)
        {
            // Another attempt with the same key won the race: that one is the publication.
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(db, request.IdempotencyKey, cancellationToken);
            return winner is null ? new PublishOutcome.Unknown("De sandbox kon het bericht niet opslaan.") : Published(winner);
        }
    }

    public async Task<ReconcileOutcome> FindRecentAsync(ReconcileRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var found = await FindByKeyAsync(db, request.IdempotencyKey, cancellationToken);
        return found is null ? new ReconcileOutcome.NotFound() : new ReconcileOutcome.Found(found.Id.ToString(), LinkTo(found));
    }

    /// <summary>Replaces the text, as Mastodon does; editing twice with the same text changes nothing more.</summary>
    public async Task<PublishOutcome> EditAsync(EditRequest request, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var row = Guid.TryParse(request.PlatformPostId, out var id) ? await db.SandboxPublications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (row is null)
        {
            return new PublishOutcome.Failed(true, "Dit bericht staat niet (meer) in de sandbox.", null);
        }

        row.Text = request.NewText;
        await db.SaveChangesAsync(cancellationToken);
        return Published(row);
    }

    /// <summary>Removes the post from the timeline; a post already gone counts as deleted.</summary>
    public async Task<DeleteOutcome> DeleteAsync(string platformPostId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var removed = Guid.TryParse(platformPostId, out var id)
            ? await db.SandboxPublications.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken)
            : 0;
        return new DeleteOutcome.Deleted(AlreadyGone: removed == 0);
    }

    private static Task<SandboxPublication?> FindByKeyAsync(ProtocolwachtDbContext db, string key, CancellationToken cancellationToken) =>
        db.SandboxPublications.AsNoTracking().FirstOrDefaultAsync(p => p.IdempotencyKey == key, cancellationToken);

    private static PublishOutcome.Published Published(SandboxPublication row) => new(row.Id.ToString(), LinkTo(row));

    private static Uri LinkTo(SandboxPublication row) => new($"/sandbox#p-{row.Id:N}", UriKind.Relative);
}
