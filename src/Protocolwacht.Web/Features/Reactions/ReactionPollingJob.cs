using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// Every <see cref="ReactionsOptions.PollInterval"/>, asks the platforms for the reactions to the posts
/// published in the last <see cref="ReactionsOptions.Window"/> on connected accounts, and stores and checks
/// the new ones. A platform that says "too many requests" is left alone until the time it names, for that
/// account only; other accounts go on. The pause is kept in the database (<see cref="ReactionPauses"/>), so every
/// instance keeps to it. Fetching is idempotent, so two instances polling at once only cost calls, never doubles.
/// </summary>
public sealed partial class ReactionPollingJob(
    IServiceScopeFactory scopes,
    ConnectorResolver resolver,
    ReactionAssessor assessor,
    IOptions<ReactionsOptions> options,
    TimeProvider time,
    ILogger<ReactionPollingJob> logger) : RecurringJob(time, logger)
{
    private DateTimeOffset _nextRoundAt = DateTimeOffset.MinValue;

    public override bool IsEnabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    /// <returns>How many new reactions were stored (0 when the round was not due yet).</returns>
    protected override async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (now < _nextRoundAt)
        {
            return 0;
        }

        _nextRoundAt = now + Interval;
        var added = 0;
        var assess = await assessor.ForRoundAsync(cancellationToken);
        foreach (var account in (await PublishedPostsAsync(now, cancellationToken)).GroupBy(p => (p.AccountId, p.Channel)))
        {
            added += await PollAccountAsync(account.Key.AccountId, account.Key.Channel, [.. account], assess, cancellationToken);
        }

        return added;
    }

    private async Task<List<ReactedPost>> PublishedPostsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - options.Value.Window;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
        return await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Published && d.PlatformPostId != null && d.Channel != Channels.Sandbox && d.PublishedAt >= since)
            .Where(d => d.Kind == DeliveryKind.Publish && d.ReplyToPlatformId == null) // our own replies are read in their root post's thread
            .Select(d => new ReactedPost(d.Id, d.PostId, d.AccountId, d.Channel, d.PlatformPostId!))
            .ToListAsync(cancellationToken);
    }

    private async Task<int> PollAccountAsync(string accountId, string channel, List<ReactedPost> posts, Func<string, string?, string?> assess, CancellationToken cancellationToken)
    {
        if (await ReactionPauses.PausedAsync(scopes, accountId, Time.GetUtcNow(), cancellationToken))
        {
            return 0;
        }

        var resolved = await resolver.ResolveAsync(accountId, channel, cancellationToken);
        if (resolved?.Connector is not IReactionReader reader || !resolved.Connector.Capabilities.CanReadReactions)
        {
            return 0;
        }

        var credentials = resolved.Credentials;
        var added = 0;
        foreach (var post in posts)
        {
            var read = await ReadPostAsync(reader, post, credentials, cancellationToken);
            if (read.Renewed is { } renewed)
            {
                credentials = renewed;
                await resolver.StoreRenewedAsync(accountId, renewed, cancellationToken);
            }

            if (read.Reactions.Count > 0)
            {
                await using var scope = scopes.CreateAsyncScope();
                added += await scope.ServiceProvider.GetRequiredService<ReactionStore>().StoreAsync(post, read.Reactions, assess, cancellationToken);
            }

            if (read.RetryAt is { } retryAt)
            {
                await ReactionPauses.PauseAsync(scopes, accountId, retryAt, cancellationToken);
                LogRateLimited(Logger, accountId, channel, retryAt);
                break;
            }
        }

        return added;
    }

    /// <summary>Reads a post's pages; what was read before a rate limit or failure is kept.</summary>
    private async Task<PostRead> ReadPostAsync(IReactionReader reader, ReactedPost post, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var reactions = new List<PlatformReaction>();
        PlatformCredentials? renewed = null;
        string? cursor = null;
        for (var page = 0; page < options.Value.MaxPagesPerPost; page++)
        {
            var outcome = await reader.ReadReactionsAsync(new ReactionsRequest(post.PlatformPostId, cursor), renewed ?? credentials, cancellationToken);
            renewed = outcome.RenewedCredentials ?? renewed;
            switch (outcome)
            {
                case ReactionsOutcome.Page read:
                    reactions.AddRange(read.Reactions);
                    cursor = read.NextCursor;
                    if (cursor is null)
                    {
                        return new PostRead(reactions, renewed, null);
                    }

                    break;
                case ReactionsOutcome.RateLimited limited:
                    return new PostRead(reactions, renewed, limited.RetryAt);
                case ReactionsOutcome.Failed failed:
                    LogReadFailed(Logger, post.AccountId, post.Channel, failed.Permanent);
                    return new PostRead(reactions, renewed, null);
            }
        }

        return new PostRead(reactions, renewed, null);
    }

    private sealed record PostRead(List<PlatformReaction> Reactions, PlatformCredentials? Renewed, DateTimeOffset? RetryAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reactions of account {AccountId} ({Channel}) are rate limited until {RetryAt}.")]
    private static partial void LogRateLimited(ILogger logger, string accountId, string channel, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading reactions of account {AccountId} ({Channel}) failed (permanent: {Permanent}); trying again next round.")]
    private static partial void LogReadFailed(ILogger logger, string accountId, string channel, bool permanent);
}
