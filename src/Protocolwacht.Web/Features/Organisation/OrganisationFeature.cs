using Protocolwacht.Web.Features.Home;

namespace Protocolwacht.Web.Features.Organisation;

/// <summary>The organisation as staff see it: schools, staff with their manager, students; read from the database.</summary>
public static class OrganisationFeature
{
    public static WebApplicationBuilder AddOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IHomeAction, OrganisationHomeAction>();
        builder.Services.AddSingleton<Pupils.PendingPupilImports>();
        builder.Services.AddSingleton<Staff.PendingStaffImports>();
        return builder;
    }
}
