using System.Threading.RateLimiting;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Incidents;

/// <summary>
/// The register of online safety incidents (protocol: Veiligheid, R10): staff report in the app, anyone
/// through the public page /melden (rate limited per address), handlers follow up, and a data breach runs
/// the 72-hour clock of AVG article 33.
/// </summary>
public static class IncidentsFeature
{
    /// <summary>The rate-limiter policy of the public report form.</summary>
    public const string PublicReportPolicy = "melden";

    public static WebApplicationBuilder AddIncidents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection("Incidents");
        services.Configure<IncidentOptions>(section);
        services.AddSingleton<IncidentAccess>();
        services.AddScoped<IncidentRegister>();
        services.AddScoped<IHomeAction, IncidentsHomeAction>();
        services.AddRecurringJob<DataBreachReminderJob>();

        var limits = section.Get<IncidentOptions>() ?? new IncidentOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, token) => new ValueTask(context.HttpContext.Response.WriteAsync(
                "Er zijn vanaf dit adres te veel meldingen gedaan. Probeer het later opnieuw, of bel de school.", token));
            // Only sending a report counts; reading the form does not.
            o.AddPolicy(PublicReportPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "onbekend", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.ReportsPerWindow,
                    Window = limits.ReportWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("lezen"));
        });
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
