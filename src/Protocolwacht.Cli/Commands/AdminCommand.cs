using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht admin invite STAFF_ID [--beheerder]</c>: how the first administrator of a real
/// installation gets in. Outside Development nobody has a password, and only an administrator can invite
/// in the app, so someone with access to the server makes the one-time link here (72 hours, used once)
/// and hands it over; <c>--beheerder</c> also gives the administrator role. The link is printed, not
/// mailed: mail may not be set up yet. Both are written to the audit log as done at the command line.
/// </summary>
public static class AdminCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var staff = new Argument<string>("MEDEWERKER") { Description = "Medewerker-id (gebruikersnaam) uit het geïmporteerde organisatiebestand." };
        var admin = new Option<bool>("--beheerder") { Description = "Geef deze medewerker ook de rol beheerder." };
        var url = new Option<string?>("--url") { Description = "Openbaar adres van de app (standaard: Mail:PublicBaseUrl).", HelpName = "URL" };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Map met de SQLite-database van de app.", HelpName = "MAP" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite of Postgres (standaard uit de configuratie).", HelpName = "NAAM" };
        var connection = new Option<string?>("--connection") { Description = "Verbindingsgegevens voor PostgreSQL.", HelpName = "TEKST" };

        var invite = new Command("invite", """
            Maakt een eenmalige link (72 uur geldig) waarmee de medewerker een wachtwoord kiest, en toont die.
            Zo komt de eerste beheerder binnen; daarna nodigt een beheerder anderen uit op /staff-accounts.
            Afsluitcodes: 0 link gemaakt, 1 onbekende medewerker of database niet bereikbaar.
            """)
        {
            staff, admin, url, dataDir, provider, connection,
        };
        invite.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = OrgImportCommand.DatabaseConfiguration(parse.GetValue(dataDir), parse.GetValue(provider), parse.GetValue(connection));
            var staffId = parse.GetValue(staff)!.Trim();
            try
            {
                await using var services = DatabaseServices.For(configuration)
                    .AddStaffAccounts()
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false, cancellationToken);
                var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
                if (await users.FindByNameAsync(staffId) is not { } user)
                {
                    await cli.Error.WriteLineAsync($"Er is geen aanmeldaccount voor medewerker '{staffId}'. Importeer eerst de organisatie (protocolwacht org import).");
                    return ExitCodes.UsageOrInputError;
                }

                var db = scope.ServiceProvider.GetRequiredService<ProtocolwachtDbContext>();
                var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (parse.GetValue(admin) && !await users.IsInRoleAsync(user, AppRoles.Admin))
                {
                    await EnsureRoleAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
                    await users.AddToRoleAsync(user, AppRoles.Admin);
                    await audit.RecordAsync(AuditActors.CommandLine, AuditActions.RoleGranted, $"medewerker:{staffId}", AppRoles.Admin, cancellationToken);
                }

                var token = scope.ServiceProvider.GetRequiredService<PasswordLinks>().Create(staffId, PasswordLinks.Invite, AuditActors.CommandLine);
                await audit.RecordAsync(AuditActors.CommandLine, AuditActions.StaffInvited, $"medewerker:{staffId}", "link op de opdrachtregel, 72 uur geldig", cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);

                var baseUrl = new Uri(parse.GetValue(url) ?? configuration["Mail:PublicBaseUrl"] ?? "http://localhost:5080/");
                await cli.Out.WriteLineAsync($"Link voor {staffId} (72 uur geldig, werkt één keer):");
                await cli.Out.WriteLineAsync(new Uri(baseUrl, "/account/password/" + token).ToString());
                return ExitCodes.Success;
            }
            catch (UriFormatException)
            {
                await cli.Error.WriteLineAsync($"Het adres '{parse.GetValue(url) ?? configuration["Mail:PublicBaseUrl"]}' (--url of Mail:PublicBaseUrl) is geen volledig webadres, zoals https://protocolwacht.konot.nl/. De link is niet getoond; maak een nieuwe met een goed adres.");
                return ExitCodes.UsageOrInputError;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                await cli.Error.WriteLineAsync($"Er is geen link gemaakt. {DatabaseProblem.Describe(ex, configuration)}");
                return ExitCodes.UsageOrInputError;
            }
        });

        return new Command("admin", "Aanmelden beheren vanaf de server.") { invite };
    }

    private static async Task EnsureRoleAsync(RoleManager<IdentityRole> roles)
    {
        if (!await roles.RoleExistsAsync(AppRoles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(AppRoles.Admin));
        }
    }
}
