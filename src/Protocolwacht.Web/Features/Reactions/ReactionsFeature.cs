using Protocolwacht.Web.Features.Shared.Menu;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Reactions;

/// <summary>
/// The reactions inbox (/reacties; protocol DO6, R4/DONT4, DONT7): reactions to published posts are polled
/// from the platforms, checked, and handled per school and account: read, hide where the platform allows,
/// record as an incident, answer. Never deleted.
/// </summary>
public static class ReactionsFeature
{
    public static WebApplicationBuilder AddReactions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReactionsOptions>(builder.Configuration.GetSection("Reactions"));
        services.AddSingleton<ReactionAssessor>();
        services.AddScoped<ReactionStore>();
        services.AddScoped<ReactionInbox>();
        services.AddScoped<IMenuCounter, ReactionsMenuCounter>();
        services.AddRecurringJob<ReactionPollingJob>();
        return builder;
    }
}
