using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Cli.Organisation;

/// <summary>
/// The organisation as the web app has it: read from the app's database (the same configuration
/// <c>org import</c> uses), so a check from the command line sees today's roster and consent.
/// </summary>
internal static class DatabaseOrganisation
{
    public static OrganisationLoad Load(IConfiguration configuration)
    {
        try
        {
            using var services = new ServiceCollection()
                .AddSingleton(TimeProvider.System)
                .AddProtocolwachtDatabase(configuration, Directory.GetCurrentDirectory())
                .BuildServiceProvider();
            using var scope = services.CreateScope();
            // A command line has no synchronisation context; blocking here cannot deadlock.
            var organisation = scope.ServiceProvider.GetRequiredService<OrganisationReader>().LoadAsync().GetAwaiter().GetResult();
            return organisation is null
                ? OrganisationLoad.Failed("De database van de app bevat nog geen organisatie. Start de app eenmaal of gebruik 'protocolwacht org import'.")
                : OrganisationLoad.Loaded(organisation);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException)
        {
            return OrganisationLoad.Failed($"De organisatie kan niet uit de database van de app worden gelezen. {Commands.DatabaseProblem.Describe(ex, configuration)}");
        }
    }
}
