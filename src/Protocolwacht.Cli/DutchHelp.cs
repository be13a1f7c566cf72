using System.CommandLine;
using System.CommandLine.Help;

namespace Protocolwacht.Cli;

/// <summary>
/// System.CommandLine ships no Dutch resources. The descriptions of the options it adds itself are set in Dutch
/// here, at the source; the rest of its own output (errors, headings) is translated on its way out by
/// <see cref="Localization.ParserTextWriter"/>.
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
