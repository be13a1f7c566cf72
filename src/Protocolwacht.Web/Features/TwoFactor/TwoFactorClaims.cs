using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.TwoFactor;

/// <summary>
/// Adds <see cref="ClaimType"/> to a session whose account has two-factor sign-in on, so
/// <see cref="TwoFactorRequirement"/> can decide without a database query per request. The claim is rebuilt
/// with the roles at every security-stamp check, and at once after enrolment (RefreshSignInAsync).
/// </summary>
public sealed class TwoFactorClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "protocolwacht:two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (await UserManager.GetTwoFactorEnabledAsync(user))
        {
            identity.AddClaim(new Claim(ClaimType, "on"));
        }

        return identity;
    }
}
