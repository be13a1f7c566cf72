using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Posts.Changes;

/// <summary>
/// Corrections and deletions of published posts (BG3, DO3; issue #10 item 4). A correction is checked again
/// like a draft: block is refused, allow goes out at once, doubt waits for a second person. A deletion always
/// waits for a second person (<see cref="ChangeApprovers"/>). Approved work goes out through the outbox, one
/// row per account, in the same unit of work as the request or the approval, with its audit entry.
/// </summary>
public sealed partial class PostChanges(
    ProtocolwachtDbContext db,
    CheckerSnapshot checkers,
    ConnectorResolver connectors,
    Notifier notifier,
    IAuditLog audit,
    Archive.PublicationArchiver archiver,
    ChangeCompletion completion,
    TimeProvider time)
{
    public Task<List<PostChange>> ForPostAsync(Guid postId, CancellationToken cancellationToken) =>
        db.PostChanges.AsNoTracking().Where(c => c.PostId == postId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The author (their own mistake first) or an administrator may correct; anyone who may see the post may ask for a deletion.</summary>
    public static bool MayCorrect(Post post, string actorId, bool isAdmin) =>
        post.State == PostState.Published && (post.IsAuthor(actorId) || isAdmin);

    public async Task<WorkflowResult> CorrectAsync(Post post, string actorId, bool isAdmin, string? text, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!MayCorrect(post, actorId, isAdmin))
        {
            return WorkflowResult.Refused("Alleen de auteur of een beheerder kan een gepubliceerd bericht aanpassen.");
        }

        text = text?.Trim() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowResult.Refused("Geef een reden voor de aanpassing: lezers en het archief zien wie het bericht aanpaste en waarom.");
        }

        if (text.Length == 0 || text.Length > PostContent.MaxTextLength)
        {
            return WorkflowResult.Refused(text.Length == 0 ? "De nieuwe tekst is leeg." : TooLongDraft.Refusal(text.Length));
        }

        if (text == post.Text)
        {
            return WorkflowResult.Refused("De nieuwe tekst is gelijk aan de gepubliceerde tekst.");
        }

        if (await OpenChangeAsync(post.Id, cancellationToken))
        {
            return WorkflowResult.Refused("Er loopt al een aanpassing of verwijdering van dit bericht; wacht tot die klaar is.");
        }

        var checker = await checkers.FreshAsync(cancellationToken);
        var check = PostCheck.Run(checker, text, post.AccountIds, post.AuthorId, post.Attachments);
        if (check.Verdict == Verdict.Block)
        {
            var reasons = check.Findings.Where(f => f.Severity == Protocolwacht.Checks.Severity.Block).Select(f => f.Message);
            return WorkflowResult.Refused("De controle blokkeert de nieuwe tekst; die kan niet gepubliceerd worden.", reasons);
        }

        var organisation = checker.Organisation;
        var targets = await PublishedAsync(post.Id, cancellationToken);
        var marker = ChangePlan.Marker(organisation.StaffName(actorId), time.GetUtcNow());
        var problems = targets.Select(t => ChangePlan.ForCorrection(connectors.CapabilitiesOf(t.Channel), AccountName(organisation, t.AccountId), text, marker).Problem).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            return WorkflowResult.Refused(string.Join(" ", problems));
        }

        var now = time.GetUtcNow();
        var change = PostChange.Correction(Guid.NewGuid(), post.Id, post.Revision + 1, text, check.Verdict, reason, actorId, now);
        var requested = post.RecordChangeRequested(actorId, PostChangeKind.Correction, change.Reason, time);
        if (!requested.Succeeded)
        {
            return requested;
        }

        db.PostChanges.Add(change);
        await audit.RecordAsync(actorId, AuditActions.PostCorrectionRequested, Subject(post), $"wijziging {change.Id:N}, controle {check.Verdict.ToString().ToLowerInvariant()}", cancellationToken);
        if (change.Status == PostChangeStatus.InProgress)
        {
            Start(post, change, organisation, targets);
        }
        else
        {
            await AskSecondPersonAsync(post, change, organisation, cancellationToken);
        }

        return await CommitAsync(cancellationToken);
    }

    public async Task<WorkflowResult> RequestDeletionAsync(Post post, string actorId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowResult.Refused("Geef een reden voor het verwijderen: het protocol vraagt een goede reden (BG3).");
        }

        if (await OpenChangeAsync(post.Id, cancellationToken))
        {
            return WorkflowResult.Refused("Er loopt al een aanpassing of verwijdering van dit bericht; wacht tot die klaar is.");
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var problem = await DeletionProblemAsync(post, organisation, cancellationToken);
        if (problem is not null)
        {
            return WorkflowResult.Refused(problem);
        }

        var change = PostChange.Deletion(Guid.NewGuid(), post.Id, reason, actorId, time.GetUtcNow());
        var requested = post.RecordChangeRequested(actorId, PostChangeKind.Deletion, change.Reason, time);
        if (!requested.Succeeded)
        {
            return requested;
        }

        db.PostChanges.Add(change);
        await audit.RecordAsync(actorId, AuditActions.PostDeletionRequested, Subject(post), $"wijziging {change.Id:N}", cancellationToken);
        await AskSecondPersonAsync(post, change, organisation, cancellationToken);
        return await CommitAsync(cancellationToken);
    }

    /// <summary>
    /// An administrator takes up a proposed takedown task: the request with its (prefilled) reason, then a second person
    /// approves. The form showed the task's own reason as <paramref name="shownAs"/> gave it (the reader's language): sent
    /// back unchanged, the stored Dutch reason is kept, so every later reader sees it in their own language.
    /// </summary>
    public async Task<WorkflowResult> TakeUpAsync(Post post, Guid changeId, string actorId, string? reason, Func<string, string> shownAs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shownAs);
        ArgumentNullException.ThrowIfNull(post);
        var change = await db.PostChanges.SingleOrDefaultAsync(c => c.Id == changeId && c.PostId == post.Id, cancellationToken);
        if (change is null)
        {
            return WorkflowResult.Refused("Deze taak bestaat niet (meer).");
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var problem = await DeletionProblemAsync(post, organisation, cancellationToken);
        var unchanged = change.Origin is not null && string.Equals(reason?.Trim(), shownAs(change.Reason).Trim(), StringComparison.Ordinal);
        var taken = problem is null ? change.Request(actorId, unchanged ? change.Reason : reason ?? string.Empty, time.GetUtcNow()) : WorkflowResult.Refused(problem);
        if (!taken.Succeeded)
        {
            return taken;
        }

        post.RecordChangeRequested(actorId, PostChangeKind.Deletion, change.Reason, time);
        await audit.RecordAsync(actorId, AuditActions.PostDeletionRequested, Subject(post), $"wijziging {change.Id:N}, taak na ingetrokken toestemming", cancellationToken);
        await AskSecondPersonAsync(post, change, organisation, cancellationToken);
        return await CommitAsync(cancellationToken);
    }

    /// <returns>Null when the actor may not decide at all (the page answers 403); otherwise the outcome.</returns>
    public async Task<WorkflowResult?> DecideAsync(Post post, Guid changeId, string actorId, bool isAdmin, bool approve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var change = await db.PostChanges.SingleOrDefaultAsync(c => c.Id == changeId && c.PostId == post.Id, cancellationToken);
        if (change is null)
        {
            return WorkflowResult.Refused("Dit verzoek bestaat niet (meer).");
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        if (string.Equals(actorId, change.RequestedBy, StringComparison.Ordinal))
        {
            return WorkflowResult.Refused("Een tweede persoon moet dit goedkeuren, niet degene die erom vroeg.");
        }

        if (!ChangeApprovers.MayDecide(organisation, post.AuthorId, change, actorId, isAdmin))
        {
            return null;
        }

        var decided = change.Decide(actorId, approve, time.GetUtcNow());
        if (!decided.Succeeded)
        {
            return decided;
        }

        post.RecordChangeDecision(actorId, approve, time);
        await audit.RecordAsync(actorId, approve ? AuditActions.PostChangeApproved : AuditActions.PostChangeRefused, Subject(post), $"wijziging {change.Id:N}, {change.Kind.ToString().ToLowerInvariant()}", cancellationToken);
        if (approve)
        {
            var problem = change.Kind == PostChangeKind.Deletion ? await DeletionProblemAsync(post, organisation, cancellationToken) : null;
            if (problem is not null)
            {
                return WorkflowResult.Refused(problem);
            }

            Start(post, change, organisation, await PublishedAsync(post.Id, cancellationToken));
        }

        if (change.RequestedBy is { } requester)
        {
            await notifier.NotifyAsync(requester, approve ? "Je verzoek is goedgekeurd" : "Je verzoek is afgewezen",
                $"{(change.Kind == PostChangeKind.Deletion ? "Het verwijderen" : "De aanpassing")} van je bericht is {(approve ? "goedgekeurd en wordt uitgevoerd" : "afgewezen")} door {organisation.StaffName(actorId)}.",
                PostLinks.Page(post.Id), cancellationToken);
        }

        return await CommitAsync(cancellationToken);
    }

    /// <summary>Queues one outbox row per published account; a correction becomes the post's text.</summary>
    private void Start(Post post, PostChange change, OrganisationModel organisation, IReadOnlyList<Delivery> targets)
    {
        var now = time.GetUtcNow();
        if (change.Kind == PostChangeKind.Correction)
        {
            var marker = ChangePlan.Marker(organisation.StaffName(change.RequestedBy), now);
            foreach (var target in targets)
            {
                var (kind, sent, _) = ChangePlan.ForCorrection(connectors.CapabilitiesOf(target.Channel), target.AccountId, change.Text!, marker);
                db.Deliveries.Add(Delivery.CreateChange(Guid.NewGuid(), change, target, kind, sent, now, PostFingerprint.Compute(target.AccountId, sent)));
            }

            post.RecordCorrection(change.RequestedBy ?? post.AuthorId, change.Text!, change.Reason, time);
        }
        else
        {
            foreach (var target in targets)
            {
                db.Deliveries.Add(Delivery.CreateChange(Guid.NewGuid(), change, target, DeliveryKind.Delete, string.Empty, now, $"delete:{target.Id:N}"));
            }
        }
    }

    private async Task AskSecondPersonAsync(Post post, PostChange change, OrganisationModel organisation, CancellationToken cancellationToken)
    {
        var manager = ChangeApprovers.ManagersOf(organisation, post.AuthorId).FirstOrDefault(m => m != change.RequestedBy);
        IEnumerable<string> recipients = manager is not null
            ? [manager]
            : (await SignIn.Administrators.StaffIdsAsync(db, cancellationToken)).Where(a => a != change.RequestedBy);
        var what = change.Kind == PostChangeKind.Deletion ? "verwijderen" : "aanpassen (de controle twijfelt)";
        foreach (var recipient in recipients)
        {
            await notifier.NotifyAsync(recipient, "Goedkeuring gevraagd voor een gepubliceerd bericht",
                $"{organisation.StaffName(change.RequestedBy)} vraagt een gepubliceerd bericht te {what}. Reden: {change.Reason}",
                PostLinks.Page(post.Id), cancellationToken);
        }
    }

    private async Task<string?> DeletionProblemAsync(Post post, OrganisationModel organisation, CancellationToken cancellationToken)
    {
        if (post.State != PostState.Published)
        {
            return post.State == PostState.Removed ? "Dit bericht is al van het platform verwijderd." : "Alleen een gepubliceerd bericht kan verwijderd worden.";
        }

        var problems = (await PublishedAsync(post.Id, cancellationToken))
            .Select(t => ChangePlan.DeletionProblem(connectors.CapabilitiesOf(t.Channel), AccountName(organisation, t.AccountId)))
            .OfType<string>().ToList();
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    private Task<bool> OpenChangeAsync(Guid postId, CancellationToken cancellationToken) =>
        db.PostChanges.AnyAsync(c => c.PostId == postId && (c.Status == PostChangeStatus.AwaitingApproval || c.Status == PostChangeStatus.InProgress), cancellationToken);

    private Task<List<Delivery>> PublishedAsync(Guid postId, CancellationToken cancellationToken) =>
        db.Deliveries.Where(d => d.PostId == postId && d.Kind == DeliveryKind.Publish && d.Status == DeliveryStatus.Published)
            .OrderBy(d => d.AccountId).ToListAsync(cancellationToken);

    private static string AccountName(OrganisationModel organisation, string accountId) =>
        organisation.FindAccount(accountId)?.Handle ?? accountId;

    private static string Subject(Post post) => $"bericht:{post.Id:N}";

    private async Task<WorkflowResult> CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkflowResult.Ok;
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
        {
            // Two steps on one post at once (two people asking for its deletion, two approvers deciding one request) both
            // append the post's next transition: the log's key lets one in, and for the other it is the same "someone was
            // first" as a changed version. The save is one transaction, so nothing of this step was stored.
            db.ChangeTracker.Clear();
            return WorkflowResult.Refused(ChangedMeanwhile);
        }
    }

    internal const string ChangedMeanwhile = "Iemand anders wijzigde dit bericht tegelijk. Bekijk de pagina opnieuw.";
}
