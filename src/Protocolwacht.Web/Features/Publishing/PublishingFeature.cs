using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>The real platform connectors, created once; local channels (the sandbox) register as <see cref="IPlatformConnector"/>.</summary>
public sealed record PlatformConnectors(IReadOnlyList<IPlatformConnector> All);

/// <summary>
/// Publishing: the outbox publisher, reconciliation and the real platform connectors
/// (<c>Connectors:&lt;Platform&gt;</c> settings). The sandbox channel registers itself in the Sandbox feature.
/// </summary>
public static class PublishingFeature
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PublishingOptions>(builder.Configuration.GetSection("Publishing"));
        services.AddSingleton<AccountCredentials>();
        services.AddSingleton<DeliveryReasons>(); // a delivery's reason in the reader's language, for pages and mails
        services.AddSingleton<SandboxPolicy>();
        services.AddSingleton<ConnectorResolver>();
        services.AddScoped<DeliveryProcessor>();
        services.AddScoped<PublicationHolds>();
        services.AddScoped<DeliveryHolds>();
        services.AddRecurringJob<PublisherService>();
        services.AddGauges<PublishingMetrics>();
        services.AddHealthChecks().AddCheck<OutboxLagHealthCheck>("outbox-lag", tags: [Infrastructure.Health.HealthApi.ReadyTag]);

        var connectors = new ConnectorSettings();
        builder.Configuration.GetSection("Connectors").Bind(connectors);
        foreach (var channel in new[] { Channels.Mastodon, Channels.Bluesky, Channels.X, Channels.LinkedIn, Channels.Facebook, Channels.Instagram })
        {
            services.AddHttpClient(channel);
        }

        // One instance per connector for the life of the process (Bluesky keeps its sessions in memory).
        services.AddSingleton(sp => new PlatformConnectors(PlatformConnectorFactory.CreateAll(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient, connectors, sp.GetRequiredService<TimeProvider>())));
        services.AddSingleton<PlatformRules>();

        return builder;
    }
}
