using Protocolwacht.Persistence.Archive;
using Protocolwacht.Web.Infrastructure.BackgroundJobs;

namespace Protocolwacht.Web.Features.Archive;

/// <summary>
/// The permanent archive (issue #10): a record of every publication, signed tree heads at intervals and
/// the retention of record contents. The records, proofs and verification live in Persistence/Archive
/// and Domain/Archive; the command line reads the same tables (<c>protocolwacht archive</c>).
/// </summary>
public static class ArchiveFeature
{
    public static WebApplicationBuilder AddArchive(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ArchiveOptions>(builder.Configuration.GetSection("Archive"));
        services.AddScoped<ArchiveSigningKeys>();
        services.AddScoped<PublicationArchiver>();
        services.AddRecurringJob<TreeHeadJob>();
        services.AddRecurringJob<RetentionJob>();
        return builder;
    }
}
