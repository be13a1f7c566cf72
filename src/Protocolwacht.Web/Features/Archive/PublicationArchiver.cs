using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>
/// Writes the <c>published.v1</c> record of a delivery in the same unit of work that marks it published:
/// a use case that may publish calls <see cref="StageIfPublishedAsync"/> and saves with
/// <see cref="SaveChangesAsync"/>, so a publication is never on record without its archive record, nor the other way round.
/// </summary>
public sealed partial class PublicationArchiver(ProtocolwachtDbContext db, ArchiveLog log, CheckerSnapshot checkers, ProtocolVersions protocol)
{
    private static readonly PostAction[] AdviceSteps = [PostAction.AdviceRequested, PostAction.Approved, PostAction.Returned, PostAction.Escalated];

    /// <summary>Stages the record when <paramref name="delivery"/> has just become published (and is not on record yet).</summary>
    public async Task StageIfPublishedAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var entry = db.Entry(delivery);
        var wasPublished = entry.State != EntityState.Added
            && entry.Property(d => d.Status).OriginalValue == DeliveryStatus.Published;
        if (delivery.Status != DeliveryStatus.Published || wasPublished)
        {
            return;
        }

        if (delivery.Kind != DeliveryKind.Publish)
        {
            await StageChangeAsync(delivery, cancellationToken);
            return;
        }

        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == delivery.PostId, cancellationToken);
        log.Stage(ArchiveRecordTypes.Published, await RecordAsync(delivery, post, cancellationToken));
    }

    public Task<IReadOnlyList<long>> SaveChangesAsync(CancellationToken cancellationToken) => log.SaveChangesAsync(cancellationToken);

    private async Task<PublishedRecord> RecordAsync(Delivery delivery, Post post, CancellationToken cancellationToken)
    {
        var checker = await checkers.CurrentAsync(cancellationToken);
        var check = PostCheck.Run(checker, delivery.Text, [delivery.AccountId], post.AuthorId, post.Attachments, await Posts.ReplyCheckContext.ForAsync(db, post, cancellationToken));
        var version = await protocol.CurrentAsync(cancellationToken);
        var transitions = post.Transitions;
        return new PublishedRecord(
            post.Id,
            delivery.Id,
            delivery.Text,
            delivery.AccountId,
            delivery.Channel,
            delivery.PlatformPostId,
            delivery.PlatformUrl,
            post.AuthorId,
            post.ApprovedBy,
            [.. transitions.Where(t => AdviceSteps.Contains(t.Action)).Select(t => new ArchivedAdvice(t.Action, t.ActorId, t.At, t.Reason))],
            Archived(check, version),
            await AttachmentsAsync(post.Attachments, cancellationToken),
            post.CreatedAt,
            transitions.LastOrDefault(t => t.Action == PostAction.PublicationConfirmed)?.At,
            delivery.PublishedAt ?? delivery.UpdatedAt);
    }

    private static ArchivedCheck Archived(Protocolwacht.Checks.CheckResult check, Protocolwacht.Domain.ProtocolDocument.PublishedProtocol? version) => new(
        check.Verdict,
        version?.Number,
        version?.Document.Title,
        [.. check.Findings.Select(f => new ArchivedFinding(f.Category, f.Severity.ToString().ToLowerInvariant(), f.Guideline, f.Start, f.End, f.Message))]);

    private async Task<IReadOnlyList<ArchivedAttachment>> AttachmentsAsync(IReadOnlyList<PostAttachment> attachments, CancellationToken cancellationToken)
    {
        var ids = attachments.Select(a => a.BlobId).ToList();
        var stored = await db.StoredAttachments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. attachments.Where(a => stored.ContainsKey(a.BlobId)).Select(a => new ArchivedAttachment(
            a.BlobId,
            Convert.ToHexStringLower(ArchiveRecord.HashContent(stored[a.BlobId].Content)),
            stored[a.BlobId].Content.LongLength,
            stored[a.BlobId].FileName,
            stored[a.BlobId].ContentType,
            a.Kind,
            a.Description))];
    }
}
