using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.PlatformDecisions;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.PlatformDecisions;

/// <summary>
/// The demo organisation's accounts get a decision when the register is empty, so the demo publishes
/// from the first run: DPIA today, "akkoord", a processing agreement, review in a year, and a note that
/// says it is demo data. A real organisation (no demo data) starts with an empty register, and its
/// accounts publish only after an administrator records the board's real decision.
/// </summary>
public sealed class DemoPlatformDecisionSeeder(TimeProvider time) : IDatabaseSeeder
{
    public const string Reviewer = "Demo: communicatieadviseur";

    /// <summary>The demo decisions' note, stored in Dutch; the web app shows it in the reader's language.</summary>
    public const string Note = "Demo-besluit, vastgelegd bij het laden van de demo-organisatie; vervang het door het echte besluit van het bestuur.";

    /// <summary>After the demo organisation (10), so its accounts are there.</summary>
    public int Order => 15;

    public bool IsDemoData => true;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.PlatformDecisions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var accountId in await db.OfficialAccounts.Select(a => a.Id).ToListAsync(cancellationToken))
        {
            db.PlatformDecisions.Add(PlatformDecision.Record(
                Guid.NewGuid(), accountId, null, today, DpiaOutcome.Approved, ProcessingAgreement.Yes, Reviewer, today.AddYears(1),
                Note,
                "demo", now, today, out _)!);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
