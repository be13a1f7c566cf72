using System.CommandLine;
using Protocolwacht.Checks;

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

    public Option<DirectoryInfo?> Lexicons { get; } = new("--lexicons")
    {
        Description = "Map met extra lexiconregels (dezelfde bestandsnamen en tabs als de ingebouwde lexicons), gelezen bij het starten. Standaard: de map 'lexicons' naast het programma, als die bestaat.",
        HelpName = "MAP",
    };

    public void AddTo(Command command)
    {
        command.Add(Org);
        command.Add(Lexicons);
    }

    /// <returns>The checker and its organisation, or null after writing the Dutch reason to standard error.</returns>
    public ReadyChecker? Create(ParseResult parse, CliContext cli)
    {
        var load = cli.Organisations.Load(parse.GetValue(Org));
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
