using System.CommandLine;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Commands;

namespace Protocolwacht.Cli;

/// <summary>The <c>protocolwacht</c> command. <see cref="BuildRoot"/> is the table of contents: one line per command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var cli = CliContext.FromConsole();
        try
        {
            return BuildRoot(cli).Parse(args).Invoke(cli.Invocation);
        }
        finally
        {
            cli.Flush();
        }
    }

    public static RootCommand BuildRoot(CliContext cli) => DutchHelp.Apply(new("Protocolwacht: controleer berichten voor social media tegen het social-mediaprotocol van Konot.")
    {
        CheckCommand.Create(cli),
        EvalCommand.Create(cli),
        OrgImportCommand.Create(cli),
        AdminCommand.Create(cli),
        ImportCommand.Create(cli),
        SearchCommand.Create(cli),
        ArchiveCommand.Create(cli),
        PrivacyCommand.Create(cli),
        PrivacyCommand.CreateRetention(cli),
        BackupCommand.Create(cli),
        BackupCommand.CreateRestore(cli),
        BenchCommand.Create(cli),
    });
}
