using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.Persistence.Organisation.StaffImport;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht org staff FILE [--apply]</c>: the HR staff import of <c>/organisation/staff/import</c>
/// (<see cref="StaffImporter"/>): a preview by default, applied with sign-in accounts for new staff in one transaction with <c>--apply</c>.
/// </summary>
public static class OrgStaffCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<FileInfo>("BESTAND") { Description = "Personeelsexport (CSV of Excel): personeelsnummer, naam, school, functie, leidinggevende, werk-e-mailadres." };
        var apply = new Option<bool>("--apply") { Description = "Voer de wijzigingen door (zonder deze optie alleen een voorvertoning)." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Map met de SQLite-database van de app.", HelpName = "MAP" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite of Postgres (standaard uit de configuratie: Database:Provider).", HelpName = "NAAM" };
        var connection = new Option<string?>("--connection") { Description = "Verbindingsgegevens voor PostgreSQL (standaard: ConnectionStrings:Postgres).", HelpName = "TEKST" };
        var command = new Command("staff", """
            Leest een export uit het personeelssysteem en laat zien wie nieuw is, wie gewijzigd is en wie niet meer in de export staat
            (die wordt verwijderd). Met --apply wordt dat in één transactie vastgelegd, met een aanmeldaccount voor elke nieuwe medewerker.
            Afsluitcodes: 0 gelukt, 1 bestand geweigerd of database niet bereikbaar.
            """)
        {
            file, apply, dataDir, provider, connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            StaffFile staffFile;
            try
            {
                await using var stream = path.OpenRead();
                staffFile = StaffFile.Read(stream, path.Name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await cli.Error.WriteLineAsync(InputFileProblem.Describe(path.FullName, ex));
                return ExitCodes.UsageOrInputError;
            }

            var configuration = OrgImportCommand.DatabaseConfiguration(parse.GetValue(dataDir), parse.GetValue(provider), parse.GetValue(connection));
            try
            {
                await using var services = DatabaseServices.For(configuration)
                    .AddStaffAccounts()
                    .Configure<SignInAccountOptions>(o => o.ReadFrom(configuration, string.Equals(OrgImportCommand.EnvironmentName(), "Development", StringComparison.OrdinalIgnoreCase)))
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false, cancellationToken);
                var importer = scope.ServiceProvider.GetRequiredService<StaffImporter>();
                if (!parse.GetValue(apply))
                {
                    return await StaffPreviewWriter.WriteAsync(cli, await importer.PreviewAsync(staffFile, importedBy: null, cancellationToken), null);
                }

                var outcome = await importer.ApplyAsync(staffFile, importedBy: null, expectedFingerprint: null, cancellationToken);
                return await StaffPreviewWriter.WriteAsync(cli, outcome.Preview, outcome.SignInAccountsCreated);
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
        return command;
    }
}
