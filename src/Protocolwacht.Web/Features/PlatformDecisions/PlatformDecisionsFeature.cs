using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Home;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.PlatformDecisions;

/// <summary>
/// The platform permission register (protocol: Veiligheid, privacy): per official account the board's
/// decision to use the platform; without a current one the account cannot publish.
/// </summary>
public static class PlatformDecisionsFeature
{
    public static WebApplicationBuilder AddPlatformDecisions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PlatformDecisionOptions>(builder.Configuration.GetSection("PlatformDecisions"));
        services.AddScoped<PlatformDecisionRegister>();
        services.AddScoped<IPublicationHold, PlatformDecisionHold>();
        services.AddScoped<IHomeAction, PlatformDecisionsHomeAction>();
        services.AddRecurringJob<PlatformDecisionReminderJob>();
        return builder;
    }
}

internal sealed class PlatformDecisionsHomeAction : IHomeAction
{
    public Task<IReadOnlyList<HomeLink>> LinksForAsync(StaffMember staff, bool isAdmin, CancellationToken cancellationToken)
    {
        IReadOnlyList<HomeLink> links = isAdmin
            ? [new HomeLink("/platform-decisions", "Besluiten over platforms", "DPIA, verwerkersovereenkomst en herbeoordeling per account.", 940)]
            : [];
        return Task.FromResult(links);
    }
}
