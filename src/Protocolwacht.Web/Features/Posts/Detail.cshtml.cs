using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Checks;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Advice;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// A post's page: content, current check, every transition (who, when, why), each account's delivery
/// status, and the steps the signed-in person may take now.
/// </summary>
public sealed partial class DetailModel(PostWorkflow workflow, AdviceWorkflow advice, Changes.PostChanges changes, Changes.PostArchiveHistory history, ProtocolwachtDbContext db, CheckerSnapshot checkers, IOptions<PublishingOptions> publishing, TimeProvider time) : PageModel
{
    public Post Post { get; private set; } = null!;
    public CheckResult Check { get; private set; } = null!;
    public OrganisationModel Organisation { get; private set; } = null!;
    public IReadOnlyList<Delivery> Deliveries { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    /// <summary>Corrections and deletions asked for, with their status (oldest first).</summary>
    public IReadOnlyList<PostChange> Changes { get; private set; } = [];

    /// <summary>What the archive holds about this post: each publication, revision and tombstone.</summary>
    public IReadOnlyList<Changes.ArchiveHistoryEntry> History { get; private set; } = [];

    /// <summary>Outbox rows of changes whose outcome stayed unknown: a person must say whether the platform has them.</summary>
    public IReadOnlyList<Delivery> UnansweredChanges { get; private set; } = [];

    /// <summary>Changes a platform refused for good (an edit too long, a deletion not allowed): the change list says why, per account.</summary>
    public IReadOnlyList<Delivery> FailedChanges { get; private set; } = [];

    public bool MayResolve(PostChange change) => Posts.Changes.PostChanges.MayResolve(Post, change, Me, IsAdmin);

    /// <summary>Where the changed post is on the platform, for a person to look.</summary>
    public string? TargetUrl(Delivery change) => Deliveries.FirstOrDefault(d => d.Id == change.TargetDeliveryId)?.PlatformUrl;

    public bool IsAdmin => User.IsInRole(Persistence.Identity.AppRoles.Admin);
    public bool MayCorrect => Changes.All(c => c.Status is not (PostChangeStatus.AwaitingApproval or PostChangeStatus.InProgress)) && Posts.Changes.PostChanges.MayCorrect(Post, Me, IsAdmin);
    public bool MayRequestDeletion => Post.State == PostState.Published && Changes.All(c => c.Status is not (PostChangeStatus.AwaitingApproval or PostChangeStatus.InProgress));
    public bool MayDecide(PostChange change) => change.Status == PostChangeStatus.AwaitingApproval && Posts.Changes.ChangeApprovers.MayDecide(Organisation, Post.AuthorId, change, Me, IsAdmin);
    public bool MayTakeUp(PostChange change) => change.Status == PostChangeStatus.Proposed && IsAdmin && Post.State == PostState.Published;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public string Me => User.StaffId();
    public bool IsAuthor => Post.IsAuthor(Me);
    public bool IsApprover => Post.State == PostState.AdviceRequested && Post.ApproverId == Me;
    public bool MayRequestAdvice => IsAuthor && Post.State is PostState.Ready or PostState.AdviceNeeded or PostState.Returned && Check.Verdict != Verdict.Block;
    public bool MayPublish => IsAuthor && Post.MayBePublished(Check.Verdict);
    public bool MayCancel => IsAuthor && Post.State == PostState.Queued && Deliveries.All(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner is null);
    public bool MayEdit => IsAuthor && Post.State is not (PostState.Queued or PostState.Published);
    public TimeSpan UndoPeriod => publishing.Value.UndoPeriod;

    /// <summary>The workflow state, or for a queued post where its publication stands across all accounts.</summary>
    public string StateText => PostStatus.Describe(Post, [.. Deliveries], Now, FindingsReader);

    /// <summary>
    /// Whether the page follows the publication through its event stream (<see cref="OnGetEventsAsync"/>): while
    /// the post is queued and its publication has not settled. A stream costs nothing while nothing changes.
    /// </summary>
    public bool IsLive => !PostStatus.PublicationSettled(Post, [.. Deliveries]);

    /// <summary>What the live parts of the page show, as a short stable hash: the page hands it to its stream,
    /// which sends the parts only when they no longer match.</summary>
    public string LiveVersion => PostStatus.Version(Post, [.. Deliveries]);

    /// <summary>
    /// Once confirmed or published, a doubt the manager approved is history, not advice: the findings say
    /// who approved instead of asking the author to seek advice.
    /// </summary>
    public string? VerdictText => Post.State is PostState.Queued or PostState.Published && Check.Verdict == Verdict.Doubt && Post.IsApprovedAsIs
        ? $"Twijfel, goedgekeurd door {NameOf(Post.ApprovedBy)} voordat het bericht werd gepubliceerd."
        : null;

    /// <summary>What the author asked with the advice request, shown beside the reviewer's decision; null when nothing was asked.</summary>
    public string? AdviceQuestion => Post.Transitions.LastOrDefault(t => t.Action == PostAction.AdviceRequested)?.Reason is { Length: > 0 } question ? question : null;

    /// <summary>Whom the findings speak to on this page: the author, the leidinggevende deciding, or anyone else.</summary>
    public FindingsReader FindingsReader => IsAuthor ? FindingsReader.Author : IsApprover ? FindingsReader.Reviewer : FindingsReader.Other;

    public string NameOf(string? staffId) => Organisation.StaffName(staffId);

    public string AccountName(string accountId) => Organisation.FindAccount(accountId) is { } a ? ChannelNames.Label(a) : accountId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAdviceAsync(Guid id, string? question, CancellationToken cancellationToken) =>
        await StepAsync(id, p => advice.RequestAdviceAsync(p, Me, question, cancellationToken),
            "Je adviesvraag is verstuurd.", cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, string? comment, CancellationToken cancellationToken) =>
        await StepAsync(id, p => advice.ApproveAsync(p, Me, comment, cancellationToken), "Je hebt het bericht goedgekeurd.", cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(Guid id, string? comment, CancellationToken cancellationToken) =>
        await StepAsync(id, p => advice.ReturnAsync(p, Me, comment ?? string.Empty, cancellationToken), "Teruggestuurd: de auteur krijgt het bericht terug met je opmerking. Het staat niet meer bij je adviesvragen.", cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        await StepAsync(id, p => workflow.CancelAsync(p, Me, cancellationToken), "De publicatie is geannuleerd.", cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        await StepAsync(id, _ => workflow.ResolveDeliveryAsync(deliveryId, Me, null, cancellationToken), "Dit account wordt opnieuw geprobeerd.", cancellationToken);

    public async Task<IActionResult> OnPostResolveAsync(Guid id, Guid deliveryId, bool published, CancellationToken cancellationToken) =>
        await StepAsync(id, _ => workflow.ResolveDeliveryAsync(deliveryId, Me, published, cancellationToken),
            published ? "Vastgelegd: het bericht staat op dit account." : "Dit account wordt opnieuw geprobeerd.", cancellationToken);

    public async Task<IActionResult> OnPostResolveChangeAsync(Guid id, Guid deliveryId, bool done, CancellationToken cancellationToken) =>
        await StepAsync(id, p => changes.ResolveUnknownAsync(p, deliveryId, Me, IsAdmin, done, cancellationToken),
            done ? "Vastgelegd: de wijziging staat op dit account." : "De wijziging wordt nog één keer naar het platform gestuurd.", cancellationToken);

    public async Task<IActionResult> OnPostRetryChangeAsync(Guid id, Guid deliveryId, CancellationToken cancellationToken) =>
        await StepAsync(id, p => changes.RetryFailedAsync(p, deliveryId, Me, IsAdmin, cancellationToken), "De wijziging wordt opnieuw naar het platform gestuurd.", cancellationToken);

    public async Task<IActionResult> OnPostRequestDeletionAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        await StepAsync(id, p => changes.RequestDeletionAsync(p, Me, reason, cancellationToken),
            "Je verzoek om het bericht te verwijderen is vastgelegd. Een tweede persoon (je leidinggevende of een beheerder) moet het goedkeuren.", cancellationToken);

    // The form shows a task's own reason in the reader's language (translate); sent back unchanged, the Dutch one is kept.
    public async Task<IActionResult> OnPostTakeUpAsync(Guid id, Guid changeId, string? reason, [FromServices] Translate translate, CancellationToken cancellationToken) =>
        await StepAsync(id, p => changes.TakeUpAsync(p, changeId, Me, reason, translate.Invoke, cancellationToken),
            "Het verwijderen is aangevraagd. Een tweede persoon moet het goedkeuren.", cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid changeId, bool approve, CancellationToken cancellationToken)
    {
        // Who may decide is the change's own rule (the author's managers, administrators, never the requester): anyone else gets 403.
        var post = await workflow.FindAsync(id, cancellationToken);
        if (post is null)
        {
            return NotFound();
        }

        var result = await changes.DecideAsync(post, changeId, Me, IsAdmin, approve, cancellationToken);
        if (result is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden); // a plain 403 (the error page), not a redirect to sign in again
        }

        if (result.Succeeded)
        {
            Message = approve ? "Goedgekeurd: het wordt nu op het platform uitgevoerd." : "Afgewezen: er verandert niets op het platform.";
        }
        else
        {
            Problem = result.Error;
        }

        return RedirectToPage(new { id });
    }

    /// <summary>A manager asked to approve a change may open the post even without another step on it.</summary>
    private async Task<bool> MayDecideAnyAsync(Post post, CancellationToken cancellationToken)
    {
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        return Posts.Changes.ChangeApprovers.ManagersOf(organisation, post.AuthorId).Contains(Me)
            && await db.PostChanges.AnyAsync(c => c.PostId == post.Id && c.Status == PostChangeStatus.AwaitingApproval, cancellationToken);
    }

    private async Task<IActionResult> StepAsync(Guid id, Func<Post, Task<WorkflowResult>> step, string success, CancellationToken cancellationToken)
    {
        var post = await workflow.FindAsync(id, cancellationToken);
        if (post is null || !PostAccess.MayView(User, post))
        {
            return NotFound();
        }

        var result = await step(post);
        if (result.Succeeded)
        {
            Message = success;
        }
        else
        {
            Problem = result.Error;
        }

        return RedirectToPage(new { id });
    }

    internal async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null || !(PostAccess.MayView(User, post) || await MayDecideAnyAsync(post, cancellationToken)))
        {
            return false;
        }

        Post = post;
        Now = time.GetUtcNow();
        Organisation = await checkers.OrganisationAsync(cancellationToken);
        Check = await workflow.CheckAsync(post, fresh: false, cancellationToken);
        Changes = await changes.ForPostAsync(id, cancellationToken);
        History = post.State is PostState.Published or PostState.Removed ? await history.ForAsync(post, cancellationToken) : [];
        Deliveries = await db.Deliveries.AsNoTracking().Where(d => d.PostId == id && d.Kind == DeliveryKind.Publish).OrderBy(d => d.AccountId).ToListAsync(cancellationToken);
        UnansweredChanges = await db.Deliveries.AsNoTracking()
            .Where(d => d.PostId == id && d.Kind != DeliveryKind.Publish && d.Status == DeliveryStatus.AwaitingPerson).OrderBy(d => d.AccountId).ToListAsync(cancellationToken);
        FailedChanges = await db.Deliveries.AsNoTracking()
            .Where(d => d.PostId == id && d.Kind != DeliveryKind.Publish && d.Status == DeliveryStatus.Failed).OrderBy(d => d.AccountId).ToListAsync(cancellationToken);
        return true;
    }
}
