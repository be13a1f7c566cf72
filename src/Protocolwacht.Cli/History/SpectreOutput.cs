using Spectre.Console;

namespace Protocolwacht.Cli.History;

/// <summary>A Spectre.Console console on the command's own writer: colour and a live progress bar on a terminal, plain tables otherwise (tests, pipes).</summary>
internal static class SpectreOutput
{
    public static IAnsiConsole For(CliContext cli)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(cli.Out),
            Ansi = cli.Colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = cli.Colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = cli.Colour ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!cli.Colour)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
