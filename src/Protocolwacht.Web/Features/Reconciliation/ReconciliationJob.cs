using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Timeline;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Reconciliation;

/// <summary>
/// Every <see cref="ReconciliationOptions.Interval"/>, reads the last <see cref="ReconciliationOptions.Window"/> posts
/// of every connected account (page by page) and lets <see cref="AccountReconciler"/> compare them with the archive.
/// An account whose read fails or is rate limited is skipped this round (nothing is concluded from half a read);
/// the others go on. Idempotent: a second round over the same platform state adds nothing.
/// </summary>
public sealed partial class ReconciliationJob(
    IServiceScopeFactory scopes,
    ConnectorResolver resolver,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<ReconciliationJob> logger) : RecurringJob(time, logger)
{
    private DateTimeOffset _nextRoundAt = DateTimeOffset.MinValue;

    public override bool IsEnabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    /// <returns>How many archive records were added (posts found and posts gone).</returns>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (now < _nextRoundAt)
        {
            return 0;
        }

        _nextRoundAt = now + Interval;
        var added = 0;
        foreach (var (accountId, channel) in await ConnectedAccountsAsync(cancellationToken))
        {
            var resolved = await resolver.ResolveAsync(accountId, channel, cancellationToken);
            if (resolved?.Connector is not ITimelineReader reader)
            {
                continue;
            }

            var read = await ReadAsync(reader, accountId, resolved.Credentials, cancellationToken);
            if (read is null)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<AccountReconciler>().ReconcileAsync(accountId, channel, read.Value.Posts, read.Value.Complete, cancellationToken);
            added += outcome.Found + outcome.Gone;
            LogReconciled(Logger, accountId, read.Value.Posts.Count, outcome.Found, outcome.Gone);
        }

        return added;
    }

    private async Task<List<(string AccountId, string Channel)>> ConnectedAccountsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        var rows = await db.OfficialAccounts.AsNoTracking()
            .Where(a => a.ProtectedCredential != null && a.Channel != Channels.Sandbox)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Channel })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Channel))];
    }

    /// <summary>The newest <see cref="ReconciliationOptions.Window"/> posts, and whether they are all the account has; null when the read did not finish.</summary>
    private async Task<(IReadOnlyList<TimelinePost> Posts, bool Complete)?> ReadAsync(ITimelineReader reader, string accountId, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var posts = new List<TimelinePost>();
        string? cursor = null;
        while (posts.Count < options.Value.Window)
        {
            var size = Math.Min(options.Value.PageSize, options.Value.Window - posts.Count);
            var outcome = await reader.ReadTimelineAsync(new TimelineRequest(size, cursor), credentials, cancellationToken);
            if (outcome.RenewedCredentials is { } renewed)
            {
                credentials = renewed;
                await resolver.StoreRenewedAsync(accountId, renewed, cancellationToken);
            }

            if (outcome is not TimelineOutcome.Page page)
            {
                LogReadFailed(Logger, accountId, outcome.GetType().Name);
                return null;
            }

            posts.AddRange(page.Posts);
            cursor = page.NextCursor;
            if (cursor is null)
            {
                return (posts, true);
            }
        }

        return (posts, false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled account {AccountId}: {Seen} posts compared, {Found} placed outside the app, {Gone} gone.")]
    private static partial void LogReconciled(ILogger logger, string accountId, int seen, int found, int gone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation could not read account {AccountId} ({Outcome}); trying again next round.")]
    private static partial void LogReadFailed(ILogger logger, string accountId, string outcome);
}
