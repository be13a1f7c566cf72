using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Persistence.Consent;

namespace Protocolwacht.Persistence.Organisation;

/// <summary>
/// Builds the <see cref="OrganisationModel"/> the check engine, the posting-rights policy and the CLI use,
/// from the database. A student's <see cref="Student.SocialMediaConsent"/> is the consent for a photo on
/// social media and <see cref="Student.NameConsent"/> the consent to be named there, each as it applies now
/// (withdrawals and the board's yearly renewal taken into account).
/// </summary>
public sealed class OrganisationReader(ProtocolwachtDbContext db, TimeProvider time)
{
    public async Task<OrganisationModel?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (board is null)
        {
            return null;
        }

        var schoolRows = await db.Schools.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var accountRows = await db.OfficialAccounts.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var staffRows = await db.Staff.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var studentRows = await db.Students.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        var parentRows = await db.Parents.AsNoTracking().OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);
        var links = await db.ParentChildren.AsNoTracking().ToListAsync(cancellationToken);
        var consent = await ConsentQueries.LatestAsync(db, ConsentPurpose.PhotoOnSocialMedia, cancellationToken);
        var nameConsent = await ConsentQueries.LatestAsync(db, ConsentPurpose.NameOnSocialMedia, cancellationToken);
        var now = time.GetUtcNow();

        var accountsBySchool = accountRows.ToLookup(a => a.SchoolId ?? string.Empty);
        var schools = schoolRows.Select(s => new School(
            s.Id, s.Name, s.Town, [.. s.Domains],
            OrganisationMapping.Contacts(s.Emails, s.Phones, s.Websites, s.Address),
            [.. accountsBySchool[s.Id].Select(a => a.ToDomain())])).ToList();
        var students = studentRows.Select(s => new Student(
            s.Id, s.Name, s.SchoolId, s.Group,
            ConsentState.Effective(consent.GetValueOrDefault(s.Id), now, board.RenewConsentEachSchoolYear).ToFlag())
        {
            NameConsent = ConsentState.Effective(nameConsent.GetValueOrDefault(s.Id), now, board.RenewConsentEachSchoolYear).ToFlag(),
            LeftOn = s.LeftOn,
        }).ToList();
        var childrenByParent = links.ToLookup(l => l.ParentId, l => l.StudentId);
        var parents = parentRows.Select(p => new Parent(p.Id, p.Name, [.. childrenByParent[p.Id].Order(StringComparer.Ordinal)])).ToList();

        return new OrganisationModel(
            new Board(board.Id, board.Name, [.. board.Domains],
                OrganisationMapping.Contacts(board.Emails, board.Phones, board.Websites, board.Address),
                [.. accountsBySchool[string.Empty].Select(a => a.ToDomain())]),
            schools,
            [.. staffRows.Select(s => s.ToDomain())],
            students,
            parents,
            Rules(board));
    }

    public async Task<OrganisationModel> LoadRequiredAsync(CancellationToken cancellationToken = default) =>
        await LoadAsync(cancellationToken) ?? throw new InvalidOperationException("The database holds no organisation yet.");

    private static PostingRightsRules Rules(BoardEntity board) => new(
        Roles(board.OrganisationPostingRoles),
        Roles(board.SchoolPostingRoles),
        board.SchoolAccountsOwnSchoolOnly);

    private static HashSet<StaffRole> Roles(IEnumerable<string> codes) =>
        [.. codes.Select(c => StaffRoleCodes.TryParse(c, out var role) ? role : throw new InvalidOperationException($"Unknown role '{c}' in the posting rights."))];
}
