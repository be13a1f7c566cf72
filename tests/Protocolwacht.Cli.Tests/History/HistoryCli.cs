using Protocolwacht.Cli;
using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.History;

/// <summary>Runs <c>protocolwacht</c> in-process against a test database, and the export samples of the Imports tests.</summary>
internal static class HistoryCli
{
    public static string Sample(string name) => Path.Combine(RepositoryRoot.Path, "tests", "Protocolwacht.Imports.Tests", "Samples", name);

    public static string[] Location(TestDatabase database) => database.Settings.Provider == DatabaseProvider.Postgres
        ? ["--provider", "Postgres", "--connection", database.Settings.ConnectionString]
        : ["--data-dir", database.DataDirectory!];

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return (exitCode, output.ToString(), error.ToString());
    }
}
