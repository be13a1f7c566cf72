using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// The services every command that works on the app's database starts from: the system clock, logging and the
/// database as configured (relative paths from the directory the command runs in). A command adds what it needs more.
/// </summary>
internal static class DatabaseServices
{
    public static IServiceCollection For(IConfiguration configuration) => new ServiceCollection()
        .AddSingleton(TimeProvider.System)
        .AddLogging()
        .AddProtocolwachtDatabase(configuration, Directory.GetCurrentDirectory());
}
