using Protocolwacht.Web.Infrastructure.BackgroundJobs;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Notifications;

public static class NotificationsFeature
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Mail"));
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddSingleton<MailTexts>();
        builder.Services.AddScoped<Shared.Menu.IMenuCounter, UnreadMenuCounter>();
        builder.Services.AddScoped<Home.IHomeOverview, UndeliveredMailHomeOverview>();
        builder.Services.AddRecurringJob<MailSenderService>();
        builder.Services.AddGauges<MailMetrics>();
        builder.Services.AddHealthChecks().AddCheck<MailLagHealthCheck>("mail-lag", tags: [Infrastructure.Health.HealthApi.ReadyTag]);
        return builder;
    }
}
