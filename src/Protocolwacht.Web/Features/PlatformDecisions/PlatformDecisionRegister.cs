using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Web.Features.Shared;

namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>Records and reads the board's platform decisions; the latest recorded decision of an account is its decision.</summary>
public sealed class PlatformDecisionRegister(ProtocolwachtDbContext db, TimeProvider time, IAuditLog audit)
{
    /// <summary>Today on the Dutch calendar: a review date holds until the end of that day in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()));

    /// <summary>One row through the (account, version) index: the publisher asks this for every claimed delivery.</summary>
    public Task<PlatformDecision?> LatestAsync(string accountId, CancellationToken cancellationToken) =>
        db.PlatformDecisions.AsNoTracking().Where(d => d.AccountId == accountId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every decision, newest first (the register's history).</summary>
    public async Task<IReadOnlyList<PlatformDecision>> AllAsync(CancellationToken cancellationToken) =>
        (await db.PlatformDecisions.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(d => d.RecordedAt).ThenByDescending(d => d.Version).ToList();

    /// <returns>Null when recorded; otherwise the Dutch reason nothing was recorded.</returns>
    public async Task<string?> RecordAsync(
        string? accountId, DateOnly? dpiaDate, DpiaOutcome? outcome, ProcessingAgreement? agreement, string? reviewer,
        DateOnly? reviewDate, string? note, string actorId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(accountId) || !await db.OfficialAccounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            return "Kies het account waarover het besluit gaat.";
        }

        if (dpiaDate is null || reviewDate is null || outcome is null || agreement is null)
        {
            return "Vul de datum en uitkomst van de DPIA, de verwerkersovereenkomst en de herbeoordelingsdatum in.";
        }

        var decision = PlatformDecision.Record(
            Guid.NewGuid(), accountId, await LatestAsync(accountId, cancellationToken), dpiaDate.Value, outcome.Value, agreement.Value, reviewer, reviewDate.Value, note, actorId, time.GetUtcNow(), Today, out var error);
        if (decision is null)
        {
            return error;
        }

        db.PlatformDecisions.Add(decision);
        await audit.RecordAsync(actorId, AuditActions.PlatformDecisionRecorded, $"account:{accountId}",
            $"versie {decision.Version}, DPIA {outcome}, herbeoordeling {reviewDate.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            return "Er is net een ander besluit over dit account vastgelegd; bekijk het en probeer het opnieuw.";
        }
    }
}
