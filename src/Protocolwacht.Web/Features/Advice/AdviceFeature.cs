using Protocolwacht.Web.Infrastructure.BackgroundJobs;
using Protocolwacht.Web.Infrastructure.Telemetry;

namespace Protocolwacht.Web.Features.Advice;

/// <summary>Advice (R9): the manager's queue at /advice, the advice steps of a post, and reminders and escalation of overdue requests.</summary>
public static class AdviceFeature
{
    public static WebApplicationBuilder AddAdvice(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdviceOptions>().BindConfiguration("Advice")
            .Validate(o => o.WorkingDays is >= 1 and <= 20, "Advice:WorkingDays moet tussen 1 en 20 liggen.").ValidateOnStart();
        builder.Services.AddScoped<AdviceTerms>();
        builder.Services.AddScoped<AdviceWorkflow>();
        builder.Services.AddScoped<Shared.Menu.IMenuCounter, AdviceMenuCounter>();
        builder.Services.AddScoped<Home.IHomeOverview, AdviceHomeOverview>();
        builder.Services.AddRecurringJob<AdviceEscalationService>();
        builder.Services.AddGauges<AdviceMetrics>();
        return builder;
    }
}
