using System.CommandLine;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht backup FILE</c> and <c>protocolwacht restore FILE</c> for a SQLite installation, with SQLite's online
/// backup API (the app may keep running). PostgreSQL has its own tools (<c>pg_dump</c>, <c>pg_restore</c>); for it both
/// commands say so and point to the README, rather than half doing the job.
/// </summary>
public static class BackupCommand
{
    private const string PostgresAdvice =
        "Deze installatie gebruikt PostgreSQL. Maak een backup met pg_dump en zet die terug met pg_restore; " +
        "de opdrachten staan in de README onder 'Backup en herstel'.";

    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<FileInfo>("BESTAND") { Description = "Het nieuwe backupbestand (mag nog niet bestaan)." };
        var database = new DatabaseOptions();
        var command = new Command("backup", """
            Maakt een backup van de SQLite-database van de app, ook terwijl de app draait.
            Afsluitcodes: 0 backup gemaakt, 1 niet gelukt (de reden staat erbij).
            """)
        { file };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database, parse, async settings =>
        {
            var target = parse.GetValue(file)!.FullName;
            await SqliteBackup.BackupAsync(settings, target, cancellationToken);
            await cli.Out.WriteLineAsync($"Backup gemaakt: {target} ({new FileInfo(target).Length} bytes).");
        }));
        return command;
    }

    public static Command CreateRestore(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = new Argument<FileInfo>("BESTAND") { Description = "Een backup gemaakt met 'protocolwacht backup'." };
        var database = new DatabaseOptions();
        var command = new Command("restore", """
            Zet een backup terug: vervangt de hele SQLite-database van de app in één stap. Weigert een bestand dat geen
            database van Protocolwacht is of van een nieuwere versie komt; dan verandert er niets.
            Stop de app liever eerst; de app werkt een oudere backup bij de volgende start bij.
            Afsluitcodes: 0 teruggezet, 1 niet teruggezet (de reden staat erbij).
            """)
        { file };
        database.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, database, parse, async settings =>
        {
            var source = parse.GetValue(file)!.FullName;
            await SqliteBackup.RestoreAsync(settings, source, cancellationToken);
            await cli.Out.WriteLineAsync($"Backup teruggezet uit {source}. Controleer het archief met 'protocolwacht archive verify'.");
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, DatabaseOptions database, ParseResult parse, Func<DatabaseSettings, Task> work)
    {
        try
        {
            var settings = DatabaseSettings.From(database.Configuration(parse), Directory.GetCurrentDirectory());
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await cli.Error.WriteLineAsync(PostgresAdvice);
                return ExitCodes.UsageOrInputError;
            }

            await work(settings);
            return ExitCodes.Success;
        }
        catch (BackupException ex)
        {
            await cli.Error.WriteLineAsync(ex.Message);
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"Niet gelukt: een bestand kon niet worden gelezen of geschreven (schijf vol, geen schrijfrechten of een map die wegviel). Technische details: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            await cli.Error.WriteLineAsync($"Niet gelukt. {DatabaseProblem.Describe(ex, database.Configuration(parse))}");
            return ExitCodes.UsageOrInputError;
        }
    }
}
