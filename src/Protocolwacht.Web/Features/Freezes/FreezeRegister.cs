using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Freezes;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;

namespace Protocolwacht.Web.Features.Freezes;

/// <summary>Starts, lifts and lists crisis freezes; each use case commits once.</summary>
public sealed class FreezeRegister(ProtocolwachtDbContext db, TimeProvider time, IAuditLog audit)
{
    public async Task<IReadOnlyList<PublishingFreeze>> ActiveAsync(CancellationToken cancellationToken) =>
        await db.PublishingFreezes.AsNoTracking().Where(f => f.LiftedAt == null).OrderBy(f => f.FrozenAt).ToListAsync(cancellationToken);

    /// <summary>Every freeze, newest first: the record of who stopped and who resumed publishing, and why.</summary>
    public async Task<IReadOnlyList<PublishingFreeze>> HistoryAsync(CancellationToken cancellationToken) =>
        (await db.PublishingFreezes.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(f => f.FrozenAt).ToList();

    /// <summary>The active freeze that stops publication on <paramref name="account"/>, if any (a board-wide one first).</summary>
    public async Task<PublishingFreeze?> CoveringAsync(OfficialAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var active = await ActiveAsync(cancellationToken);
        return active.Where(f => f.Covers(account)).OrderBy(f => f.SchoolId is null ? 0 : 1).FirstOrDefault();
    }

    /// <returns>Null when started; otherwise the Dutch reason nothing changed.</returns>
    public async Task<string?> StartAsync(StaffMember? staff, string actorId, bool isAdmin, string? schoolId, string? reason, CancellationToken cancellationToken)
    {
        if (schoolId is not null && !await db.Schools.AnyAsync(s => s.Id == schoolId, cancellationToken))
        {
            return $"De school '{schoolId}' bestaat niet.";
        }

        if (FreezeAuthority.Refusal(staff, isAdmin, schoolId) is { } refusal)
        {
            return refusal;
        }

        var freeze = PublishingFreeze.Start(Guid.NewGuid(), schoolId, reason, actorId, time.GetUtcNow(), out var error);
        if (freeze is null)
        {
            return error;
        }

        db.PublishingFreezes.Add(freeze);
        await audit.RecordAsync(actorId, AuditActions.FreezeStarted, FreezeSubject(freeze), null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <returns>Null when lifted; otherwise the Dutch reason nothing changed.</returns>
    public async Task<string?> LiftAsync(Guid id, StaffMember? staff, string actorId, bool isAdmin, string? note, CancellationToken cancellationToken)
    {
        var freeze = await db.PublishingFreezes.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (freeze is null)
        {
            return "Deze publicatiestop bestaat niet.";
        }

        if (FreezeAuthority.Refusal(staff, isAdmin, freeze.SchoolId) is { } refusal)
        {
            return refusal;
        }

        if (!freeze.Lift(actorId, note, time.GetUtcNow()))
        {
            return "Deze publicatiestop was al opgeheven.";
        }

        await audit.RecordAsync(actorId, AuditActions.FreezeLifted, FreezeSubject(freeze), null, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Deze publicatiestop was al opgeheven.";
        }
    }

    private static string FreezeSubject(PublishingFreeze freeze) => $"publicatiestop:{freeze.SchoolId ?? "bestuur"}:{freeze.Id}";
}
