using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Checks;
using Protocolwacht.Cli.Archive;
using Protocolwacht.Cli.History;
using Protocolwacht.History;
using Protocolwacht.History.Import;
using Protocolwacht.Imports.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Organisation;
using Spectre.Console;

namespace Protocolwacht.Cli.Commands;

/// <summary>
/// <c>protocolwacht import x|mastodon|facebook|linkedin|instagram|csv FILE --account ACCOUNT_ID</c>: brings an
/// account's history from the platform's export into the archive, checked against the protocol, through
/// <see cref="PostImporter"/> (the same use case as <c>/history/import</c>). Exit 0 when imported (also when
/// everything was already there), 1 when the file, account or database is refused; nothing is written then.
/// </summary>
public static class ImportCommand
{
    private static readonly (string Name, ImportPlatform Format, string File)[] Formats =
    [
        ("x", ImportPlatform.X, "data/tweets.js uit het X-archief"),
        ("mastodon", ImportPlatform.Mastodon, "outbox.json uit de Mastodon-accountexport"),
        ("facebook", ImportPlatform.Facebook, "het berichtenbestand (JSON) uit de Facebook-paginaexport"),
        ("linkedin", ImportPlatform.LinkedIn, "Shares.csv uit de LinkedIn-export"),
        ("instagram", ImportPlatform.Instagram, "content/posts_1.json uit de Instagram-export"),
        ("csv", ImportPlatform.Csv, "een eenvoudig CSV-bestand met de kolommen date,text,url"),
    ];

    public static Command Create(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var command = new Command("import", """
            Importeert de geschiedenis van een account uit de export van het platform in het archief, gemarkeerd als 'geïmporteerd',
            en controleert elk bericht tegen het protocol. Opnieuw importeren voegt niets dubbel toe.
            Een onjuist bestand wordt geweigerd met bestand en regel of JSON-pad van elk probleem; er verandert dan niets.
            Afsluitcodes: 0 geïmporteerd (ook als alles er al was), 1 bestand, account of database geweigerd.
            """);
        foreach (var (name, format, file) in Formats)
        {
            command.Subcommands.Add(Format(cli, name, format, file));
        }

        return command;
    }

    private static Command Format(CliContext cli, string name, ImportPlatform format, string description)
    {
        var file = new Argument<FileInfo>("BESTAND") { Description = $"De export: {description}." };
        var account = new Option<string>("--account") { Description = "Het account in de organisatie (account-id, bijv. regenboog-x).", HelpName = "ACCOUNT", Required = true };
        var notes = new Option<FileInfo?>("--notes")
        {
            Description = "Alleen x: data/note-tweet.js met de volledige tekst van lange berichten. Zonder deze optie wordt note-tweet.js naast BESTAND gebruikt als die er is.",
            HelpName = "NOTE_TWEET_JS",
        };
        var database = new DatabaseOptions();
        var command = new Command(name, $"Importeer {description}.") { file, account };
        if (format == ImportPlatform.X)
        {
            command.Options.Add(notes);
        }

        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await cli.Error.WriteLineAsync($"Het bestand '{path.FullName}' bestaat niet; er is niets geïmporteerd.");
                return ExitCodes.UsageOrInputError;
            }

            var notesPath = format == ImportPlatform.X ? NoteTweetsFile(path, parse.GetValue(notes)) : null;
            if (notesPath is { Exists: false })
            {
                await cli.Error.WriteLineAsync($"Het bestand '{notesPath.FullName}' bestaat niet; er is niets geïmporteerd.");
                return ExitCodes.UsageOrInputError;
            }

            try
            {
                await using var services = DatabaseServices.For(database.Configuration(parse))
                    .AddHistory()
                    .BuildServiceProvider();
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(seedDemoData: false, cancellationToken);
                var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationReader>().LoadAsync(cancellationToken);
                if (organisation is null)
                {
                    await cli.Error.WriteLineAsync("De database van de app bevat nog geen organisatie. Start de app eenmaal of gebruik 'protocolwacht org import'.");
                    return ExitCodes.UsageOrInputError;
                }

                var console = SpectreOutput.For(cli);
                var importer = scope.ServiceProvider.GetRequiredService<PostImporter>();
                await using var stream = path.OpenRead();
                await using var notesStream = notesPath?.OpenRead();
                var noteTweets = notesStream is null ? null : new ExportPart(notesPath!.Name, notesStream);
                if (noteTweets is not null)
                {
                    await cli.Out.WriteLineAsync($"Lange berichten: volledige tekst uit '{notesPath!.FullName}'.");
                }

                var outcome = await WithProgressAsync(console, cli.Colour, progress => importer.ImportAsync(
                    format, stream, path.Name, parse.GetValue(account)!, "protocolwacht import", ProtocolChecker.Create(organisation), progress, noteTweets, cancellationToken));
                if (outcome.Report is null)
                {
                    await cli.Error.WriteLineAsync(outcome.Refusal);
                    foreach (var issue in outcome.Issues)
                    {
                        await cli.Error.WriteLineAsync($"  {issue}");
                    }

                    return ExitCodes.UsageOrInputError;
                }

                ImportReportWriter.Write(console, outcome.Report);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Opening or reading the export (or note-tweet.js): nothing was written, the import reads the whole file first.
                await cli.Error.WriteLineAsync(InputFileProblem.Describe(ex is FileNotFoundException { FileName: { } missing } ? missing : path.FullName, ex));
                return ExitCodes.UsageOrInputError;
            }
            catch (Exception ex) when (ex is InvalidOperationException or DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                await cli.Error.WriteLineAsync(DatabaseProblem.NothingChangedBecause(ex, database.Configuration(parse), "de import"));
                return ExitCodes.UsageOrInputError;
            }
        });
        return command;
    }

    /// <summary>
    /// The note file named with <c>--notes</c>, or else <c>note-tweet.js</c> in the folder of <c>tweets.js</c> (where
    /// the X archive keeps it), or none. Without it a long post would be archived cut off at 280 characters.
    /// </summary>
    private static FileInfo? NoteTweetsFile(FileInfo tweets, FileInfo? named)
    {
        if (named is not null)
        {
            return named;
        }

        var beside = new FileInfo(Path.Combine(tweets.DirectoryName ?? ".", "note-tweet.js"));
        return beside.Exists ? beside : null;
    }

    /// <summary>A live progress bar on a terminal; without one (a pipe, a test) the work runs without it.</summary>
    private static async Task<ImportOutcome> WithProgressAsync(IAnsiConsole console, bool live, Func<IProgress<(int Done, int Total)>?, Task<ImportOutcome>> work)
    {
        if (!live)
        {
            return await work(null);
        }

        return await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Berichten controleren en archiveren");
            var progress = new Progress<(int Done, int Total)>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            return await work(progress);
        });
    }
}
