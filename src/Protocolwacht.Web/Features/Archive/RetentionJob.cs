using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>
/// Removes the content of records whose retention has ended (issue #10 item 6), each by a
/// <c>redaction.v1</c> record with ground <see cref="RedactionGround.Retention"/>; nothing before its
/// end. A few per round, so a backlog never holds one long transaction.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ArchiveOptions> options, ILogger<RetentionJob> logger)
    : RecurringJob(time, logger)
{
    private const int PerRound = 50;

    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var removed = 0;
        foreach (var type in ArchiveRecordTypes.All)
        {
            if (options.Value.RetentionOf(type) is not { } period)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
            var endedBefore = now - period;
            var due = await db.ArchiveRecords.AsNoTracking()
                .Where(r => r.Type == type && r.RecordedAt <= endedBefore && db.ArchiveContents.Any(c => c.Sequence == r.Sequence))
                .OrderBy(r => r.Sequence).Select(r => r.Sequence).Take(PerRound - removed).ToListAsync(cancellationToken);
            foreach (var sequence in due)
            {
                await using var each = scopes.CreateAsyncScope();
                var result = await each.ServiceProvider.GetRequiredService<ArchiveRedactions>().RedactAsync(
                    sequence, RedactionGround.Retention, $"De bewaartermijn van {type} ({period.TotalDays:0} dagen) is verstreken.",
                    PostTransition.SystemActor, PostTransition.SystemActor, cancellationToken);
                removed += result.Succeeded ? 1 : 0;
            }
        }

        return removed;
    }
}
