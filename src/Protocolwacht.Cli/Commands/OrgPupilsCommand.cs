using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation.Pupils;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht org pupils FILE [--parents FILE] [--school ID] [--apply]</c>: the pupil import of the web page
/// <c>/organisation/pupils/import</c> (<see cref="PupilImporter"/>). Without <c>--apply</c> it only shows what would
/// change; with it, it applies in one transaction. A file with any problem is refused with file, row and column.
/// </summary>
public static class OrgPupilsCommand
{
    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<FileInfo>("BESTAND") { Description = "Leerlingenexport: CSV of Excel (ParnasSys, Magister, Somtoday) of EDEX.XML." };
        var parents = new Option<FileInfo?>("--parents") { Description = "Oudersexport (CSV of Excel), als de ouders in een apart bestand staan.", HelpName = "BESTAND" };
        var school = new Option<string?>("--school") { Description = "School (id of BRIN-nummer) van regels zonder BRIN.", HelpName = "SCHOOL" };
        var apply = new Option<bool>("--apply") { Description = "Voer de wijzigingen door (zonder deze optie alleen een voorvertoning)." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Map met de SQLite-database van de app.", HelpName = "MAP" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite of Postgres (standaard uit de configuratie: Database:Provider).", HelpName = "NAAM" };
        var connection = new Option<string?>("--connection") { Description = "Verbindingsgegevens voor PostgreSQL (standaard: ConnectionStrings:Postgres).", HelpName = "TEKST" };
        var command = new Command("pupils", """
            Leest een leerlingenexport en laat zien wat er verandert: nieuwe leerlingen, leerlingen die van groep of school wisselden,
            vertrokken leerlingen en gewijzigde ouders. Met --apply wordt dat in één transactie vastgelegd. Toestemmingen in het
            register veranderen nooit. Afsluitcodes: 0 gelukt, 1 bestand geweigerd of database niet bereikbaar.
            """)
        {
            file, parents, school, apply, dataDir, provider, connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pupilPath = parse.GetValue(file)!;
            var parentsPath = parse.GetValue(parents);
            PupilFile pupilFile;
            try
            {
                await using var pupilStream = pupilPath.OpenRead();
                await using var parentStream = parentsPath?.OpenRead();
                pupilFile = PupilFile.Read(pupilStream, pupilPath.Name, parentStream, parentsPath?.Name, parse.GetValue(school), TimeProvider.System);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await cli.Error.WriteLineAsync(InputFileProblem.Describe(ex is FileNotFoundException { FileName: { } missing } ? missing : pupilPath.FullName, ex));
                return ExitCodes.UsageOrInputError;
            }

            var configuration = OrgImportCommand.DatabaseConfiguration(parse.GetValue(dataDir), parse.GetValue(provider), parse.GetValue(connection));
            try
            {
                await using var services = DatabaseServices.For(configuration)
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false, cancellationToken);
                var importer = scope.ServiceProvider.GetRequiredService<PupilImporter>();
                var doApply = parse.GetValue(apply);
                var preview = doApply
                    ? (await importer.ApplyAsync(pupilFile, Protocolwacht.Persistence.Audit.AuditActors.CommandLine, expectedFingerprint: null, cancellationToken)).Preview
                    : await importer.PreviewAsync(pupilFile, cancellationToken);
                return await PupilPreviewWriter.WriteAsync(cli, preview, doApply);
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
