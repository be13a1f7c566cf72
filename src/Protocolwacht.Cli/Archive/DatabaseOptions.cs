using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Protocolwacht.Cli.Commands;

namespace Protocolwacht.Cli.Archive;

/// <summary>The options that name the app's database, the same as <c>check --database</c> and <c>org import</c> take.</summary>
internal sealed class DatabaseOptions
{
    public Option<DirectoryInfo?> DataDir { get; } = new("--data-dir") { Description = "Map met de SQLite-database van de app (standaard: src/Protocolwacht.Web/data als die bestaat, anders ./data).", HelpName = "MAP" };
    public Option<string?> Provider { get; } = new("--provider") { Description = "Sqlite of Postgres (standaard uit de configuratie: Database:Provider).", HelpName = "NAAM" };
    public Option<string?> Connection { get; } = new("--connection") { Description = "Verbindingsgegevens voor PostgreSQL (standaard: ConnectionStrings:Postgres).", HelpName = "TEKST" };

    public void AddTo(Command command)
    {
        command.Options.Add(DataDir);
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public IConfiguration Configuration(ParseResult parse) =>
        OrgImportCommand.DatabaseConfiguration(parse.GetValue(DataDir), parse.GetValue(Provider), parse.GetValue(Connection));
}
