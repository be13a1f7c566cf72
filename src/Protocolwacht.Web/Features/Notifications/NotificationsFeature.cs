using Protocolwacht.Web.Infrastructure.BackgroundJobs;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Notifications;

public static class NotificationsFeature
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        // A zero or negative window would give up every mail at its first temporary failure; a sender MimeKit cannot read
        // would fail every mail, found only when the first one is sent.
        builder.Services.AddOptions<MailOptions>().BindConfiguration("Mail")
            .Validate(o => o.RetryFor > TimeSpan.Zero, "Mail:RetryFor moet langer dan nul zijn (bijvoorbeeld 2.00:00:00 voor twee dagen).")
            .Validate(o => SenderAddress.IsValid(o.From), "Mail:From moet één geldig e-mailadres zijn, het adres waarvan de mail vertrekt (bijvoorbeeld protocolwacht@konot.nl; de naam erbij staat in Mail:FromName).")
            .ValidateOnStart();
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
