using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Publishing;

// Changes to a published post (edit, correction reply, deletion) through the same outbox as publishing:
// leased, the attempt saved before the platform call, the outcome saved with its archive record.
public sealed partial class DeliveryProcessor
{
    private async Task ProcessChangeAsync(Delivery delivery, DeliveryChannel channel, string owner, CancellationToken cancellationToken)
    {
        if (delivery.NeedsReconciliation)
        {
            if (delivery.Kind == DeliveryKind.CorrectionReply)
            {
                // A reply is a new post: it is looked up like one before it is ever placed again.
                if (!await ReconcileAsync(delivery, channel, owner, cancellationToken))
                {
                    return;
                }
            }
            else if (delivery.UnansweredTooOften)
            {
                // Never in an endless loop, never a guess: the author or an administrator looks on the platform and answers on the post page.
                await FinishAsync(delivery, d => d.AskPerson("Het platform gaf geen antwoord op deze wijziging. Kijk op het platform of ze is uitgevoerd.", Now), cancellationToken);
                return;
            }
            else
            {
                // The same edit again leaves the same text; a deletion again answers "already gone": both safe to repeat, a few times.
                delivery.CountUnansweredRepeat();
                ReleaseForAttempt(delivery, owner, Now);
            }
        }

        delivery.RecordAttempt(Now);
        await db.SaveChangesAsync(cancellationToken); // the attempt is on record before the platform hears of it

        using var timeout = CallLimit(cancellationToken);
        var target = delivery.TargetPlatformPostId ?? string.Empty;
        PlatformCredentials? renewed;
        try
        {
            if (delivery.Kind == DeliveryKind.Delete)
            {
                var deleted = await channel.Connector.DeleteAsync(target, channel.Credentials, timeout.Token);
                renewed = deleted.RenewedCredentials;
                await FinishAsync(delivery, d => ApplyDelete(d, deleted), cancellationToken);
            }
            else
            {
                var outcome = delivery.Kind == DeliveryKind.Edit
                    ? await channel.Connector.EditAsync(new EditRequest(target, delivery.Text), channel.Credentials, timeout.Token)
                    : await channel.Connector.PublishAsync(new PublishRequest(delivery.Text, delivery.IdempotencyKey) { InReplyToPostId = target }, channel.Credentials, timeout.Token);
                renewed = outcome.RenewedCredentials;
                await FinishAsync(delivery, d => Apply(d, outcome), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await FinishAsync(delivery, d => d.MarkUnknown("Het platform antwoordde niet op tijd.", Now + options.Value.ReconcileDelay, Now), cancellationToken);
            return;
        }

        if (renewed is not null)
        {
            await connectors.StoreRenewedAsync(delivery.AccountId, renewed, cancellationToken);
        }
    }

    private void ApplyDelete(Delivery delivery, DeleteOutcome outcome)
    {
        var now = Now;
        switch (outcome)
        {
            case DeleteOutcome.Deleted deleted:
                delivery.MarkPublished(deleted.AlreadyGone ? null : delivery.TargetPlatformPostId, null, now);
                break;
            case DeleteOutcome.Failed { Permanent: true } f:
                delivery.MarkFailed(f.Reason, now);
                break;
            case DeleteOutcome.Failed f:
                delivery.ScheduleRetry(f.Reason, RetryBackoff.NextAttempt(now, delivery.Attempts, null), now);
                break;
            case DeleteOutcome.RateLimited r:
                delivery.ScheduleRetry(r.Reason, RetryBackoff.NextAttempt(now, delivery.Attempts, r.RetryAt), now);
                break;
            case DeleteOutcome.Unknown u:
                delivery.MarkUnknown(u.Reason, ReconcileAt(now, delivery.Attempts, u.RetryAt), now);
                break;
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }
    }
}
