using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Protocol;

namespace Protocolwacht.Persistence.Database;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProtocolwachtDbContext"/> (scoped) and its factory (for background work) on the
    /// provider the configuration chooses, plus the seeders every host needs.
    /// </summary>
    public static IServiceCollection AddProtocolwachtDatabase(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var settings = DatabaseSettings.From(configuration, contentRootPath);
        services.AddSingleton(settings);
        services.AddDbContextFactory<ProtocolwachtDbContext>(settings.Configure, ServiceLifetime.Scoped);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<IDatabaseSeeder, ConsentPurposeSeeder>();
        services.AddScoped<IDatabaseSeeder, DemoOrganisationSeeder>();
        services.AddScoped<OrganisationImporter>();
        services.AddScoped<OrganisationReader>();
        services.AddScoped<ConsentRegister>();
        services.AddScoped<IDatabaseSeeder, ProtocolVersionSeeder>();
        services.AddScoped<ProtocolVersions>();
        services.AddScoped<IProtocolAcknowledgements, ProtocolAcknowledgements>();
        return services;
    }
}
