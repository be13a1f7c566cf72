using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Imports;
using Protocolwacht.Imports.Staff;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Persistence.Organisation.StaffImport;

/// <summary>
/// The use case "import the HR staff export", behind <c>/organisation/staff/import</c> and <c>protocolwacht org staff</c>:
/// preview first, then apply exactly that in one transaction together with a sign-in account for every new staff
/// member. The export is the whole board: who is not in it is removed. A school is named by BRIN or school id.
/// The person importing cannot remove themself (they would lock themself out mid-task).
/// </summary>
public sealed class StaffImporter(ProtocolwachtDbContext db, SignInAccounts accounts, IAuditLog audit)
{
    public async Task<StaffImportPreview> PreviewAsync(StaffFile file, string? importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var (preview, _) = await PlanAsync(file, importedBy, cancellationToken);
        db.ChangeTracker.Clear();
        return preview;
    }

    /// <exception cref="SignInAccountException">A new member's account was refused; nothing was applied.</exception>
    public async Task<StaffImportOutcome> ApplyAsync(StaffFile file, string? importedBy, string? expectedFingerprint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (preview, apply) = await PlanAsync(file, importedBy, cancellationToken);
        if (!preview.CanApply || (expectedFingerprint is not null && expectedFingerprint != preview.Fingerprint))
        {
            db.ChangeTracker.Clear();
            return new StaffImportOutcome(false, preview, 0);
        }

        apply();
        await db.SaveChangesAsync(cancellationToken);
        var created = await accounts.CreateMissingAsync(cancellationToken);
        await audit.RecordAsync(importedBy ?? AuditActors.CommandLine, AuditActions.StaffImported, $"personeelsbestand:{preview.Fingerprint}",
            $"{preview}, {created} aanmeldaccounts", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new StaffImportOutcome(true, preview, created);
    }

    private async Task<(StaffImportPreview Preview, Action Apply)> PlanAsync(StaffFile file, string? importedBy, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.ToListAsync(cancellationToken);
        var staff = await db.Staff.OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var issues = new List<ImportIssue>(file.Issues);
        var resolved = new List<(ImportedStaffMember Member, string? SchoolId)>();
        foreach (var (line, member) in file.Members)
        {
            if (member.School is not { Length: > 0 } school)
            {
                resolved.Add((member, null));
            }
            else if (schools.FirstOrDefault(s => string.Equals(s.Brin, school, StringComparison.OrdinalIgnoreCase) || s.Id == school) is { } found)
            {
                resolved.Add((member, found.Id));
            }
            else
            {
                issues.Add(new ImportIssue(file.FileName, line, null, "School", $"School '{school}' is geen BRIN-nummer of school-id van het bestuur."));
            }
        }

        var listed = file.Members.Select(m => m.Member.StaffId).ToHashSet(StringComparer.Ordinal);
        if (importedBy is not null && staff.Any(s => s.Id == importedBy) && !listed.Contains(importedBy))
        {
            issues.Add(new ImportIssue(file.FileName, null, null, null, $"U ({importedBy}) staat niet in het bestand en zou worden verwijderd. Importeer als een beheerder die in het bestand staat."));
        }

        if (issues.Count > 0)
        {
            return (new StaffImportPreview([], [], [], 0, issues, string.Empty), () => { });
        }

        var byId = staff.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var (added, changed, removed) = (new List<StaffChange>(), new List<StaffChange>(), new List<StaffChange>());
        var actions = new List<Action>();
        var unchanged = 0;
        var order = 0;
        foreach (var (member, schoolId) in resolved)
        {
            var sortOrder = order++;
            if (!byId.TryGetValue(member.StaffId, out var row))
            {
                added.Add(new StaffChange(member.StaffId, member.Name, $"nieuw: {member.Function ?? member.Role.ToCode()}"));
                actions.Add(() => db.Staff.Add(Copy(new StaffEntity { Id = member.StaffId }, member, schoolId, sortOrder)));
                continue;
            }

            var details = Differences(row, member, schoolId, schools).ToList();
            if (details.Count > 0)
            {
                changed.Add(new StaffChange(member.StaffId, member.Name, string.Join(", ", details)));
            }
            else
            {
                unchanged++;
            }

            actions.Add(() => Copy(row, member, schoolId, sortOrder));
        }

        foreach (var row in staff.Where(s => !listed.Contains(s.Id)))
        {
            removed.Add(new StaffChange(row.Id, row.Name, "niet meer in de export"));
            actions.Add(() => db.Staff.Remove(row));
        }

        var preview = new StaffImportPreview(added, changed, removed, unchanged, [], Fingerprint(added, changed, removed));
        return (preview, () => actions.ForEach(a => a()));
    }

    private static IEnumerable<string> Differences(StaffEntity row, ImportedStaffMember member, string? schoolId, List<SchoolEntity> schools)
    {
        string SchoolName(string? id) => id is null ? "bestuursbureau" : schools.FirstOrDefault(s => s.Id == id)?.Name ?? id;
        if (row.Name != member.Name)
        {
            yield return $"naam {row.Name} → {member.Name}";
        }

        if (row.Role != member.Role.ToCode())
        {
            yield return $"rol {row.Role} → {member.Role.ToCode()}";
        }

        if (row.Function != member.Function)
        {
            yield return $"functie {row.Function ?? "–"} → {member.Function ?? "–"}";
        }

        if (row.SchoolId != schoolId)
        {
            yield return $"{SchoolName(row.SchoolId)} → {SchoolName(schoolId)}";
        }

        if (row.ManagerId != member.ManagerId)
        {
            yield return $"leidinggevende {row.ManagerId ?? "–"} → {member.ManagerId ?? "–"}";
        }

        if (!string.Equals(row.Email, member.WorkEmail, StringComparison.OrdinalIgnoreCase))
        {
            yield return "werk-e-mailadres gewijzigd";
        }
    }

    private static StaffEntity Copy(StaffEntity row, ImportedStaffMember member, string? schoolId, int order)
    {
        (row.Name, row.Role, row.Function, row.SchoolId) = (member.Name, member.Role.ToCode(), member.Function, schoolId);
        (row.ManagerId, row.Email, row.SortOrder) = (member.ManagerId, member.WorkEmail, order);
        return row;
    }

    private static string Fingerprint(params List<StaffChange>[] lists)
    {
        var text = string.Join('\n', lists.Select((l, i) => string.Join('\n', l.Select(c => $"{i}|{c}"))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }
}
