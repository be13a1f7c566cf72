using System.Globalization;
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
                    Reason("Berichten onder het Konot-account worden alleen geplaatst door {0}; jouw rol is {1}.", Rules.OrganisationRoles, author)),
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
                Reason("Op een schoolaccount plaatsen alleen {0}; jouw rol is {1}.", Rules.SchoolRoles, author));
        }

        if (Rules.SchoolAccountsOwnSchoolOnly && !string.Equals(author.SchoolId, schoolId, StringComparison.Ordinal))
        {
            return new PostingDecision(false, PostingDenial.OtherSchool,
                "Je mag alleen plaatsen op de accounts van je eigen school.");
        }

        return PostingDecision.Allow;
    }

    // A template with its holes as literal text ("{0}"), not an interpolated string: the web app's English entry is keyed
    // by this Dutch template, and its resource tests find the template among the source's literals.
    private static string Reason(string template, IReadOnlySet<StaffRole> roles, StaffMember author) =>
        string.Format(CultureInfo.InvariantCulture, template, string.Join(", ", roles.Order().Select(r => r.ToCode())), author.Role.ToCode());
}
