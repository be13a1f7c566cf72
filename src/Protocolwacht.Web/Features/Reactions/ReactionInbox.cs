using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Reactions;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.Reactions;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>A reaction as the inbox shows it, with its account and what the platform allows.</summary>
/// <param name="CanReport">True when the platform takes reports through its API (Mastodon, Bluesky); elsewhere people report in the platform's own app.</param>
public sealed record InboxReaction(Reaction Reaction, OfficialAccount Account, string? SchoolName, bool CanHide, bool CanReport);

/// <summary>
/// The inbox's queries and actions. Every method first limits to the accounts the person may read
/// (<see cref="ReactionAccess"/>); a reaction outside them is "not found".
/// </summary>
public sealed class ReactionInbox(ProtocolwachtDbContext db, CheckerSnapshot checkers, ConnectorResolver resolver, IAuditLog audit, TimeProvider time)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<OfficialAccount>> AccountsAsync(StaffMember? staff, bool isAdmin, CancellationToken cancellationToken) =>
        ReactionAccess.AccountsFor(await checkers.OrganisationAsync(cancellationToken), staff, isAdmin);

    /// <summary>Newest first; marks what it returns as read (the person has seen it now).</summary>
    public async Task<IReadOnlyList<InboxReaction>> ListAsync(StaffMember? staff, bool isAdmin, string filter, string? accountId, CancellationToken cancellationToken)
    {
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var accounts = ReactionAccess.AccountsFor(organisation, staff, isAdmin).Where(a => accountId is null || a.Id == accountId).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ids = accounts.Keys.ToList();
        var query = db.Reactions.Where(r => ids.Contains(r.AccountId));
        query = filter switch
        {
            ReactionFilter.NeedsAnswer => query.Where(r => r.AnsweredAt == null && r.HiddenAt == null && r.NoAnswerNeededAt == null),
            ReactionFilter.Flagged => query.Where(r => r.Flagged),
            ReactionFilter.Answered => query.Where(r => r.AnsweredAt != null),
            _ => query,
        };
        var rows = await query.OrderByDescending(r => r.PlacedAt).Take(PageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            row.MarkRead(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. rows.Select(r => View(r, accounts[r.AccountId], organisation))];
    }

    /// <summary>One reaction this person may read, or null.</summary>
    public async Task<InboxReaction?> FindAsync(Guid id, StaffMember? staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var organisation = await checkers.OrganisationAsync(cancellationToken);
        var row = await db.Reactions.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var account = row is null ? null : ReactionAccess.AccountsFor(organisation, staff, isAdmin).FirstOrDefault(a => a.Id == row.AccountId);
        return row is null || account is null ? null : View(row, account, organisation);
    }

    /// <summary>Hides the reaction on the platform, then records it. Returns a Dutch error, or null.</summary>
    public async Task<string?> HideAsync(Guid id, StaffMember? staff, bool isAdmin, string staffId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, staff, isAdmin, cancellationToken);
        if (found is null)
        {
            return "Deze reactie bestaat niet of je mag hem niet zien.";
        }

        if (!found.CanHide)
        {
            return $"Dit platform laat reacties niet verbergen. Meld een reactie die tegen de regels ingaat bij het platform zelf.";
        }

        var resolved = await resolver.ResolveAsync(found.Account.Id, found.Reaction.Channel, cancellationToken);
        if (resolved?.Connector is not IReactionReader reader)
        {
            return "Dit account is niet (meer) verbonden met het platform; verbergen kan nu niet.";
        }

        var outcome = await reader.HideReactionAsync(found.Reaction.PlatformReactionId, resolved.Credentials, cancellationToken);
        return await ConcludeAsync(found, outcome, async () =>
        {
            found.Reaction.MarkHidden(staffId, time.GetUtcNow());
            // Who hid which reaction, in the same unit of work; never its text or its author.
            await audit.RecordAsync(staffId, AuditActions.ReactionHidden, $"reaction:{found.Reaction.Id}", $"account:{found.Account.Id}", cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Reports the reaction to the platform's moderators, then records who reported it (the reaction stays: the
    /// platform decides, DONT7). Returns a Dutch error, or null.
    /// </summary>
    /// <param name="comment">For the platform's moderators; optional.</param>
    public async Task<string?> ReportAsync(Guid id, StaffMember? staff, bool isAdmin, string staffId, ReportReason reason, string? comment, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, staff, isAdmin, cancellationToken);
        if (found is null)
        {
            return "Deze reactie bestaat niet of je mag hem niet zien.";
        }

        if (found.Reaction.ReportedAt is not null)
        {
            return "Deze reactie is al gemeld bij het platform.";
        }

        if (!found.CanReport)
        {
            return "Dit platform neemt meldingen alleen aan in de eigen app of op de eigen website. Open de reactie op het platform en meld hem daar.";
        }

        var resolved = await resolver.ResolveAsync(found.Account.Id, found.Reaction.Channel, cancellationToken);
        if (resolved?.Connector is not IReactionReporter reporter)
        {
            return "Dit account is niet (meer) verbonden met het platform; melden kan nu niet.";
        }

        var outcome = await reporter.ReportReactionAsync(found.Reaction.PlatformReactionId, reason, comment, resolved.Credentials, cancellationToken);
        return await ConcludeAsync(found, outcome, async () =>
        {
            found.Reaction.MarkReported(staffId, time.GetUtcNow());
            // Who reported which reaction and why, never its text, its author or the comment.
            await audit.RecordAsync(staffId, AuditActions.ReactionReported, $"reaction:{found.Reaction.Id}", $"account:{found.Account.Id}; reden:{reason}", cancellationToken);
        }, cancellationToken);
    }

    public async Task<string?> NoAnswerNeededAsync(Guid id, StaffMember? staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, staff, isAdmin, cancellationToken);
        if (found is null)
        {
            return "Deze reactie bestaat niet of je mag hem niet zien.";
        }

        found.Reaction.MarkNoAnswerNeeded(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Keeps renewed credentials, then on success records what was done (<paramref name="recordDone"/>) and saves it
    /// in one unit of work; otherwise returns the platform's answer as a Dutch error.
    /// </summary>
    private async Task<string?> ConcludeAsync(InboxReaction found, ModerationOutcome outcome, Func<Task> recordDone, CancellationToken cancellationToken)
    {
        if (outcome.RenewedCredentials is { } renewed)
        {
            await resolver.StoreRenewedAsync(found.Account.Id, renewed, cancellationToken);
        }

        switch (outcome)
        {
            case ModerationOutcome.Done:
                await recordDone();
                await db.SaveChangesAsync(cancellationToken);
                return null;
            case ModerationOutcome.RateLimited limited:
                return $"Het platform laat nu even niets toe; probeer het na {Domain.Time.DutchTime.FormatWithSeconds(limited.RetryAt)} opnieuw.";
            case ModerationOutcome.Failed failed:
                return failed.Reason;
            default:
                return "Onbekend antwoord van het platform.";
        }
    }

    private InboxReaction View(Reaction reaction, OfficialAccount account, OrganisationModel organisation)
    {
        var capabilities = resolver.CapabilitiesOf(reaction.Channel);
        return new(reaction, account, organisation.FindSchool(account.SchoolId)?.Name, capabilities?.CanHideReactions == true, capabilities?.CanReportReactions == true);
    }
}
