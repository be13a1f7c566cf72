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

        // The page saves when the author pauses and again when the tab is hidden or left, and those can arrive together
        // (autosave.js sends a leaving save even while another is under way). One save of a draft at a time: the second
        // then finds the first's result, and saving the same text again is no change. Without this both read "no post
        // yet" or the same version, the second's insert met the first's primary key (an error in the server's log) or
        // its update the version check, and the author read a 409.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DraftSaveLock.TakeAsync(db, request.Id, cancellationToken);
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
        else if (IsChangedElsewhere(post, request.Known, text, accounts, scheduled))
        {
            return AutosaveOutcome.ChangedElsewhere(AutosaveConflict.Between(post, text));
        }
        else if (post.Autosave(me, text, accounts, scheduled, time) is { Succeeded: false } refused)
        {
            return AutosaveOutcome.Refuse(StatusCodes.Status409Conflict, refused.Error!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The post changed between reading and writing by a path that takes no draft lock (the page's own buttons
            // in another tab): the stored post wins, and the author keeps the text on the page and reads why.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(CancellationToken.None);
            var stored = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
            if (stored is null || !stored.IsAuthor(me))
            {
                return AutosaveOutcome.Refuse(StatusCodes.Status409Conflict, ChangedElsewhere);
            }

            return stored.HoldsDraft(text, accounts, scheduled)
                ? AutosaveOutcome.Saved(request.Id, time.GetUtcNow())
                : AutosaveOutcome.ChangedElsewhere(AutosaveConflict.Between(stored, text));
        }

        return AutosaveOutcome.Saved(request.Id, time.GetUtcNow());
    }

    /// <summary>
    /// The refusal when the draft changed elsewhere since this page opened or saved it: what happened and what to do. The
    /// page shows the other version beside it (<see cref="AutosaveConflict"/>) with a choice of which stays.
    /// </summary>
    public const string ChangedElsewhere =
        "Dit concept is intussen in een ander venster of tabblad gewijzigd; je tekst is daarom niet bewaard, maar staat nog hier. Kies welke tekst blijft.";

    /// <summary>
    /// A post that is no longer a draft is refused by <see cref="Post.Autosave"/> with its own reason; any other is
    /// changed elsewhere when this save would overwrite a version its page never saw (<see cref="KnownDraftVersions"/>).
    /// </summary>
    private static bool IsChangedElsewhere(Post post, IReadOnlyList<DraftVersion>? known, string text, IReadOnlyList<string> accounts, DateTimeOffset? scheduled) =>
        post.MayAutosave && KnownDraftVersions.Overwrites(post, known, text, accounts, scheduled);

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
