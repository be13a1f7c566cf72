using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.Privacy;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// Gathers what Protocolwacht holds about one pupil (with their parents) or one staff member for the right of
/// access: the organisation's rows, consent history, posts that show or name them, archive records that
/// mention them and the audit entries about them. Incidents name people by role only and are not included.
/// </summary>
public sealed class PersonalDataCollector(ProtocolwachtDbContext db, TimeProvider time)
{
    public async Task<PersonalDataExport?> ForPupilAsync(string id, string exportedBy, CancellationToken cancellationToken)
    {
        var pupil = await db.Students.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (pupil is null)
        {
            return null;
        }

        var school = await db.Schools.AsNoTracking().Where(s => s.Id == pupil.SchoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        var parents = await db.ParentChildren.AsNoTracking().Where(l => l.StudentId == id)
            .Join(db.Parents.AsNoTracking(), l => l.ParentId, p => p.Id, (l, p) => new { p.Id, p.Name, l.Relation })
            .ToListAsync(cancellationToken);
        var consent = await db.ConsentChanges.AsNoTracking().Where(c => c.StudentId == id).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var posts = (await db.Posts.AsNoTracking().ToListAsync(cancellationToken)).Where(p => p.Concerns(id, new PupilNameMatcher(pupil.Name))).ToList();
        var blobs = posts.SelectMany(p => p.Attachments).Where(a => a.DepictedStudentIds.Contains(id)).Select(a => a.BlobId.ToString()).ToList();
        var archive = await ArchiveMentions.FindAsync(db, [pupil.Name, .. blobs], cancellationToken);
        var audit = await AuditAsync([$"leerling:{id}", $"student:{id}"], null, cancellationToken);

        return new PersonalDataExport($"leerling:{id}", pupil.Name, time.GetUtcNow(), exportedBy,
        [
            Section("Leerling", [Row(("id", pupil.Id), ("naam", pupil.Name), ("school", school ?? pupil.SchoolId), ("groep", pupil.Group),
                ("leerlingnummer", pupil.PupilNumber), ("16 of ouder", pupil.SixteenOrOver switch { true => "ja", false => "nee", null => "onbekend" }),
                ("vertrokken op", pupil.LeftOn?.ToString("d-M-yyyy", CultureInfo.InvariantCulture)))]),
            Section("Ouders en verzorgers", [.. parents.Select(p => Row(("id", p.Id), ("naam", p.Name), ("relatie", p.Relation)))]),
            Section("Toestemmingsgeschiedenis", [.. consent.Select(c => Row(("doel", c.PurposeCode), ("waarde", c.Value), ("gegeven door", c.GivenBy),
                ("geldig vanaf", c.ValidFrom?.ToString("d-M-yyyy", CultureInfo.InvariantCulture)), ("ingetrokken", Format(c.WithdrawnAt)),
                ("notitie", c.Note), ("vastgelegd door", c.ChangedBy), ("vastgelegd op", DutchTime.Format(c.ChangedAt))))]),
            Section("Berichten waarin de leerling staat of genoemd wordt", [.. posts.Select(PostRow)]),
            Section("Archief", [.. archive.Select(a => Row(("record", a.Sequence.ToString(CultureInfo.InvariantCulture)), ("soort", a.Type),
                ("vastgelegd op", DutchTime.Format(a.RecordedAt)), ("inhoud", a.Content)))]),
            Section("Auditlog", audit),
        ]);
    }

    public async Task<PersonalDataExport?> ForStaffAsync(string id, string exportedBy, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (staff is null)
        {
            return null;
        }

        var account = await db.Users.AsNoTracking().Where(u => u.UserName == id)
            .Select(u => new { u.UserName, u.Email, u.TwoFactorEnabled, u.LockoutEnd }).SingleOrDefaultAsync(cancellationToken);
        var acknowledgements = await db.ProtocolAcknowledgements.AsNoTracking().Where(a => a.StaffId == id).OrderBy(a => a.AcknowledgedAt).ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == id).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var audit = await AuditAsync([$"medewerker:{id}", $"staff:{id}"], id, cancellationToken);

        return new PersonalDataExport($"medewerker:{id}", staff.Name, time.GetUtcNow(), exportedBy,
        [
            Section("Medewerker", [Row(("id", staff.Id), ("naam", staff.Name), ("rol", staff.Role), ("functie", staff.Function),
                ("school", staff.SchoolId), ("leidinggevende", staff.ManagerId), ("werk-e-mailadres", staff.Email))]),
            Section("Aanmeldaccount", account is null ? [] : [Row(("gebruikersnaam", account.UserName), ("e-mailadres", account.Email),
                ("tweestapsverificatie", account.TwoFactorEnabled ? "aan" : "uit"), ("geblokkeerd tot", Format(account.LockoutEnd)))]),
            Section("Protocol gelezen en begrepen", [.. acknowledgements.Select(a => Row(("versie", a.VersionNumber.ToString(CultureInfo.InvariantCulture)), ("op", DutchTime.Format(a.AcknowledgedAt))))]),
            Section("Berichten als auteur", [.. posts.Select(PostRow)]),
            Section("Auditlog", audit),
        ]);
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> AuditAsync(string[] subjects, string? actor, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => subjects.Contains(e.Subject) || (actor != null && e.Actor == actor))
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return [.. entries.Select(e => Row(("op", DutchTime.Format(e.At)), ("door", e.Actor), ("actie", e.Action), ("onderwerp", e.Subject), ("details", e.Details)))];
    }

    private static IReadOnlyDictionary<string, string?> PostRow(Post post) => Row(
        ("id", post.Id.ToString()), ("status", post.State.ToDutch()), ("accounts", string.Join(", ", post.AccountIds)),
        ("tekst", post.Text), ("bijlagen", string.Join(", ", post.Attachments.Select(a => a.FileName))),
        ("aangemaakt", DutchTime.Format(post.CreatedAt)), ("laatst gewijzigd", DutchTime.Format(post.UpdatedAt)));

    private static ExportSection Section(string title, IReadOnlyList<IReadOnlyDictionary<string, string?>> rows) => new(title, rows);

    private static IReadOnlyDictionary<string, string?> Row(params (string Key, string? Value)[] cells) =>
        cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static string? Format(DateTimeOffset? at) => at is { } value ? DutchTime.Format(value) : null;
}
