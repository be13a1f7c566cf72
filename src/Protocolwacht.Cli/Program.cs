using System.CommandLine;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Commands;

namespace Protocolwacht.Cli;

/// <summary>The <c>protocolwacht</c> command. <see cref="Commands"/> is the table of contents: one line per command.</summary>
public static class Program
{
    /// <summary>
    /// Each command's name and how to build it. The name is repeated here so that a run builds only the command it
    /// invokes: building every command's options (<c>Option&lt;T&gt;</c> over value types, compiled at run time) cost a
    /// one-post <c>check</c> some 0.02 s of processor time before it began. A test holds the names to the built commands.
    /// </summary>
    internal static readonly (string Name, Func<CliContext, Command> Create)[] Commands =
    [
        ("check", CheckCommand.Create),
        ("eval", EvalCommand.Create),
        ("org", OrgImportCommand.Create),
        ("admin", AdminCommand.Create),
        ("import", ImportCommand.Create),
        ("search", SearchCommand.Create),
        ("archive", ArchiveCommand.Create),
        ("privacy", PrivacyCommand.Create),
        ("retention", PrivacyCommand.CreateRetention),
        ("backup", BackupCommand.Create),
        ("restore", BackupCommand.CreateRestore),
        ("bench", BenchCommand.Create),
    ];

    public static int Main(string[] args)
    {
        var cli = CliContext.FromConsole();
        try
        {
            return BuildFor(cli, args).Parse(args).Invoke(cli.Invocation);
        }
        finally
        {
            cli.Flush();
        }
    }

    /// <summary>Every command, for help on the whole program and for anything that is not a command's name.</summary>
    public static RootCommand BuildRoot(CliContext cli) => Root(cli, Commands);

    /// <summary>
    /// The root with only the command <paramref name="args"/> starts with, when it starts with one; otherwise
    /// <see cref="BuildRoot"/>. A command's parsing, help and errors do not depend on its siblings.
    /// </summary>
    public static RootCommand BuildFor(CliContext cli, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var command in Commands)
        {
            if (args.Length > 0 && args[0] == command.Name)
            {
                return Root(cli, [command]);
            }
        }

        return BuildRoot(cli);
    }

    private static RootCommand Root(CliContext cli, (string Name, Func<CliContext, Command> Create)[] commands)
    {
        var root = new RootCommand("Protocolwacht: controleer berichten voor social media tegen het social-mediaprotocol van Konot.");
        foreach (var (_, create) in commands)
        {
            root.Subcommands.Add(create(cli));
        }

        return DutchHelp.Apply(root);
    }
}
