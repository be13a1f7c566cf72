using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>
/// Hands advice requests whose deadline passed to the next manager up. Safe on several instances: the
/// post's version is a concurrency token, so one instance's escalation wins and the other's is dropped.
/// </summary>
public sealed partial class AdviceEscalationService(IServiceScopeFactory scopes, TimeProvider time, IOptions<PublishingOptions> options, ILogger<AdviceEscalationService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await EscalateDueAsync(stoppingToken);
                await Task.Delay(options.Value.EscalationInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // keep escalating after a database hiccup
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
                await Task.Delay(options.Value.EscalationInterval, time, stoppingToken);
            }
        }
    }

    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
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
            var workflow = scope.ServiceProvider.GetRequiredService<PostWorkflow>();
            var post = await workflow.FindAsync(id, cancellationToken);
            if (post is not null && (await workflow.EscalateAsync(post, new AdviceDeadlinePolicy(options.Value.AdviceLeadTime), cancellationToken)).Succeeded)
            {
                escalated++;
            }
        }

        return escalated;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalating overdue advice requests failed; trying again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
