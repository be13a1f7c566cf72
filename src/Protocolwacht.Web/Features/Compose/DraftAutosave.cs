using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.Compose;

/// <summary>
/// Saves the composer's text while the author types. The page chooses the draft's id once, so a repeated or
/// retried request updates the same post and never makes a second one. No check, no workflow step, no
/// notification and no audit entry: the author presses "Concept opslaan" or "Opslaan en verder" for those.
/// The same gates as the composer: the current protocol acknowledged, only accounts the author may post on.
/// </summary>
public sealed class DraftAutosave(
    ProtocolwachtDbContext db,
    CheckerSnapshot checkers,
    IProtocolAcknowledgements acknowledgements,
    ConnectorResolver connectors,
    TimeProvider time)
{
    public async Task<AutosaveOutcome> SaveAsync(string me, AutosaveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await RefusalAsync(me, request, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var text = request.Text!.Trim();
        var accounts = request.Accounts!.Distinct(StringComparer.Ordinal).ToList();
        var scheduled = request.ScheduledAt is { } local ? DutchTime.ToUtc(local) : (DateTimeOffset?)null;
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
        if (post is null)
        {
            db.Posts.Add(Post.CreateDraft(request.Id, me, new PostContent(text, accounts, []), scheduled, time));
        }
        else if (!post.IsAuthor(me))
        {
            // Not "someone else's": whether a post exists is not for this person to learn.
            return AutosaveOutcome.Refuse(StatusCodes.Status404NotFound, "Dit concept bestaat niet of is niet van jou.");
        }
        else if (post.Autosave(me, text, accounts, scheduled, time) is { Succeeded: false } refused)
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status409Conflict, refused.Error!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save of the same post (another tab, or two requests creating one id).
            return AutosaveOutcome.Refuse(StatusCodes.Status409Conflict, "Iemand anders heeft dit bericht intussen gewijzigd. Laad de pagina opnieuw.");
        }

        return AutosaveOutcome.Saved(request.Id, time.GetUtcNow());
    }

    private async Task<AutosaveOutcome?> RefusalAsync(string me, AutosaveRequest request, CancellationToken cancellationToken)
    {
        if (request.Id == Guid.Empty)
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status400BadRequest, "Het concept heeft geen nummer; laad de pagina opnieuw.");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status400BadRequest, "Schrijf eerst een tekst.");
        }

        if (request.Text.Length > PostContent.MaxTextLength)
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status400BadRequest, TooLongDraft.Refusal(request.Text.Length));
        }

        if (request.Accounts is not { Count: > 0 })
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status400BadRequest, "Kies minstens één account; dan wordt je concept vanzelf bewaard.");
        }

        if (!await acknowledgements.HasAcknowledgedCurrentAsync(me, cancellationToken))
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status403Forbidden, "Lees en bevestig eerst het protocol op /protocol.");
        }

        var organisation = await checkers.OrganisationAsync(cancellationToken);
        if (await ComposerAccounts.ForAsync(organisation, me, connectors, cancellationToken) is not { } mine)
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status403Forbidden, "Je staat niet in de organisatie en kunt geen berichten schrijven.");
        }

        return mine.Problems(request.Accounts) is [var problem, ..]
            ? AutosaveOutcome.Refuse(StatusCodes.Status400BadRequest, problem)
            : null;
    }
}
