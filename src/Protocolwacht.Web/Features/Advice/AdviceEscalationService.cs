using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// Reminds managers of advice requests whose reminder is due, hands requests whose deadline passed to the next
/// manager up, and hands on requests waiting for a manager whose period away has begun. Safe on several instances: the post's version is a concurrency token, so one instance's reminder or
/// escalation wins and the other's is dropped.
/// </summary>
public sealed class AdviceEscalationService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublishingOptions> options, ILogger<AdviceEscalationService> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.EscalationInterval;

    /// <summary>Handles up to 50 requests of each kind; returns how many were escalated, reminded or handed on.</summary>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        List<Guid> overdue, remind, away;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
            var open = db.Posts.AsNoTracking().Where(p => p.State == PostState.AdviceRequested);
            overdue = await open.Where(p => p.AdviceDeadline != null && p.AdviceDeadline <= now)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(50).ToListAsync(cancellationToken);
            remind = await open.Where(p => p.AdviceReminderAt != null && p.AdviceReminderAt <= now && !(p.AdviceDeadline <= now))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(50).ToListAsync(cancellationToken);
            var absent = await scope.ServiceProvider.GetRequiredService<AdviceWorkflow>().AbsentAsync(cancellationToken);
            away = absent.Count == 0 ? [] : await open.Where(p => p.ApproverId != null && absent.Contains(p.ApproverId))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(50).ToListAsync(cancellationToken);
        }

        var done = 0;
        foreach (var id in overdue)
        {
            done += await StepAsync(id, (workflow, post) => workflow.EscalateAsync(post, cancellationToken), cancellationToken);
        }

        foreach (var id in remind)
        {
            done += await StepAsync(id, (workflow, post) => workflow.RemindAsync(post, cancellationToken), cancellationToken);
        }

        foreach (var id in away)
        {
            done += await StepAsync(id, (workflow, post) => workflow.HandOnForAbsenceAsync(post, cancellationToken), cancellationToken);
        }

        return done;
    }

    // One post per scope and unit of work, so one refused step leaves the others alone.
    private async Task<int> StepAsync(Guid id, Func<AdviceWorkflow, Post, Task<WorkflowResult>> step, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var post = await scope.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, cancellationToken);
        return post is not null && (await step(scope.ServiceProvider.GetRequiredService<AdviceWorkflow>(), post)).Succeeded ? 1 : 0;
    }
}
