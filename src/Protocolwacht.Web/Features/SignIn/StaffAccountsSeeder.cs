using Microsoft.Extensions.Options;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Web.Features.SignIn;

/// <summary>
/// At every start, gives staff without a sign-in account one (<see cref="SignInAccounts"/>): the demo
/// organisation of a first run, and databases from before imports created accounts themselves.
/// </summary>
public sealed partial class StaffAccountsSeeder(
    SignInAccounts accounts,
    IOptions<SignInAccountOptions> options,
    ILogger<StaffAccountsSeeder> logger) : IDatabaseSeeder
{
    public int Order => 100;

    public async Task SeedAsync(ProtocolwachtDbContext db, CancellationToken cancellationToken)
    {
        var created = await accounts.CreateMissingAsync(cancellationToken);
        if (created > 0 && options.Value.DemoPassword is { Length: > 0 } demoPassword)
        {
            LogDemoAccounts(logger, created, demoPassword);
        }
    }

    // No staff ids in the message: logs leave the process (OTLP), and a log is no place for who works where. The
    // README names a demo user per role.
    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Demo-accounts aangemaakt ({Count}). Meld je aan op /account/signin met je medewerker-id als gebruikersnaam " +
        "en het demowachtwoord '{Password}' (de README noemt een demogebruiker per rol). " +
        "Alleen in Development; stel in productie geen Identity:DemoPassword in.")]
    private static partial void LogDemoAccounts(ILogger logger, int count, string password);
}
