using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Notifications;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// Doubt → advice → approval or return (R9), with mail and in-app notices to author and manager. Each
/// step re-checks the post through <see cref="PostWorkflow"/> and commits the step with its notices once.
/// </summary>
public sealed class AdviceWorkflow(
    ProtocolwachtDbContext db,
    PostWorkflow posts,
    CheckerSnapshot checkers,
    Notifier notifier,
    TimeProvider time)
{
    public async Task<WorkflowResult> RequestAdviceAsync(Post post, string actorId, string? question, AdviceDeadlinePolicy deadlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deadlines);
        var verdict = await posts.RecheckAsync(post, actorId, cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var approver = ApproverResolver.FindApprover(organisation, post.AuthorId, await AbsentAsync(cancellationToken));
        var deadline = deadlines.DeadlineFor(time.GetUtcNow(), post.ScheduledAt);
        var result = post.RequestAdvice(actorId, verdict, approver?.Id, deadline, string.IsNullOrWhiteSpace(question) ? null : question.Trim(), time);
        if (!result.Succeeded)
        {
            await posts.CommitAsync(cancellationToken); // keep the state the re-check produced
            return result;
        }

        var author = NameOf(organisation, post.AuthorId);
        await notifier.NotifyAsync(approver!.Id, $"Adviesvraag van {author}",
            $"{author} vraagt je advies over een bericht voordat het geplaatst wordt.{DeadlineText(deadline)}", PostLinks.Page(post.Id), cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je adviesvraag is verstuurd",
            $"Je hebt {approver.Name} om advies gevraagd. Je krijgt bericht zodra er een antwoord is.", PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    public async Task<WorkflowResult> ApproveAsync(Post post, string actorId, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var verdict = await posts.RecheckAsync(post, actorId, cancellationToken);
        var result = post.Approve(actorId, verdict, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), time);
        if (!result.Succeeded)
        {
            return result;
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je bericht is goedgekeurd",
            $"{NameOf(organisation, actorId)} heeft je bericht goedgekeurd{(comment is null ? "." : $": {comment}")} Je kunt het nu publiceren.", PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    public async Task<WorkflowResult> ReturnAsync(Post post, string actorId, string comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var result = post.Return(actorId, comment, time);
        if (!result.Succeeded)
        {
            return result;
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je bericht is teruggestuurd",
            $"{NameOf(organisation, actorId)} heeft je bericht teruggestuurd: {comment}", PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    /// <summary>Moves an overdue request to the next manager up; used by the escalation job.</summary>
    public async Task<WorkflowResult> EscalateAsync(Post post, AdviceDeadlinePolicy deadlines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(deadlines);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var next = ApproverResolver.FindNextAbove(organisation, post.AuthorId, post.ApproverId ?? post.AuthorId, await AbsentAsync(cancellationToken));
        if (next is null)
        {
            return WorkflowResult.Refused("Er is geen volgende leidinggevende.");
        }

        var result = post.Escalate(next.Id, deadlines.DeadlineFor(time.GetUtcNow(), post.ScheduledAt), time);
        if (!result.Succeeded)
        {
            return result;
        }

        await notifier.NotifyAsync(next.Id, $"Adviesvraag van {NameOf(organisation, post.AuthorId)} (doorgestuurd)",
            "Een adviesvraag is niet op tijd beantwoord en is naar jou doorgestuurd." + DeadlineText(post.AdviceDeadline), PostLinks.Page(post.Id), cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je adviesvraag is doorgestuurd",
            $"Je adviesvraag is niet op tijd beantwoord en is doorgestuurd naar {next.Name}.", PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    private async Task<HashSet<string>> AbsentAsync(CancellationToken cancellationToken) =>
        [.. await db.StaffAbsences.AsNoTracking().Select(a => a.StaffId).ToListAsync(cancellationToken)];

    private static string NameOf(OrganisationModel organisation, string staffId) => organisation.FindStaff(staffId)?.Name ?? staffId;

    private static string DeadlineText(DateTimeOffset? deadline) =>
        deadline is { } d ? $" Graag antwoord vóór {DutchTime.Format(d)}." : string.Empty;
}
