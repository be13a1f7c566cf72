using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Posts;
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
    AdviceTerms terms,
    TimeProvider time)
{
    public async Task<WorkflowResult> RequestAdviceAsync(Post post, string actorId, string? question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var verdict = await posts.RecheckAsync(post, actorId, cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var approver = ApproverResolver.FindApprover(organisation, post.AuthorId, await AbsentAsync(cancellationToken));
        var term = await terms.ForAsync(post, cancellationToken);
        var result = post.RequestAdvice(actorId, verdict, approver?.Id, term, string.IsNullOrWhiteSpace(question) ? null : question.Trim(), time);
        if (!result.Succeeded)
        {
            await posts.CommitAsync(cancellationToken); // keep the state the re-check produced
            return result;
        }

        var author = NameOf(organisation, post.AuthorId);
        await notifier.NotifyAsync(approver!.Id, $"Adviesvraag van {author}",
            $"{author} vraagt je advies over een bericht voordat het geplaatst wordt.{DeadlineText(term.Deadline)}", PostLinks.Page(post.Id), cancellationToken);
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
    public async Task<WorkflowResult> EscalateAsync(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var next = ApproverResolver.FindNextAbove(organisation, post.AuthorId, post.ApproverId ?? post.AuthorId, await AbsentAsync(cancellationToken));
        if (next is null)
        {
            return WorkflowResult.Refused("Er is geen volgende leidinggevende.");
        }

        var result = post.Escalate(next.Id, await terms.ForAsync(post, cancellationToken), time);
        if (!result.Succeeded)
        {
            return result;
        }

        await notifier.NotifyAsync(next.Id, $"Adviesvraag van {NameOf(organisation, post.AuthorId)} (doorgestuurd)",
            $"Een adviesvraag is niet op tijd beantwoord en is naar jou doorgestuurd.{DeadlineText(post.AdviceDeadline)}", PostLinks.Page(post.Id), cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je adviesvraag is doorgestuurd",
            $"Je adviesvraag is niet op tijd beantwoord en is doorgestuurd naar {next.Name}.", PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    /// <summary>Reminds the manager of an open request whose reminder is due; used by the escalation job.</summary>
    public async Task<WorkflowResult> RemindAsync(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!post.MarkReminded(time))
        {
            return WorkflowResult.Refused("Er is geen herinnering nodig.");
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        await notifier.NotifyAsync(post.ApproverId!, $"Herinnering: adviesvraag van {NameOf(organisation, post.AuthorId)}",
            $"{NameOf(organisation, post.AuthorId)} wacht nog op je advies.{DeadlineText(post.AdviceDeadline)} Daarna gaat de vraag naar de volgende leidinggevende.",
            PostLinks.Page(post.Id), cancellationToken);
        return await posts.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records that <paramref name="managerId"/> is away from <paramref name="from"/> through <paramref name="until"/>
    /// (Dutch days, inclusive; null: until they report back), replacing an earlier period. When the period has begun,
    /// every request waiting for them goes to the next manager up, who is told, as is the author; one unit of work.
    /// A period still to come is handed on by <see cref="AdviceEscalationService"/> on its first day.
    /// Returns the outcome and how many requests moved.
    /// </summary>
    public async Task<(WorkflowResult Result, int Moved)> ReportAbsentAsync(string managerId, DateOnly from, DateOnly? until, CancellationToken cancellationToken)
    {
        var first = await RecordAbsenceAsync(managerId, from, until, cancellationToken);
        if (first.Result.Succeeded)
        {
            return first;
        }

        // Reported twice at once (two tabs, a double tap): both found no period and added one, and the database let one
        // in; or the other request handed on a waiting request first. Once more, this finds the stored period and what is
        // left to hand on, as if the two had come one after the other.
        db.ChangeTracker.Clear();
        var again = await RecordAbsenceAsync(managerId, from, until, cancellationToken);
        return again.Result.Succeeded ? again : (WorkflowResult.Refused(AbsenceChangedMeanwhile), 0);
    }

    /// <summary>Not the post workflow's "someone changed this post": what changed at the same moment was the absence.</summary>
    internal const string AbsenceChangedMeanwhile = "Je afwezigheid werd tegelijk ergens anders gewijzigd. Bekijk de pagina en probeer het opnieuw.";

    private async Task<(WorkflowResult Result, int Moved)> RecordAbsenceAsync(string managerId, DateOnly from, DateOnly? until, CancellationToken cancellationToken)
    {
        var row = await db.StaffAbsences.SingleOrDefaultAsync(a => a.StaffId == managerId, cancellationToken);
        if (row is null)
        {
            row = new StaffAbsence { StaffId = managerId };
            db.StaffAbsences.Add(row);
        }

        (row.Since, row.From, row.Until) = (time.GetUtcNow(), from, until);
        if (!row.Covers(DutchTime.Today(time)))
        {
            return (await posts.CommitAsync(cancellationToken), 0);
        }

        var waiting = await db.Posts.Where(p => p.State == PostState.AdviceRequested && p.ApproverId == managerId).ToListAsync(cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var absent = await AbsentAsync(cancellationToken);
        absent.Add(managerId);
        var moved = 0;
        foreach (var post in waiting)
        {
            if ((await HandOnAsync(post, managerId, organisation, absent, cancellationToken)).Succeeded)
            {
                moved++;
            }
        }

        return (await posts.CommitAsync(cancellationToken), moved);
    }

    /// <summary>
    /// Hands one open request on when its manager is away today (a period that began after the request was made);
    /// used by the escalation job. Refused when the manager is not away or nobody is above them.
    /// </summary>
    public async Task<WorkflowResult> HandOnForAbsenceAsync(Post post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var absent = await AbsentAsync(cancellationToken);
        if (post.State != PostState.AdviceRequested || post.ApproverId is not { } managerId || !absent.Contains(managerId))
        {
            return WorkflowResult.Refused("De leidinggevende van deze adviesvraag is niet afwezig.");
        }

        var result = await HandOnAsync(post, managerId, await checkers.OrganisationAsync(cancellationToken), absent, cancellationToken);
        return result.Succeeded ? await posts.CommitAsync(cancellationToken) : result;
    }

    /// <summary>Managers away today (a period that covers today's Dutch date).</summary>
    public async Task<HashSet<string>> AbsentAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(time);
        var periods = await db.StaffAbsences.AsNoTracking().ToListAsync(cancellationToken);
        return [.. periods.Where(a => a.Covers(today)).Select(a => a.StaffId)];
    }

    // Moves the request to the next manager up who is not away and tells both; the caller commits.
    private async Task<WorkflowResult> HandOnAsync(Post post, string managerId, OrganisationModel organisation, IReadOnlySet<string> absent, CancellationToken cancellationToken)
    {
        var next = ApproverResolver.FindNextAbove(organisation, post.AuthorId, managerId, absent);
        if (next is null)
        {
            return WorkflowResult.Refused("Er is geen volgende leidinggevende."); // it stays and still escalates at its deadline
        }

        var result = post.RedirectForAbsence(managerId, next.Id, await terms.ForAsync(post, cancellationToken), time);
        if (!result.Succeeded)
        {
            return result;
        }

        await notifier.NotifyAsync(next.Id, $"Adviesvraag van {NameOf(organisation, post.AuthorId)} (doorgestuurd)",
            $"{NameOf(organisation, managerId)} is afwezig; deze adviesvraag is naar jou doorgestuurd.{DeadlineText(post.AdviceDeadline)}", PostLinks.Page(post.Id), cancellationToken);
        await notifier.NotifyAsync(post.AuthorId, "Je adviesvraag is doorgestuurd",
            $"{NameOf(organisation, managerId)} is afwezig; je adviesvraag is doorgestuurd naar {next.Name}.", PostLinks.Page(post.Id), cancellationToken);
        return result;
    }

    private static string NameOf(OrganisationModel organisation, string staffId) => organisation.StaffName(staffId);

    private static string DeadlineText(DateTimeOffset? deadline) =>
        deadline is { } d ? $" Graag antwoord vóór {DutchTime.Format(d)}." : string.Empty;
}
