using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Protocolwacht.Persistence.Consent;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.Persistence.Protocol;

namespace Protocolwacht.Persistence.Database;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProtocolwachtDbContext"/> (scoped) and its factory (for background work) on the
    /// provider the configuration chooses, plus the seeders and use cases every host needs. A host that
    /// imports an organisation also registers sign-in accounts (Identity, or <see cref="StaffIdentity.AddStaffAccounts"/>).
    /// </summary>
    public static IServiceCollection AddProtocolwachtDatabase(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        services.AddSingleton(DatabaseSettings.From(configuration, contentRootPath));
        // The settings come from the container for each scope's context options (not captured here), so the
        // registration of DatabaseSettings is the one place that says where the database is: a host that replaces it
        // (the web tests give one app a fresh database per test) moves every scope that starts afterwards. In the app
        // it is the singleton above, the same object for every scope. A host adds its own interceptors by registering
        // IInterceptor (the web app's change signal for its live pages).
        services.AddDbContextFactory<ProtocolwachtDbContext>(
            (provider, options) => provider.GetRequiredService<DatabaseSettings>().Configure(options).AddInterceptors(provider.GetServices<IInterceptor>()),
            ServiceLifetime.Scoped);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<IDatabaseSeeder, ConsentPurposeSeeder>();
        services.AddScoped<IDatabaseSeeder, DemoOrganisationSeeder>();
        services.AddScoped<IDatabaseSeeder, PlatformDecisions.DemoPlatformDecisionSeeder>();
        services.AddScoped<OrganisationRows>();
        services.AddScoped<OrganisationImporter>();
        services.AddScoped<Organisation.Pupils.PupilImporter>();
        services.AddScoped<Organisation.StaffImport.StaffImporter>();
        services.AddScoped<OrganisationEdits>();
        services.AddScoped<SignInAccounts>();
        services.AddScoped<PasswordLinks>();
        services.AddScoped<OrganisationReader>();
        services.AddScoped<ConsentRegister>();
        services.AddScoped<IDatabaseSeeder, ProtocolVersionSeeder>();
        services.AddScoped<ProtocolVersions>();
        services.AddScoped<IProtocolAcknowledgements, ProtocolAcknowledgements>();
        services.AddScoped<Archive.ArchiveLog>();
        services.AddScoped<Archive.ArchiveStore>();
        services.AddScoped<Archive.ArchiveTreeHeads>();
        services.AddScoped<Archive.ArchiveRedactions>();
        services.AddScoped<Audit.IAuditLog, Audit.AuditLog>();
        services.AddScoped<Privacy.RetentionSweeper>();
        return services;
    }
}
