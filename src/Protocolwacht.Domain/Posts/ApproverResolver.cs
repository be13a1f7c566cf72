using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Finds who gives advice on a post (R9): the author's leidinggevende, or the next one up when that
/// person is absent or is the author. At the top of the chain, another member of the College van
/// Bestuur who is present (the board decides collegially). Nobody ever approves their own post.
/// </summary>
public static class ApproverResolver
{
    public static StaffMember? FindApprover(OrganisationModel organisation, string authorId, IReadOnlySet<string> absent)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var author = organisation.FindStaff(authorId);
        return author is null ? null : Walk(organisation, author.ManagerId, authorId, skip: null, absent);
    }

    /// <summary>The manager above <paramref name="currentApproverId"/> for an escalation, skipping the author and absentees.</summary>
    public static StaffMember? FindNextAbove(OrganisationModel organisation, string authorId, string currentApproverId, IReadOnlySet<string> absent)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var current = organisation.FindStaff(currentApproverId);
        return current is null ? null : Walk(organisation, current.ManagerId, authorId, skip: currentApproverId, absent);
    }

    private static StaffMember? Walk(OrganisationModel organisation, string? startId, string authorId, string? skip, IReadOnlySet<string> absent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var candidate = organisation.FindStaff(startId); candidate is not null && seen.Add(candidate.Id); candidate = organisation.FindStaff(candidate.ManagerId))
        {
            if (Eligible(candidate, authorId, skip, absent))
            {
                return candidate;
            }
        }

        return organisation.Staff
            .Where(s => s.Role == StaffRole.Cvb && Eligible(s, authorId, skip, absent))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool Eligible(StaffMember candidate, string authorId, string? skip, IReadOnlySet<string> absent) =>
        !string.Equals(candidate.Id, authorId, StringComparison.Ordinal)
        && !string.Equals(candidate.Id, skip, StringComparison.Ordinal)
        && !absent.Contains(candidate.Id);
}
