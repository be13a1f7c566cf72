using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.Web.Features.SignIn;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Privacy;

/// <summary>
/// The AVG rights (issue #15): retention per kind of data (a daily job), the right of access (an export
/// per pupil or staff member), the right to erasure of a pupil, and the processing register generated
/// from the configuration. Exports and the register: administrators and the privacy officer; an erasure, which
/// cannot be undone, administrators only (the privacy officer advises and monitors, AVG art. 39, and sees it in
/// the audit log). Every export and erasure is in the audit log.
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
        services.AddAuthorizationBuilder().AddPolicy(Policies.PersonalData, p => p.RequireRole(AppRoles.Admin, AppRoles.PrivacyOfficer));
        return builder;
    }
}
