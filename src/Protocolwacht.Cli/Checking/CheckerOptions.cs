using System.CommandLine;
using Protocolwacht.Checks;
using Protocolwacht.Cli.Commands;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli.Checking;

/// <summary>
/// The options every checking command shares (<c>--org</c>, <c>--lexicons</c>) and the one way a
/// command turns them into a ready checker, so <c>check</c> and <c>eval</c> cannot drift apart.
/// </summary>
internal sealed class CheckerOptions
{
    /// <summary>Where an administrator drops extra lexicon lines when no --lexicons is given: beside the executable.</summary>
    public static string DefaultLexiconFolder => Path.Combine(AppContext.BaseDirectory, "lexicons");

    public Option<FileInfo?> Org { get; } = new("--org")
    {
        Description = "Organisatiebestand (JSON, het formaat van de demo-organisatie). Zonder deze optie wordt de meegeleverde demo-organisatie (Konot) gebruikt.",
        HelpName = "BESTAND",
    };

    public Option<bool> Database { get; } = new("--database")
    {
        Description = "Gebruik de organisatie uit de database van de app (dezelfde configuratie als 'org import'; met --data-dir, --provider en --connection).",
    };

    public Option<DirectoryInfo?> DataDir { get; } = new("--data-dir") { Description = "Met --database: map met de SQLite-database van de app.", HelpName = "MAP" };

    public Option<string?> Provider { get; } = new("--provider") { Description = "Met --database: Sqlite of Postgres.", HelpName = "NAAM" };

    public Option<string?> Connection { get; } = new("--connection") { Description = "Met --database: verbindingsgegevens voor PostgreSQL.", HelpName = "TEKST" };

    public Option<DirectoryInfo?> Lexicons { get; } = new("--lexicons")
    {
        Description = "Map met extra lexiconregels (dezelfde bestandsnamen en tabs als de ingebouwde lexicons), gelezen bij het starten. Standaard: de map 'lexicons' naast het programma, als die bestaat.",
        HelpName = "MAP",
    };

    public void AddTo(Command command)
    {
        command.Add(Org);
        command.Add(Database);
        command.Add(DataDir);
        command.Add(Provider);
        command.Add(Connection);
        command.Add(Lexicons);
    }

    /// <returns>The checker and its organisation, or null after writing the Dutch reason to standard error.</returns>
    public ReadyChecker? Create(ParseResult parse, CliContext cli)
    {
        if (parse.GetValue(Database) && parse.GetValue(Org) is not null)
        {
            cli.Error.WriteLine("Kies --org of --database, niet allebei.");
            return null;
        }

        var load = parse.GetValue(Database)
            ? DatabaseOrganisation.Load(OrgImportCommand.DatabaseConfiguration(parse.GetValue(DataDir), parse.GetValue(Provider), parse.GetValue(Connection)))
            : cli.Organisations.Load(parse.GetValue(Org));
        if (load.Organisation is not { } organisation)
        {
            foreach (var line in load.Errors)
            {
                cli.Error.WriteLine(line);
            }

            return null;
        }

        var lexicons = parse.GetValue(Lexicons);
        if (lexicons is not null && !lexicons.Exists)
        {
            cli.Error.WriteLine($"De lexiconmap '{lexicons.FullName}' bestaat niet.");
            return null;
        }

        var options = new CheckOptions { ExtraLexiconFolder = lexicons?.FullName ?? DefaultLexiconFolder };
        return new ReadyChecker(ProtocolChecker.Create(organisation, options), organisation);
    }
}
