using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.Roles;

/// <summary>
/// The app roles (beheerder, privacyfunctionaris, incidentbehandelaar) managed by administrators at /roles.
/// A change reaches the person's session at the next security-stamp check (<c>SignInFeature</c>: one minute).
/// </summary>
public static class RolesFeature
{
    public static WebApplicationBuilder AddRoles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RoleAssignments>();
        return builder;
    }
}
