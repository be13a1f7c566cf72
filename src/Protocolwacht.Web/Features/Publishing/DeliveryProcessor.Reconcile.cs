using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Publishing;

// Reconciliation: an attempt without a known outcome is never repeated blindly.
public sealed partial class DeliveryProcessor
{
    // Stay clear of the end of a platform's idempotency window: a retry just inside it could land just outside.
    private static readonly TimeSpan IdempotencyMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Settles a delivery whose last attempt has no known outcome. Returns true when publishing again is
    /// safe (the platform deduplicates by key, or it says the post is not there); otherwise the outcome
    /// is saved and the lease given up.
    /// </summary>
    private async Task<bool> ReconcileAsync(Delivery delivery, DeliveryChannel channel, string owner, CancellationToken cancellationToken)
    {
        var capabilities = channel.Connector.Capabilities;
        var now = Now;
        if (capabilities.SupportsIdempotencyKey && delivery.FirstAttemptAt is { } first
            && capabilities.IdempotencyKeyLifetime is { } lifetime && now - first < lifetime - IdempotencyMargin)
        {
            // Same key again: the platform returns the first attempt's post instead of making a second.
            ReleaseForAttempt(delivery, owner, now);
            return true;
        }

        if (!(delivery.IsReply ? channel.Connector is IReactionReplier : capabilities.CanReconcile))
        {
            await FinishAsync(delivery, d => d.AskPerson($"{capabilities.DisplayName} laat niet opvragen of het bericht geplaatst is.", now), cancellationToken);
            return false;
        }

        var outcome = await FindAsync(delivery, channel, cancellationToken);
        if (outcome.RenewedCredentials is { } renewed)
        {
            await connectors.StoreRenewedAsync(delivery.AccountId, renewed, cancellationToken);
        }

        switch (outcome)
        {
            case ReconcileOutcome.Found found:
                await FinishAsync(delivery, d => d.ReconciledAsPublished(found.PlatformPostId, found.Url?.ToString(), now), cancellationToken);
                return false;
            case ReconcileOutcome.NotFound:
                ReleaseForAttempt(delivery, owner, now);
                return true;
            case ReconcileOutcome.RateLimited limited:
                await FinishAsync(delivery, d => d.MarkUnknown(limited.Reason, limited.RetryAt, now), cancellationToken);
                return false;
            case ReconcileOutcome.Undetermined undetermined:
                var retryAt = now + RetryBackoff.After(delivery.Reconciliations + 1);
                await FinishAsync(delivery, d => d.ReconciliationInconclusive(undetermined.Reason, retryAt, now), cancellationToken);
                return false;
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }
    }

    private async Task<ReconcileOutcome> FindAsync(Delivery delivery, DeliveryChannel channel, CancellationToken cancellationToken)
    {
        using var timeout = CallLimit(cancellationToken);
        try
        {
            var request = new ReconcileRequest(delivery.AccountId, delivery.Fingerprint, delivery.FirstAttemptAt ?? delivery.UpdatedAt, delivery.IdempotencyKey);
            return delivery.IsReply && channel.Connector is IReactionReplier replier
                ? await replier.FindReplyAsync(request, TargetOf(delivery), channel.Credentials, timeout.Token)
                : await channel.Connector.FindRecentAsync(request, channel.Credentials, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ReconcileOutcome.Undetermined("Het platform antwoordde niet op tijd op de controlevraag.");
        }
    }

    // The delivery goes back to "retry now" but this instance keeps the lease for the attempt it is about to make.
    private void ReleaseForAttempt(Delivery delivery, string owner, DateTimeOffset now)
    {
        delivery.ReconciledAsAbsent(now);
        delivery.Lease(owner, now + options.Value.LeaseDuration);
    }
}
