using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Reconciliation;

/// <summary>
/// Reconciliation of the archive with the live accounts (issue #13 item 3, R8): posts placed outside Protocolwacht
/// are imported and checked, posts removed outside it are recorded as disappeared and the administrators are told,
/// so the archive is known to be complete.
/// </summary>
public static class ReconciliationFeature
{
    public static WebApplicationBuilder AddReconciliation(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ReconciliationOptions>(builder.Configuration.GetSection("Reconciliation"));
        builder.Services.AddScoped<AccountReconciler>();
        builder.Services.AddRecurringJob<ReconciliationJob>();
        return builder;
    }
}
