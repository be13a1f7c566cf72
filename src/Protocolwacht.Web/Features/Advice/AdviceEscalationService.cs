using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// Hands advice requests whose deadline passed to the next manager up. Safe on several instances: the
/// post's version is a concurrency token, so one instance's escalation wins and the other's is dropped.
/// </summary>
public sealed class AdviceEscalationService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublishingOptions> options, ILogger<AdviceEscalationService> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => options.Value.EscalationInterval;

    /// <summary>Escalates up to 50 overdue requests; returns how many moved to the next manager.</summary>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
            due = await db.Posts.AsNoTracking()
                .Where(p => p.State == PostState.AdviceRequested && p.AdviceDeadline != null && p.AdviceDeadline <= now)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(50).ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var post = await scope.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, cancellationToken);
            var workflow = scope.ServiceProvider.GetRequiredService<AdviceWorkflow>();
            if (post is not null && (await workflow.EscalateAsync(post, new AdviceDeadlinePolicy(options.Value.AdviceLeadTime), cancellationToken)).Succeeded)
            {
                escalated++;
            }
        }

        return escalated;
    }
}
