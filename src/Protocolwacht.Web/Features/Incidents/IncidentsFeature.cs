using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// The register of online safety incidents (protocol: Veiligheid, R10): staff report in the app, anyone through the
/// public page /melden (limited per address, <see cref="PublicReportLimit"/>), handlers follow up, and a data breach
/// runs the 72-hour clock of AVG article 33.
/// </summary>
public static class IncidentsFeature
{
    public static WebApplicationBuilder AddIncidents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection("Incidents");
        services.Configure<IncidentOptions>(section);
        services.AddSingleton<IncidentAccess>();
        services.AddSingleton<PublicReportLimit>();
        services.AddScoped<IncidentRegister>();
        services.AddScoped<IHomeAction, IncidentsHomeAction>();
        services.AddRecurringJob<DataBreachReminderJob>();
        return builder;
    }
}

internal sealed class IncidentsHomeAction(IncidentAccess access, Checks.CheckerSnapshot checkers, CurrentStaff current) : IHomeAction
{
    public async Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        var links = new List<HomeLink> { new("/incidents/new", "Incident melden", "Online pesten, bedreiging, een nepaccount, een datalek …", 650) };
        if (access.IsHandlerAnywhere(await checkers.OrganisationAsync(cancellationToken), staff, current.Roles with { IsAdmin = isAdmin }))
        {
            links.Add(new HomeLink("/incidents", "Incidenten", "De meldingen die jij behandelt.", 660));
        }

        return links;
    }
}
