using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Consent;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// Makes the database's organisation rows equal to a validated <see cref="OrganisationModel"/>: rows are
/// added, updated or removed. It saves several times (schools before the people who point at them), so
/// the caller must hold a transaction: <see cref="OrganisationImporter"/> for an import,
/// <see cref="DemoOrganisationSeeder"/> for the first run.
/// Kept across imports: account credentials (by account id), the consent history, board settings.
/// The consent register is the authority once it knows a student: a student's consent from the file
/// (true/false) only seeds a purpose (photo, name) for which the register has no record of that student yet. A file value that differs from
/// the register is reported as a <see cref="ConsentConflict"/> and never recorded, so importing an old
/// file can never turn a withdrawn consent back into a yes.
/// </summary>
public sealed class OrganisationRows(ProtocolwachtDbContext db, TimeProvider time)
{
    public const string ImportActor = "import";

    public async Task<OrganisationImportSummary> ApplyAsync(OrganisationModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Organisation rows are saved in several steps; begin a transaction first.");
        }

        var counter = new Counter();

        await ImportBoardAsync(model, counter, cancellationToken);
        var schools = await db.Schools.ToListAsync(cancellationToken);
        Upsert(db.Schools, schools, model.Schools.Select((s, i) => (s.Id, (Action<SchoolEntity>)(r => r.CopyFrom(s, i)))), counter, remove: false);
        await db.SaveChangesAsync(cancellationToken);

        var staff = await db.Staff.ToListAsync(cancellationToken);
        Upsert(db.Staff, staff, model.Staff.Select((s, i) => (s.Id, (Action<StaffEntity>)(r => r.CopyFrom(s, i)))), counter);
        var students = await db.Students.ToListAsync(cancellationToken);
        Upsert(db.Students, students, model.Students.Select((s, i) => (s.Id, (Action<StudentEntity>)(r => r.CopyFrom(s, i)))), counter);
        var parents = await db.Parents.ToListAsync(cancellationToken);
        Upsert(db.Parents, parents, model.Parents.Select((p, i) => (p.Id, (Action<ParentEntity>)(r => { r.Name = p.Name; r.SortOrder = i; }))), counter);
        var accounts = await db.OfficialAccounts.ToListAsync(cancellationToken);
        Upsert(db.OfficialAccounts, accounts, model.Accounts.Select((a, i) => (a.Id, (Action<OfficialAccountEntity>)(r => r.CopyFrom(a, i)))), counter);
        await ReplaceParentLinksAsync(model, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Schools go last: staff, students and accounts that pointed at them are gone by now.
        var keep = model.Schools.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var school in schools.Where(s => !keep.Contains(s.Id)))
        {
            db.Schools.Remove(school);
            counter.Removed++;
        }

        var (consentChanges, conflicts) = await SeedConsentAsync(model, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganisationImportSummary(counter.Added, counter.Updated, counter.Removed, consentChanges, SignInAccountsCreated: 0, conflicts);
    }

    private async Task ImportBoardAsync(OrganisationModel model, Counter counter, CancellationToken cancellationToken)
    {
        var boards = await db.Boards.ToListAsync(cancellationToken);
        var row = boards.FirstOrDefault(b => b.Id == model.Board.Id);
        var previousSettings = boards.FirstOrDefault();
        if (row is null)
        {
            row = new BoardEntity { Id = model.Board.Id, RenewConsentEachSchoolYear = previousSettings?.RenewConsentEachSchoolYear ?? false };
            db.Boards.Add(row);
            counter.Added++;
        }
        else
        {
            counter.Updated++;
        }

        row.CopyFrom(model.Board, model.PostingRights);
        row.IsDemo = false; // an imported organisation is real; the demo seeder marks its own load afterwards
        foreach (var other in boards.Where(b => b != row))
        {
            db.Boards.Remove(other);
            counter.Removed++;
        }
    }

    private async Task ReplaceParentLinksAsync(OrganisationModel model, CancellationToken cancellationToken)
    {
        var wanted = model.Parents
            .SelectMany(p => p.ChildIds.Distinct(StringComparer.Ordinal).Select(c => (p.Id, c)))
            .ToHashSet();
        var links = await db.ParentChildren.ToListAsync(cancellationToken);
        foreach (var link in links)
        {
            if (!wanted.Remove((link.ParentId, link.StudentId)))
            {
                db.ParentChildren.Remove(link);
            }
        }

        foreach (var (parentId, studentId) in wanted)
        {
            db.ParentChildren.Add(new ParentChildEntity { ParentId = parentId, StudentId = studentId });
        }
    }

    /// <summary>
    /// The file's one <c>social_media_consent</c> flag is, in the check contract, the consent both to show and to
    /// name a student on social media; the register keeps those as two purposes, so the flag seeds both.
    /// </summary>
    private static readonly string[] FilePurposes = [ConsentPurpose.PhotoOnSocialMedia, ConsentPurpose.NameOnSocialMedia];

    private async Task<(int Seeded, List<ConsentConflict> Conflicts)> SeedConsentAsync(OrganisationModel model, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var seeded = 0;
        var conflicts = new List<ConsentConflict>();
        foreach (var purpose in FilePurposes)
        {
            var latest = await ConsentQueries.LatestAsync(db, purpose, cancellationToken);
            foreach (var student in model.Students)
            {
                var stated = ConsentValueCodes.FromFlag(student.SocialMediaConsent);
                if (stated == ConsentValue.NotRecorded)
                {
                    continue;
                }

                if (latest.TryGetValue(student.Id, out var record))
                {
                    var registered = RecordedAnswer(record);
                    if (registered != stated)
                    {
                        conflicts.Add(new ConsentConflict(student.Id, student.Name, purpose, stated, registered));
                    }

                    continue;
                }

                db.ConsentChanges.Add(new ConsentChangeEntity
                {
                    StudentId = student.Id,
                    PurposeCode = purpose,
                    Value = stated.ToCode(),
                    Note = "Overgenomen uit het organisatiebestand.",
                    ChangedBy = ImportActor,
                    ChangedAt = now,
                });
                seeded++;
            }
        }

        return (seeded, conflicts);
    }

    /// <summary>The answer the register holds, regardless of dates: a withdrawal is a no.</summary>
    private static ConsentValue RecordedAnswer(ConsentRecord record) => record.WithdrawnAt is not null ? ConsentValue.No : record.Value;

    private static void Upsert<TRow>(DbSet<TRow> set, List<TRow> existing, IEnumerable<(string Id, Action<TRow> Copy)> wanted, Counter counter, bool remove = true)
        where TRow : class, IKeyedRow, new()
    {
        var byId = existing.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, copy) in wanted)
        {
            seen.Add(id);
            if (byId.TryGetValue(id, out var row))
            {
                copy(row);
                counter.Updated++;
            }
            else
            {
                row = new TRow { Id = id };
                copy(row);
                set.Add(row);
                counter.Added++;
            }
        }

        if (remove)
        {
            foreach (var row in existing.Where(r => !seen.Contains(r.Id)))
            {
                set.Remove(row);
                counter.Removed++;
            }
        }
    }

    private sealed class Counter
    {
        public int Added { get; set; }
        public int Updated { get; set; }
        public int Removed { get; set; }
    }
}
