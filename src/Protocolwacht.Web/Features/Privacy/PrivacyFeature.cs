using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// The AVG rights (issue #15): retention per kind of data (a daily job), the right of access (an export
/// per pupil or staff member), the right to erasure of a pupil, and the processing register generated
/// from the configuration. Administrators only; every export and erasure is in the audit log.
/// </summary>
public static class PrivacyFeature
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RetentionOptions>(builder.Configuration.GetSection("Retention"));
        services.AddRecurringJob<DataRetentionJob>();
        services.AddScoped<PersonalDataCollector>();
        services.AddScoped<PupilErasure>();
        services.AddScoped<ErasedNameSweep>();
        return builder;
    }
}
