using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;

namespace Protocolwacht.Cli.Tests;

/// <summary>
/// Runs the real <c>protocolwacht</c> root command in-process (built as <c>Main</c> builds it), with string writers for its output
/// and a string as standard input, and returns what a user would have seen.
/// </summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliRun RunWithInput(string standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(standardInput), colour: false, OrganisationSource.Default);
        var exitCode = Program.BuildFor(cli, args).Parse(args).Invoke(cli.Invocation);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Output lines without the final newline's empty remainder.</summary>
    public IReadOnlyList<string> OutputLines => Output.Length == 0 ? [] : Output.TrimEnd('\n').Split('\n');
}
