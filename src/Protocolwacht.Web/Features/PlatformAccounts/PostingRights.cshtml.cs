using Microsoft.AspNetCore.Mvc.RazorPages;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>The rules of the protocol's ACCOUNT section as configured, and the accounts the signed-in person may use.</summary>
public sealed class PostingRightsModel(OrganisationReader reader, CurrentStaff current) : PageModel
{
    public OrganisationModel? Organisation { get; private set; }

    public StaffMember? Staff { get; private set; }

    public PostingRightsRules Rules => Organisation?.PostingRights ?? PostingRightsRules.KonotProtocol;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await reader.LoadAsync(cancellationToken);
        Staff = await current.GetAsync(cancellationToken);
    }

    public PostingDecision DecisionFor(OfficialAccount account) =>
        Staff is null
            ? PostingDecision.NotStaff("Niet aangemeld.")
            : new PostingRightsPolicy(Rules).Decide(Staff, PostingTarget.For(account));

    /// <summary>The roles by the names people read, each in the reader's language (until stop 45 the codes: "cvb, directie, staf").</summary>
    public static string Roles(IReadOnlySet<StaffRole> roles, Translate translate) =>
        string.Join(", ", roles.Order().Select(r => translate(r.ToDutch())));
}
