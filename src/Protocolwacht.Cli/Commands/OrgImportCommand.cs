using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht org import FILE</c>: loads or updates the organisation in the app's database from the
/// JSON format of the demo organisation, with a sign-in account for every new staff member, in one
/// transaction (<see cref="OrganisationImporter"/>, the same use case as the web page). A file with any problem is refused with
/// every problem (line and field) and the database is not touched. The database is found the way the
/// web app finds it: appsettings.json, environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__Postgres</c>, <c>Database__DataDirectory</c>) and the options below.
/// </summary>
public static class OrgImportCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<FileInfo>("BESTAND") { Description = "Organisatiebestand (JSON, zoals demo-organisation.json)." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Map met de SQLite-database van de app (standaard: src/Protocolwacht.Web/data als die bestaat, anders ./data).", HelpName = "MAP" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite of Postgres (standaard uit de configuratie: Database:Provider).", HelpName = "NAAM" };
        var connection = new Option<string?>("--connection") { Description = "Verbindingsgegevens voor PostgreSQL (standaard: ConnectionStrings:Postgres).", HelpName = "TEKST" };

        var import = new Command("import", """
            Laadt of werkt de organisatie bij (bestuur, scholen, medewerkers, leerlingen, ouders, officiële accounts) in één transactie,
            samen met een aanmeldaccount voor elke nieuwe medewerker (gebruikersnaam = medewerker-id).
            Een onjuist of inconsistent bestand wordt geweigerd met regel en veld van elk probleem; er verandert dan niets.
            Afsluitcodes: 0 geïmporteerd, 1 bestand geweigerd of database niet bereikbaar.
            """)
        {
            file, dataDir, provider, connection,
        };
        import.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            string json;
            try
            {
                json = await File.ReadAllTextAsync(path.FullName, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await cli.Error.WriteLineAsync(InputFileProblem.Describe(path.FullName, ex));
                return ExitCodes.UsageOrInputError;
            }

            var parsed = OrganisationFile.Parse(json);
            if (parsed.Organisation is null)
            {
                await cli.Error.WriteLineAsync($"Het organisatiebestand '{path.Name}' is geweigerd; er is niets gewijzigd.");
                foreach (var error in parsed.Errors)
                {
                    await cli.Error.WriteLineAsync($"  {error}");
                }

                return ExitCodes.UsageOrInputError;
            }

            var configuration = DatabaseConfiguration(parse.GetValue(dataDir), parse.GetValue(provider), parse.GetValue(connection));
            try
            {
                await using var services = DatabaseServices.For(configuration)
                    .AddStaffAccounts()
                    .Configure<SignInAccountOptions>(o => o.ReadFrom(configuration, IsDevelopment()))
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                // Migrate first (an empty database gets its tables), but never seed the demo over a real import.
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false, cancellationToken);
                var summary = await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(parsed.Organisation, Protocolwacht.Persistence.Audit.AuditActors.CommandLine, cancellationToken);
                await cli.Out.WriteLineAsync($"Organisatie '{parsed.Organisation.Board.Name}' geïmporteerd: {summary}.");
                if (summary.ConsentConflicts.Count > 0)
                {
                    await cli.Out.WriteLineAsync("Deze toestemmingen in het bestand wijken af van het toestemmingsregister en zijn niet overgenomen (het register blijft gelden):");
                    foreach (var conflict in summary.ConsentConflicts)
                    {
                        await cli.Out.WriteLineAsync($"  {conflict}");
                    }
                }
                return ExitCodes.Success;
            }
            catch (SignInAccountException ex)
            {
                await cli.Error.WriteLineAsync($"De import is mislukt en teruggedraaid; er is niets gewijzigd. {ex.Message}");
                return ExitCodes.UsageOrInputError;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                await cli.Error.WriteLineAsync(DatabaseProblem.NothingChangedBecause(ex, configuration, "de import"));
                return ExitCodes.UsageOrInputError;
            }
        });

        return new Command("org", "Beheer de organisatie in de database van de app.") { import, OrgPupilsCommand.Create(cli), OrgStaffCommand.Create(cli) };
    }

    /// <summary>The environment the web app would run in: ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT, else Production.</summary>
    public static string EnvironmentName() =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspNetCore ? aspNetCore
        : Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : "Production";

    /// <summary>Only in Development do new sign-in accounts get the demo password, as in the web app.</summary>
    private static bool IsDevelopment() => string.Equals(EnvironmentName(), "Development", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration the web app would read, seen from the current directory; other commands that need the database can use it too.</summary>
    public static IConfiguration DatabaseConfiguration(DirectoryInfo? dataDir, string? provider, string? connection)
    {
        var here = Directory.GetCurrentDirectory();
        var webApp = Path.Combine(here, "src", "Protocolwacht.Web");
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (dataDir is not null)
        {
            overrides["Database:DataDirectory"] = dataDir.FullName;
        }

        if (provider is not null)
        {
            overrides["Database:Provider"] = provider;
        }

        if (connection is not null)
        {
            overrides["ConnectionStrings:Postgres"] = connection;
        }

        var builder = new ConfigurationBuilder();
        // From the repository root the CLI uses the web app's settings and data folder, so both see one database.
        if (Directory.Exists(webApp))
        {
            builder.AddJsonFile(Path.Combine(webApp, "appsettings.json"), optional: true);
            builder.AddJsonFile(Path.Combine(webApp, $"appsettings.{EnvironmentName()}.json"), optional: true);
            builder.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = Path.Combine(webApp, "data") });
        }

        return builder
            .AddJsonFile(Path.Combine(here, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }
}
