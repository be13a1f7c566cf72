using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Domain.Posts;

namespace Protocolwacht.Web.Features.Posts;

// Confirmation, undo period and per-account delivery: the post and its outbox rows commit together.
public sealed partial class PostWorkflow
{
    /// <summary>
    /// Confirms publication after the author saw the findings and accounts: the author must have acknowledged
    /// the current protocol version (as for composing), the post is checked again, posting rights are checked
    /// for every account, and the queued post commits with one outbox row per account.
    /// </summary>
    public async Task<WorkflowResult> ConfirmAsync(Post post, string actorId, TimeSpan undoPeriod, Func<string, CancellationToken, Task<string?>> channelFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(channelFor);
        if (!await acknowledgements.HasAcknowledgedCurrentAsync(actorId, cancellationToken))
        {
            return WorkflowResult.Refused(NotAcknowledged);
        }

        var verdict = await RecheckAsync(post, actorId, cancellationToken);
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var refused = RightsProblem(organisation, post) ?? PlatformProblem(organisation, post) ?? await HoldProblemAsync(organisation, post, cancellationToken)
            ?? await ReplyProblemAsync(post, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var channels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var accountId in post.AccountIds)
        {
            if (await channelFor(accountId, cancellationToken) is not { } channel)
            {
                return WorkflowResult.Refused(NotConnected(organisation.FindAccount(accountId)?.Handle ?? accountId));
            }

            channels[accountId] = channel;
        }

        var result = post.ConfirmPublication(actorId, verdict, undoPeriod, time);
        if (!result.Succeeded)
        {
            await CommitAsync(cancellationToken);
            return result;
        }

        foreach (var accountId in post.AccountIds)
        {
            db.Deliveries.Add(await DeliveryForAsync(post, accountId, channels[accountId], cancellationToken));
        }

        return await CommitAsync(cancellationToken);
    }

    /// <summary>Undo: withdraws the post and every outbox row, refused once any row has been picked up.</summary>
    public async Task<WorkflowResult> CancelAsync(Post post, string actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var now = time.GetUtcNow();
        var deliveries = await db.Deliveries.Where(d => d.PostId == post.Id && d.Kind == DeliveryKind.Publish).ToListAsync(cancellationToken);
        if (!post.IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan de publicatie annuleren.");
        }

        if (deliveries.Any(d => !d.TryCancel(now)))
        {
            return WorkflowResult.Refused("Te laat: de publicatie is al begonnen.");
        }

        var result = post.CancelPublication(actorId, time);
        if (!result.Succeeded)
        {
            return result;
        }

        db.Deliveries.RemoveRange(deliveries); // a cancelled row has no history worth keeping; the transition records it
        var committed = await CommitAsync(cancellationToken);
        return committed.Succeeded ? committed : WorkflowResult.Refused("Te laat: de publicatie is al begonnen.");
    }

    /// <summary>"Opnieuw proberen" for a failed account, or the answer to "is it published?" for an unknown one.</summary>
    public async Task<WorkflowResult> ResolveDeliveryAsync(Guid deliveryId, string actorId, bool? wasPublished, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        var post = delivery is null ? null : await FindAsync(delivery.PostId, cancellationToken);
        if (delivery is null || post is null || !post.IsAuthor(actorId))
        {
            return WorkflowResult.Refused("Alleen de auteur kan dit account opnieuw laten proberen.");
        }

        var now = time.GetUtcNow();
        var done = wasPublished is { } published
            ? delivery.ResolveByPerson(actorId, published, now)
            : delivery.RetryAfterFailure(now);
        if (!done)
        {
            return WorkflowResult.Refused("Dat kan niet in de huidige status van dit account.");
        }

        if (wasPublished is null)
        {
            var organisation = await checkers.OrganisationAsync(cancellationToken);
            var problem = RightsProblem(organisation, post);
            if (problem is not null)
            {
                return problem;
            }
        }

        await archive.StageIfPublishedAsync(delivery, cancellationToken);
        await Publishing.DeliveryProcessor.MarkAnsweredIfReplyAsync(db, delivery, time, cancellationToken);
        var committed = await CommitAsync(cancellationToken);
        if (committed.Succeeded && wasPublished == true)
        {
            await PublicationCompletion.RecordIfCompleteAsync(db, post.Id, time, cancellationToken);
        }

        return committed;
    }

    /// <summary>A text or attachments one of the chosen platforms cannot take: refused before anything is queued.</summary>
    private WorkflowResult? PlatformProblem(OrganisationModel organisation, Post post)
    {
        var problems = post.AccountIds.Select(organisation.FindAccount).OfType<OfficialAccount>()
            .SelectMany(account => platformRules.Problems(account, post.Text, post.Attachments)).ToList();
        return problems switch
        {
            [] => null,
            [var only] => WorkflowResult.Refused(only),
            _ => WorkflowResult.Refused("Niet elk gekozen platform kan dit bericht plaatsen:", problems),
        };
    }

    /// <summary>A crisis freeze or a missing platform decision on any of the post's accounts refuses the confirmation.</summary>
    private async Task<WorkflowResult?> HoldProblemAsync(OrganisationModel organisation, Post post, CancellationToken cancellationToken)
    {
        foreach (var account in post.AccountIds.Select(organisation.FindAccount).OfType<OfficialAccount>())
        {
            if (await holds.ReasonAsync(account, cancellationToken) is { } reason)
            {
                return WorkflowResult.Refused(HeldOn(account.Handle, reason));
            }
        }

        return null;
    }

    /// <summary>
    /// Why an account without platform credentials cannot be chosen outside the demo. A template with its hole as literal
    /// text, not an interpolated string: UiText's English entry is keyed by it, and the resource tests find it.
    /// </summary>
    public static string NotConnected(string handle) => string.Format(
        CultureInfo.InvariantCulture, "{0} is niet verbonden met het platform; kies een ander account of vraag de communicatieadviseur het account te koppelen.", handle);

    /// <summary>
    /// Why the author may not post on an account: the account, then the posting rights' reason. Its English entry is
    /// keyed by the template, and the reason has one of its own (until stop 44 "{handle}: {reason}" had none, and an
    /// English author read it in Dutch).
    /// </summary>
    public static string NotAllowedOn(string handle, string reason) =>
        string.Format(CultureInfo.InvariantCulture, "Je mag niet plaatsen op {0}. {1}", handle, reason);

    /// <summary>
    /// <see cref="NotAllowedOn(string, string)"/> and who to ask instead: a few of the people who may post on the account, by
    /// name (colleagues' names, which the accounts page shows every member of staff too). Names are the same in every language.
    /// </summary>
    public static string NotAllowedOn(string handle, string reason, IReadOnlyList<string> whoToAsk)
    {
        ArgumentNullException.ThrowIfNull(whoToAsk);
        return whoToAsk.Count == 0
            ? NotAllowedOn(handle, reason)
            : string.Format(CultureInfo.InvariantCulture, "Je mag niet plaatsen op {0}. {1} Vraag het aan een van hen: {2}.", handle, reason, string.Join(", ", whoToAsk));
    }

    /// <summary>How many people a refusal names to ask: enough to find one who is in, few enough to read.</summary>
    private const int PeopleToAsk = 3;

    /// <summary>Why nothing may go out on an account now: a crisis freeze or no current platform decision (<see cref="Publishing.PublicationHolds"/>).</summary>
    public static string HeldOn(string handle, string reason) =>
        string.Format(CultureInfo.InvariantCulture, "Publiceren op {0} kan nu niet: {1}", handle, reason);

    /// <summary>Why a post may not go out while its author has not acknowledged the current protocol version.</summary>
    public const string NotAcknowledged =
        "Lees eerst de nieuwe versie van het protocol en bevestig 'gelezen en begrepen' op /protocol; daarna kun je publiceren.";

    private static WorkflowResult? RightsProblem(OrganisationModel organisation, Post post)
    {
        var author = organisation.FindStaff(post.AuthorId);
        if (author is null)
        {
            return WorkflowResult.Refused("De auteur staat niet (meer) in de organisatie.");
        }

        var policy = new PostingRightsPolicy(organisation.PostingRights);
        foreach (var accountId in post.AccountIds)
        {
            var account = organisation.FindAccount(accountId);
            if (account is null)
            {
                return WorkflowResult.Refused($"Het account {accountId} bestaat niet (meer).");
            }

            var decision = policy.Decide(author, PostingTarget.For(account));
            if (!decision.Allowed)
            {
                var whoToAsk = PlatformAccounts.PostingRightsAuthorizer.WhoMayPost(organisation, account).Take(PeopleToAsk).Select(s => s.Name).ToList();
                return WorkflowResult.Refused(NotAllowedOn(account.Handle, decision.Reason, whoToAsk));
            }
        }

        return null;
    }
}
