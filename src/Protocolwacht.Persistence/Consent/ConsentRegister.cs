using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Persistence.Consent;

/// <summary>
/// The consent register (beeldrecht, AVG): reads the current answers and records changes as new history
/// rows. Every change carries who recorded it and when; nothing is overwritten.
/// </summary>
public sealed class ConsentRegister(ProtocolwachtDbContext db, TimeProvider time, IAuditLog audit)
{
    public async Task<List<ConsentPurpose>> PurposesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.ConsentPurposes.AsNoTracking().Where(p => p.Active).OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        return [.. rows.Select(p => new ConsentPurpose(p.Code, p.Name))];
    }

    public async Task<bool> RenewEachSchoolYearAsync(CancellationToken cancellationToken = default) =>
        await db.Boards.AsNoTracking().Select(b => b.RenewConsentEachSchoolYear).FirstOrDefaultAsync(cancellationToken);

    public async Task SetRenewEachSchoolYearAsync(bool renew, string actor, CancellationToken cancellationToken = default)
    {
        foreach (var board in await db.Boards.ToListAsync(cancellationToken))
        {
            board.RenewConsentEachSchoolYear = renew;
        }

        await audit.RecordAsync(actor, AuditActions.ConsentSettingsChanged, "toestemming:jaarlijks-vernieuwen", renew ? "aan" : "uit", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a purpose to the board's list (or reactivates it); existing answers for other purposes are untouched.</summary>
    public async Task AddPurposeAsync(string code, string name, string actor, CancellationToken cancellationToken = default)
    {
        var row = await db.ConsentPurposes.FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (row is null)
        {
            var order = await db.ConsentPurposes.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0;
            db.ConsentPurposes.Add(new ConsentPurposeEntity { Code = code, Name = name, SortOrder = order + 1 });
        }
        else
        {
            row.Name = name;
            row.Active = true;
        }

        await audit.RecordAsync(actor, AuditActions.ConsentSettingsChanged, $"doel:{code}", "doel toegevoegd of opnieuw actief", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Current answers per student of one school: student id → purpose code → answer as it applies now.</summary>
    public async Task<Dictionary<string, Dictionary<string, ConsentValue>>> CurrentForSchoolAsync(string schoolId, CancellationToken cancellationToken = default)
    {
        var studentIds = await db.Students.AsNoTracking().Where(s => s.SchoolId == schoolId).Select(s => s.Id).ToListAsync(cancellationToken);
        var rows = await db.ConsentChanges.AsNoTracking().Where(c => studentIds.Contains(c.StudentId)).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var renew = await RenewEachSchoolYearAsync(cancellationToken);
        var now = time.GetUtcNow();
        var latest = new Dictionary<(string, string), ConsentRecord>();
        foreach (var row in rows)
        {
            latest[(row.StudentId, row.PurposeCode)] = row.ToDomain();
        }

        return studentIds.ToDictionary(
            id => id,
            id => latest.Where(l => l.Key.Item1 == id).ToDictionary(l => l.Key.Item2, l => ConsentState.Effective(l.Value, now, renew)),
            StringComparer.Ordinal);
    }

    public Task<List<ConsentRecord>> HistoryAsync(string studentId, CancellationToken cancellationToken = default) =>
        ConsentQueries.HistoryAsync(db, studentId, cancellationToken);

    /// <summary>Records a change after <see cref="ConsentChangeValidator"/> allowed it; returns the check either way.</summary>
    public async Task<ConsentChangeCheck> RecordAsync(StaffMember editor, ConsentChangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(request);
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StudentId, cancellationToken);
        if (student is null)
        {
            return new ConsentChangeCheck(false, false, [$"Onbekende leerling '{request.StudentId}'."]);
        }

        var parentIds = await db.ParentChildren.AsNoTracking().Where(l => l.StudentId == student.Id).Select(l => l.ParentId).ToListAsync(cancellationToken);
        var parents = await db.Parents.AsNoTracking().Where(p => parentIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var purposes = (await PurposesAsync(cancellationToken)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var domainStudent = new Student(student.Id, student.Name, student.SchoolId, student.Group, null);
        var check = ConsentChangeValidator.Check(editor, domainStudent, [.. parents.Select(p => new Parent(p.Id, p.Name, [student.Id]))], purposes, request);
        if (!check.Allowed)
        {
            return check;
        }

        var now = time.GetUtcNow();
        db.ConsentChanges.Add(new ConsentChangeEntity
        {
            StudentId = student.Id,
            PurposeCode = request.PurposeCode,
            Value = (request.Withdraw ? ConsentValue.No : request.Value).ToCode(),
            GivenBy = string.IsNullOrWhiteSpace(request.GivenBy) ? null : request.GivenBy,
            ValidFrom = request.Withdraw ? null : request.ValidFrom,
            WithdrawnAt = request.Withdraw ? now : null,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            ChangedBy = editor.Id,
            ChangedAt = now,
        });
        await audit.RecordAsync(editor.Id, AuditActions.ConsentChanged, $"leerling:{student.Id}",
            $"doel {request.PurposeCode}: {(request.Withdraw ? "ingetrokken" : request.Value.ToCode())}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }
}
