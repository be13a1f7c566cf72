using System.CommandLine;

namespace Protocolwacht.Cli.Organisation;

/// <summary>The <c>--org</c> option, shared by every command that checks against an organisation.</summary>
public static class OrgOption
{
    public static Option<FileInfo?> Create() => new("--org")
    {
        Description = "Organisatiebestand (JSON, het formaat van de demo-organisatie). Zonder deze optie wordt de meegeleverde demo-organisatie (Konot) gebruikt.",
        HelpName = "BESTAND",
    };
}
