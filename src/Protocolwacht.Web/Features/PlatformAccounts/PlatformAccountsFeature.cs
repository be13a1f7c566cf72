using Microsoft.AspNetCore.Authorization;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.PlatformAccounts;

/// <summary>Official accounts, their (encrypted) credentials, and who may post where (ACCOUNT).</summary>
public static class PlatformAccountsFeature
{
    public static WebApplicationBuilder AddPlatformAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PostingRightsAuthorizer>();
        builder.Services.AddScoped<IAuthorizationHandler, MayPostOnAccountHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PostingRightsAuthorizer.PolicyName, p => p.RequireAuthenticatedUser().AddRequirements(new MayPostOnAccountRequirement()));
        builder.Services.AddScoped<IHomeAction, PlatformAccountsHomeAction>();
        builder.Services.AddScoped<IHomeOverview, ConnectionsHomeOverview>();
        return builder;
    }
}

internal sealed class PlatformAccountsHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HomeLink>>(
        [
            new HomeLink("/accounts/posting-rights", "Plaatsingsrechten", "Op welke accounts mag jij plaatsen?", 650),
            .. isAdmin ? [new HomeLink("/accounts", "Accounts", "Officiële accounts en hun inloggegevens beheren.", 900)] : Array.Empty<HomeLink>(),
        ]);
}
