using Microsoft.EntityFrameworkCore;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// Carries out workflow steps for the web app: loads the post, runs the protocol check again on the
/// server with a fresh organisation, applies the step on the domain object, and commits the step
/// together with its outbox rows in one SaveChanges. The advice steps are in Advice/AdviceWorkflow.
/// </summary>
public sealed partial class PostWorkflow(
    ProtocolwachtDbContext db,
    CheckerSnapshot checkers,
    Publishing.PublicationHolds holds,
    IProtocolAcknowledgements acknowledgements,
    Publishing.PlatformRules platformRules,
    TimeProvider time,
    Archive.PublicationArchiver archive)
{
    public Task<Post?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Posts.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Checks the post's current content with the organisation as it is now.</summary>
    public async Task<CheckResult> CheckAsync(Post post, bool fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var checker = fresh ? await checkers.FreshAsync(cancellationToken) : await checkers.CurrentAsync(cancellationToken);
        return PostCheck.Run(checker, post.Text, post.AccountIds, post.AuthorId, post.Attachments, await ReplyContextAsync(post, cancellationToken));
    }

    public async Task<Post> CreateDraftAsync(string authorId, PostContent content, DateTimeOffset? scheduledAt, CancellationToken cancellationToken)
    {
        var post = Post.CreateDraft(Guid.NewGuid(), authorId, content, scheduledAt, time);
        var result = await CheckAsync(post, fresh: true, cancellationToken);
        post.RecordCheck(authorId, result.Verdict, time);
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return post;
    }

    public async Task<WorkflowResult> SaveDraftAsync(Post post, string actorId, PostContent content, DateTimeOffset? scheduledAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var edited = post.Edit(actorId, content, scheduledAt, time);
        if (!edited.Succeeded)
        {
            return edited;
        }

        var result = await CheckAsync(post, fresh: true, cancellationToken);
        post.RecordCheck(actorId, result.Verdict, time);
        return await CommitAsync(cancellationToken);
    }

    /// <summary>Re-checks an editable post so its state matches the current verdict (for example after a consent change).</summary>
    internal async Task<Verdict> RecheckAsync(Post post, string actorId, CancellationToken cancellationToken)
    {
        var verdict = (await CheckAsync(post, fresh: true, cancellationToken)).Verdict;
        if (post.State is not (PostState.AdviceRequested or PostState.Queued or PostState.Published))
        {
            post.RecordCheck(actorId, verdict, time);
        }

        return verdict;
    }

    internal const string ChangedMeanwhile = "Iemand anders heeft dit bericht intussen gewijzigd. Laad de pagina opnieuw.";

    /// <summary>Saves every change of the step at once; a concurrent change of the post refuses the whole step.</summary>
    internal async Task<WorkflowResult> CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await archive.SaveChangesAsync(cancellationToken); // with any archive record the step staged
            return WorkflowResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Refused(ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Two steps on the same post at once (two managers approving) both append its next transition; the
            // log's key lets one in, and the other is the same "someone was first" as a concurrency conflict.
            return WorkflowResult.Refused(ChangedMeanwhile);
        }
    }
}
