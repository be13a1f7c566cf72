using Microsoft.AspNetCore.Authorization;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.PostingRights;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>
/// The server-side gate for "may this signed-in person post on this account?": the organisation and its
/// rules come from the database, the decision from <see cref="PostingRightsPolicy"/> (the same policy the
/// CLI and the check engine use). Pages and endpoints call <see cref="DecideAsync"/> or authorize with
/// <see cref="PolicyName"/> and the account id as resource.
/// </summary>
public sealed class PostingRightsAuthorizer(OrganisationReader reader)
{
    public const string PolicyName = "may-post-on-account";

    public async Task<PostingDecision> DecideAsync(string? staffId, string accountId, CancellationToken cancellationToken = default)
    {
        var organisation = await reader.LoadAsync(cancellationToken);
        var staff = organisation?.FindStaff(staffId);
        var account = organisation?.FindAccount(accountId);
        if (organisation is null || staff is null)
        {
            return PostingDecision.NotStaff("Je bent niet bekend als medewerker van de organisatie.");
        }

        return account is null
            ? PostingDecision.UnknownAccount(accountId)
            : new PostingRightsPolicy(organisation.PostingRights).Decide(staff, PostingTarget.For(account));
    }

    /// <summary>Everyone who may post on <paramref name="account"/>, in the organisation's order.</summary>
    public static IEnumerable<StaffMember> WhoMayPost(OrganisationModel organisation, OfficialAccount account)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var policy = new PostingRightsPolicy(organisation.PostingRights);
        return organisation.Staff.Where(s => policy.MayPost(s, PostingTarget.For(account)));
    }
}

/// <summary>Requirement behind <see cref="PostingRightsAuthorizer.PolicyName"/>; the resource is the account id.</summary>
public sealed class MayPostOnAccountRequirement : IAuthorizationRequirement;

/// <summary>Answers the requirement with <see cref="PostingRightsAuthorizer"/>, and says why when it fails.</summary>
public sealed class MayPostOnAccountHandler(PostingRightsAuthorizer authorizer) : AuthorizationHandler<MayPostOnAccountRequirement, string>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MayPostOnAccountRequirement requirement, string resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        var decision = await authorizer.DecideAsync(context.User.Identity?.Name, resource);
        if (decision.Allowed)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, decision.Reason));
        }
    }
}
