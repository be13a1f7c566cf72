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
                    Reason(OrganisationTemplates, Rules.OrganisationRoles, author)),
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
                Reason(SchoolTemplates, Rules.SchoolRoles, author));
        }

        if (Rules.SchoolAccountsOwnSchoolOnly && !string.Equals(author.SchoolId, schoolId, StringComparison.Ordinal))
        {
            return new PostingDecision(false, PostingDenial.OtherSchool,
                "Je mag alleen plaatsen op de accounts van je eigen school.");
        }

        return PostingDecision.Allow;
    }

    // One template per number of roles that may post (none to three: with all four the author's role is among them),
    // each role a hole of its own and named as people read it (StaffRoleNames), not by its code. Templates with their
    // holes as literal text ("{0}"), not interpolated strings: the web app's English entries are keyed by these Dutch
    // templates, its resource tests find them among the source's literals, and a page translates each role's name on
    // its own, which one hole holding the whole list would not allow.
    private static readonly string[] OrganisationTemplates =
    [
        "Berichten onder het Konot-account plaatst niemand volgens de regels van de organisatie; jouw rol is {0}.",
        "Berichten onder het Konot-account worden alleen geplaatst door een {0}; jouw rol is {1}.",
        "Berichten onder het Konot-account worden alleen geplaatst door een {0} of een {1}; jouw rol is {2}.",
        "Berichten onder het Konot-account worden alleen geplaatst door een {0}, een {1} of een {2}; jouw rol is {3}.",
    ];

    private static readonly string[] SchoolTemplates =
    [
        "Op een schoolaccount plaatst niemand volgens de regels van de organisatie; jouw rol is {0}.",
        "Op een schoolaccount plaatst alleen een {0}; jouw rol is {1}.",
        "Op een schoolaccount plaatsen alleen een {0} of een {1}; jouw rol is {2}.",
        "Op een schoolaccount plaatsen alleen een {0}, een {1} of een {2}; jouw rol is {3}.",
    ];

    private static string Reason(string[] templates, IReadOnlySet<StaffRole> roles, StaffMember author)
    {
        var names = roles.Order().Select(r => (object)r.ToDutch()).Append(author.Role.ToDutch()).ToArray();
        return string.Format(CultureInfo.InvariantCulture, templates[roles.Count], names);
    }
}
