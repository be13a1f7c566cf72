using System.CommandLine;
using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli.Tests.Commands;

/// <summary>
/// <c>Main</c> builds only the command a run invokes (<see cref="Program.BuildFor"/>): the table's names must be the
/// built commands' names, and a command must answer the same with or without its siblings.
/// </summary>
public sealed class CommandTableTests
{
    [Fact]
    public void Table_NamesEveryBuiltCommandInOrder()
    {
        var root = Program.BuildRoot(Quiet());

        Assert.Equal(Program.Commands.Select(c => c.Name), root.Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void BuildFor_ACommandsName_BuildsThatCommandAlone()
    {
        var root = Program.BuildFor(Quiet(), ["check", "--jsonl", "x.jsonl"]);

        Assert.Equal(["check"], root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("chek")]
    [InlineData("")]
    public void BuildFor_NoCommandsName_BuildsEveryCommand(string first)
    {
        var root = Program.BuildFor(Quiet(), first.Length == 0 ? [] : [first]);

        Assert.Equal(Program.Commands.Length, root.Subcommands.Count);
    }

    [Fact]
    public void EveryCommand_AnswersHelpAndAWrongOptionAsWithItsSiblings()
    {
        foreach (var (name, _) in Program.Commands)
        {
            foreach (var args in new[] { new[] { name, "--help" }, [name, "--geen-optie"] })
            {
                var alone = Run(args, cli => Program.BuildFor(cli, args));
                var withSiblings = Run(args, Program.BuildRoot);

                Assert.True(alone == withSiblings, $"{string.Join(' ', args)}: {alone} against {withSiblings}");
            }
        }
    }

    private static CliRun Run(string[] args, Func<CliContext, RootCommand> build)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = build(cli).Parse(args).Invoke(cli.Invocation);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static CliContext Quiet() => new(TextWriter.Null, TextWriter.Null, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
}
