using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.PlatformAccounts.Connect;

/// <summary>
/// Connecting the official accounts through each platform's own sign-in (issue #14 item 3): the OAuth flow
/// (<c>/accounts/connect/{id}</c>, callback <c>/accounts/oauth/callback</c>), refreshing tokens before they expire,
/// warnings before a connection ends, and disconnecting with revocation. Settings: <c>PlatformConnections</c>.
/// </summary>
public static class PlatformConnectionsFeature
{
    public static WebApplicationBuilder AddPlatformConnections(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PlatformConnectionOptions>(builder.Configuration.GetSection("PlatformConnections"));
        // One X client for connecting and for the connector's own refresh: either setting names it.
        services.PostConfigure<PlatformConnectionOptions>(o =>
        {
            o.X.ClientId ??= builder.Configuration["Connectors:X:ClientId"];
            o.X.ClientSecret ??= builder.Configuration["Connectors:X:ClientSecret"];
        });
        services.AddHttpClient(TokenEndpoint.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<OAuthPlatforms>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<MastodonApps>();
        services.AddSingleton<MetaLogin>();
        services.AddSingleton<PendingConnections>();
        services.AddSingleton<PendingPageChoices>();
        services.AddSingleton<TokenRefresher>();
        services.AddScoped<ConnectionStore>();
        services.AddScoped<ConnectionFlow>();
        services.AddScoped<Disconnector>();
        services.AddRecurringJob<TokenRefreshJob>();
        return builder;
    }
}
