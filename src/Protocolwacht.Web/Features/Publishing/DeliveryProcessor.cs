using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Posts;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// Does the work for one claimed delivery. The order is what makes publishing exactly once:
/// (1) a delivery whose previous attempt has no known outcome is reconciled with the platform first;
/// (2) the attempt is saved before the platform is called; (3) the outcome is saved afterwards, and
/// only while this instance still holds the lease (the lease owner is a concurrency token).
/// </summary>
public sealed partial class DeliveryProcessor(
    ProtocolwachtDbContext db,
    ConnectorResolver connectors,
    CheckerSnapshot checkers,
    PublicationHolds holds,
    DeliveryHolds deliveryHolds,
    Posts.Changes.ChangeCompletion changes,
    IProtocolAcknowledgements acknowledgements,
    Notifications.Notifier notifier,
    Archive.PublicationArchiver archive,
    Media.MediaLinks mediaLinks,
    TimeProvider time,
    IOptions<PublishingOptions> options,
    PublishingMetrics metrics,
    ILogger<DeliveryProcessor> logger)
{
    /// <summary>
    /// Why a scheduled delivery failed when its author has not acknowledged the protocol version current at its moment.
    /// One whole sentence without holes, so <see cref="DeliveryReasons"/> (DeliveryReasons.resx) has its English; it does not
    /// start with "Niet geplaatst: ", which the interface's template "Niet geplaatst: {0}" would claim and half translate.
    /// </summary>
    public const string NotAcknowledged =
        "Niet geplaatst, want er is een nieuwe versie van het protocol: lees die op /protocol, bevestig 'gelezen en begrepen' en probeer het dan opnieuw.";

    /// <summary>Why a delivery failed when its account has no platform connection (any more); English in DeliveryReasons.resx.</summary>
    public const string NotConnected = "Dit account is niet (meer) gekoppeld aan het platform. Koppel het opnieuw en probeer het nog eens.";

    /// <summary>
    /// A held delivery's reason, stored as its last error and shown on the post page: "Tegengehouden: " and why (a freeze,
    /// no platform decision, a consent withdrawn). Its English is in UiText.resx, where the reasons it holds are too.
    /// </summary>
    public const string HeldText = "Tegengehouden: {0}";

    /// <summary>The stored reason of a delivery held for <paramref name="reason"/> (<see cref="HeldText"/>).</summary>
    public static string Held(string reason) => string.Format(System.Globalization.CultureInfo.InvariantCulture, HeldText, reason);

    public async Task ProcessAsync(Guid deliveryId, string owner, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null || delivery.LeaseOwner != owner)
        {
            return;
        }

        using var activity = PublishingMetrics.Source.StartActivity("protocolwacht.delivery");
        activity?.SetTag("channel", delivery.Channel);
        activity?.SetTag("kind", delivery.Kind.ToString().ToLowerInvariant());
        try
        {
            await ProcessClaimedAsync(delivery, owner, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, deliveryId);
        }
    }

    private async Task ProcessClaimedAsync(Delivery delivery, string owner, CancellationToken cancellationToken)
    {
        // A deletion is never held back: taking a post down is what a freeze or a withdrawn consent asks for.
        if (delivery.Kind != DeliveryKind.Delete && await HeldAsync(delivery, cancellationToken))
        {
            return;
        }

        var channel = await connectors.ResolveAsync(delivery.AccountId, delivery.Channel, cancellationToken);
        if (channel is null)
        {
            await FinishAsync(delivery, d => d.MarkFailed(NotConnected, Now), cancellationToken);
            return;
        }

        if (delivery.Kind != DeliveryKind.Publish)
        {
            await ProcessChangeAsync(delivery, channel, owner, cancellationToken);
            return;
        }

        if (delivery.NeedsReconciliation && !await ReconcileAsync(delivery, channel, owner, cancellationToken))
        {
            return;
        }

        var post = await db.Posts.AsNoTracking().Where(p => p.Id == delivery.PostId)
            .Select(p => new { p.AuthorId, p.Attachments }).SingleAsync(cancellationToken);
        var rights = await RightsProblemAsync(delivery, post.AuthorId, cancellationToken);
        if (rights is not null)
        {
            await FinishAsync(delivery, d => d.MarkFailed(rights, Now), cancellationToken);
            return;
        }

        // A scheduled post goes out under the protocol as it is at its moment: its author must have acknowledged
        // that version. Failed, not retried, so the author is told and can retry after acknowledging.
        if (!await acknowledgements.HasAcknowledgedCurrentAsync(post.AuthorId, cancellationToken))
        {
            await FinishAsync(delivery, d => d.MarkFailed(NotAcknowledged, Now), cancellationToken);
            return;
        }

        // Consent is checked again now, not only at confirmation: a withdrawn consent holds the delivery.
        if (await deliveryHolds.ReasonAsync(delivery, cancellationToken) is { } held)
        {
            await HoldAsync(delivery, held, cancellationToken);
            return;
        }

        var fetchesByUrl = channel.Connector.Capabilities.FetchesMediaByUrl && post.Attachments.Count > 0;
        if (fetchesByUrl && !mediaLinks.IsConfigured)
        {
            await FinishAsync(delivery, d => d.MarkFailed(Media.MediaLinks.NotConfigured(channel.Connector.Capabilities.DisplayName), Now), cancellationToken);
            return;
        }

        delivery.RecordAttempt(Now);
        await db.SaveChangesAsync(cancellationToken); // the attempt is on record before the platform hears of it

        var media = await MediaAsync(delivery.Id, post.Attachments, fetchesByUrl, cancellationToken);
        var outcome = await PublishAsync(delivery, channel, media, cancellationToken);
        await FinishAsync(delivery, d => Apply(d, outcome), cancellationToken);
        if (outcome.RenewedCredentials is { } renewed)
        {
            await connectors.StoreRenewedAsync(delivery.AccountId, renewed, cancellationToken);
        }
    }

    private PlatformCallLimit CallLimit(CancellationToken cancellationToken) => new(options.Value.CallTimeout, time, cancellationToken);

    private async Task<PublishOutcome> PublishAsync(Delivery delivery, DeliveryChannel channel, IReadOnlyList<PublishMedia> media, CancellationToken cancellationToken)
    {
        using var timeout = CallLimit(cancellationToken);
        try
        {
            var request = new PublishRequest(delivery.Text, delivery.IdempotencyKey, media);
            return delivery.IsReply
                ? await ReplyAsync(delivery, channel, request, timeout.Token)
                : await channel.Connector.PublishAsync(request, channel.Credentials, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PublishOutcome.Unknown("Het platform antwoordde niet op tijd; het bericht staat er misschien al.");
        }
    }

    /// <summary>
    /// The post's attachments in the post's order: for a platform that fetches them, each with a signed address valid
    /// while this delivery is being delivered (the bytes stay here); for the others, with their bytes from the database.
    /// </summary>
    private async Task<IReadOnlyList<PublishMedia>> MediaAsync(Guid deliveryId, IReadOnlyList<PostAttachment> attachments, bool fetchesByUrl, CancellationToken cancellationToken)
    {
        if (attachments.Count == 0)
        {
            return [];
        }

        var ids = attachments.Select(a => a.BlobId).ToList();
        var stored = await db.StoredAttachments.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.FileName, a.ContentType, Content = fetchesByUrl ? null : a.Content })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. attachments.Where(a => stored.ContainsKey(a.BlobId)).Select(a => new PublishMedia(
            PlatformRules.MediaKindOf(a.Kind),
            stored[a.BlobId].FileName,
            stored[a.BlobId].ContentType)
        {
            Content = stored[a.BlobId].Content is { } bytes ? bytes : null,
            PublicUrl = fetchesByUrl ? mediaLinks.Create(deliveryId, a.BlobId) : null,
            AltText = a.Description,
        })];
    }

    private void Apply(Delivery delivery, PublishOutcome outcome)
    {
        var now = Now;
        switch (outcome)
        {
            case PublishOutcome.Published p:
                delivery.MarkPublished(p.PlatformPostId, p.Url?.ToString(), now);
                break;
            case PublishOutcome.Failed { Permanent: true } f:
                delivery.MarkFailed(f.Reason, now);
                break;
            case PublishOutcome.Failed f:
                delivery.ScheduleRetry(f.Reason, RetryBackoff.NextAttempt(now, delivery.Attempts, null), now);
                break;
            case PublishOutcome.RateLimited r:
                delivery.ScheduleRetry(r.Reason, RetryBackoff.NextAttempt(now, delivery.Attempts, r.RetryAt), now);
                break;
            case PublishOutcome.Unknown u:
                delivery.MarkUnknown(u.Reason, ReconcileAt(now, delivery.Attempts, u.RetryAt), now);
                break;
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }
    }

    /// <summary>
    /// When an attempt without a known outcome is looked at again. The first soon (<see cref="PublishingOptions.ReconcileDelay"/>:
    /// a lost answer usually means the post is there); after that the back-off of failed attempts, so a platform
    /// answering 500 for a morning is not called every few seconds; and never before the platform's <c>Retry-After</c>.
    /// </summary>
    private DateTimeOffset ReconcileAt(DateTimeOffset now, int attempts, DateTimeOffset? platformRetryAt)
    {
        var soonest = now + options.Value.ReconcileDelay;
        var ours = attempts <= 1 ? soonest : RetryBackoff.NextAttempt(now, attempts - 1, null);
        var at = ours > soonest ? ours : soonest;
        return platformRetryAt is { } asked && asked > at ? asked : at;
    }

    /// <summary>
    /// Saves an outcome, with the archive record when it is a publication, and tells the author when the
    /// delivery needs them (failed, or unknown after reconciling).
    /// </summary>
    private async Task FinishAsync(Delivery delivery, Action<Delivery> record, CancellationToken cancellationToken)
    {
        record(delivery);
        metrics.Record(delivery);
        await archive.StageIfPublishedAsync(delivery, cancellationToken);
        if (delivery.Status == DeliveryStatus.Published && delivery.Kind == DeliveryKind.Publish)
        {
            await PublicationCompletion.StageIfCompleteAsync(db, delivery, time, cancellationToken);
        }

        await MarkAnsweredIfReplyAsync(db, delivery, time, cancellationToken);

        if (delivery.Status is DeliveryStatus.Failed or DeliveryStatus.AwaitingPerson)
        {
            var authorId = await db.Posts.Where(p => p.Id == delivery.PostId).Select(p => p.AuthorId).SingleAsync(cancellationToken);
            var text = delivery.Status == DeliveryStatus.Failed
                ? delivery.Kind switch
                {
                    DeliveryKind.Publish => $"Publicatie op {delivery.AccountId} is mislukt: {delivery.LastError}",
                    DeliveryKind.Delete => $"Het verwijderen van je bericht op {delivery.AccountId} is mislukt: {delivery.LastError}",
                    _ => $"De wijziging van je bericht op {delivery.AccountId} is mislukt: {delivery.LastError}",
                }
                : delivery.Kind == DeliveryKind.Publish
                    ? $"Niet zeker of je bericht op {delivery.AccountId} geplaatst is. Kijk op het platform en geef het antwoord op de berichtpagina."
                    : $"Niet zeker of de wijziging van je bericht op {delivery.AccountId} is uitgevoerd. Kijk op het platform en geef het antwoord op de berichtpagina.";
            await notifier.NotifyAsync(authorId, "Publicatie vraagt je aandacht", text, PostLinks.Page(delivery.PostId), cancellationToken);
        }

        await archive.SaveChangesAsync(cancellationToken); // with the archive record when it is a publication
        if (delivery.Status == DeliveryStatus.Published && delivery.ChangeId is { } changeId)
        {
            await changes.RecordIfCompleteAsync(changeId, cancellationToken);
        }
        else if (delivery.Status == DeliveryStatus.Published)
        {
            await PublicationCompletion.RecordIfCompleteAsync(db, delivery.PostId, time, cancellationToken);
        }
    }

    /// <summary>Posting rights as they are now: a person who lost the right since confirming does not get published.</summary>
    private async Task<string?> RightsProblemAsync(Delivery delivery, string authorId, CancellationToken cancellationToken)
    {
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var author = organisation.FindStaff(authorId);
        var account = organisation.FindAccount(delivery.AccountId);
        if (author is null || account is null)
        {
            return "De auteur of het account bestaat niet meer; er is niets geplaatst.";
        }

        var decision = new PostingRightsPolicy(organisation.PostingRights).Decide(author, PostingTarget.For(account));
        return decision.Allowed ? null : $"Niet geplaatst: {decision.Reason}";
    }

    /// <summary>A hold (crisis freeze, no platform decision) keeps the delivery back before the platform is touched.</summary>
    private async Task<bool> HeldAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var account = (await checkers.OrganisationAsync(cancellationToken)).FindAccount(delivery.AccountId);
        var reason = account is null ? null : await holds.ReasonAsync(account, cancellationToken);
        if (reason is null)
        {
            return false;
        }

        await HoldAsync(delivery, reason, cancellationToken);
        return true;
    }

    private async Task HoldAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        delivery.Hold(Held(reason), Now + options.Value.HoldRecheck, Now);
        metrics.RecordHeld(delivery);
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTimeOffset Now => time.GetUtcNow();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease on delivery {DeliveryId}; another publisher took it over.")]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);
}
