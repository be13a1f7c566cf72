using Protocolwacht.Connectors;
using Protocolwacht.Connectors.Mastodon;
using Protocolwacht.Domain.Organisation;

namespace Protocolwacht.Web.Features.Publishing;

/// <summary>
/// Publishing: the outbox publisher, reconciliation, advice escalation and the real platform connectors
/// (<c>Connectors:&lt;Platform&gt;</c> settings). The sandbox channel registers itself in the Sandbox feature.
/// </summary>
public static class PublishingFeature
{
    public static WebApplicationBuilder AddPublishing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PublishingOptions>(builder.Configuration.GetSection("Publishing"));
        services.AddSingleton<AccountCredentials>();
        services.AddSingleton<ConnectorResolver>();
        services.AddScoped<DeliveryProcessor>();
        services.AddSingleton<PublisherService>();
        services.AddHostedService(sp => sp.GetRequiredService<PublisherService>());
        services.AddHostedService<AdviceEscalationService>();

        var mastodon = new MastodonOptions();
        builder.Configuration.GetSection("Connectors:Mastodon").Bind(mastodon);
        services.AddSingleton(mastodon);
        services.AddHttpClient(Channels.Mastodon);
        services.AddSingleton<IPlatformConnector>(sp => new MastodonConnector(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(Channels.Mastodon), mastodon, sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
