using System.CommandLine;
using System.CommandLine.Help;

namespace Protocolwacht.Cli;

/// <summary>
/// System.CommandLine ships no Dutch resources; the option descriptions it adds itself are replaced
/// so at least every line a user reads about an option is Dutch.
/// </summary>
internal static class DutchHelp
{
    public static RootCommand Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Toon hulp en gebruik.",
                VersionOption => "Toon het versienummer.",
                _ => option.Description,
            };
        }

        return root;
    }
}
