using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Domain.PostingRights;

/// <summary>
/// The one place that decides who may post where (protocol, ACCOUNT). Pages, the API, the CLI,
/// the protocol check and the publisher all ask this policy; none keeps a copy of the rules.
/// Thread-safe: it holds only immutable rules.
/// </summary>
public sealed class PostingRightsPolicy(PostingRightsRules rules)
{
    public PostingRightsRules Rules { get; } = rules;

    public PostingDecision Decide(StaffMember author, PostingTarget target)
    {
        ArgumentNullException.ThrowIfNull(author);
        return target.Kind switch
        {
            AccountKind.Personal => PostingDecision.Allow,
            AccountKind.Organisation => Rules.OrganisationRoles.Contains(author.Role)
                ? PostingDecision.Allow
                : new PostingDecision(false, PostingDenial.RoleNotAllowedOnOrganisationAccount,
                    $"Berichten onder het Konot-account worden alleen geplaatst door {List(Rules.OrganisationRoles)}; jouw rol is {author.Role.ToCode()}."),
            AccountKind.School => DecideSchool(author, target.SchoolId),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }

    public bool MayPost(StaffMember author, PostingTarget target) => Decide(author, target).Allowed;

    private PostingDecision DecideSchool(StaffMember author, string? schoolId)
    {
        if (!Rules.SchoolRoles.Contains(author.Role))
        {
            return new PostingDecision(false, PostingDenial.RoleNotAllowedOnSchoolAccount,
                $"Op een schoolaccount plaatsen alleen {List(Rules.SchoolRoles)}; jouw rol is {author.Role.ToCode()}.");
        }

        if (Rules.SchoolAccountsOwnSchoolOnly && !string.Equals(author.SchoolId, schoolId, StringComparison.Ordinal))
        {
            return new PostingDecision(false, PostingDenial.OtherSchool,
                "Je mag alleen plaatsen op de accounts van je eigen school.");
        }

        return PostingDecision.Allow;
    }

    private static string List(IReadOnlySet<StaffRole> roles) =>
        string.Join(", ", roles.Order().Select(r => r.ToCode()));
}
