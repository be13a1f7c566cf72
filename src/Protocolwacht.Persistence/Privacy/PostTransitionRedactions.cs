using Microsoft.EntityFrameworkCore;

namespace Protocolwacht.Persistence.Privacy;

/// <summary>
/// Replaces the free text of recorded workflow steps (append-only) for an erasure: first the redaction
/// record, then the text, which the database allows only once that record exists. Runs inside the caller's
/// transaction; the text goes by SQL because EF Core refuses any change to a step (<see cref="Archive.AppendOnlyInterceptor"/>).
/// </summary>
public static class PostTransitionRedactions
{
    public sealed record Step(Guid PostId, int Sequence, string NewReason);

    public static async Task<int> RedactAsync(ProtocolwachtDbContext db, IReadOnlyList<Step> steps, string actorId, string ground, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            return 0;
        }

        db.PostTransitionRedactions.AddRange(steps.Select(s => new PostTransitionRedactionEntity
        {
            Id = Guid.NewGuid(),
            PostId = s.PostId,
            Sequence = s.Sequence,
            RedactedAt = now,
            RedactedBy = actorId,
            Ground = ground,
        }));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var step in steps)
        {
            var changed = await db.Database.ExecuteSqlAsync(
                $"UPDATE post_transitions SET \"Reason\" = {step.NewReason} WHERE \"PostId\" = {step.PostId} AND \"Sequence\" = {step.Sequence}",
                cancellationToken);
            if (changed != 1)
            {
                throw new InvalidOperationException($"Step {step.Sequence} of post {step.PostId} was not found to redact.");
            }
        }

        return steps.Count;
    }
}
