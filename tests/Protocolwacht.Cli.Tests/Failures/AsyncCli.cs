using Protocolwacht.Cli.Organisation;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>Runs the real root command asynchronously (the database commands are async), as <see cref="CliRunner"/> does.</summary>
internal static class AsyncCli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new CliContext(output, error, () => new StringReader(string.Empty), colour: false, OrganisationSource.Default);
        var exitCode = await Program.BuildRoot(cli).Parse(args).InvokeAsync(cli.Invocation);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string[] Location(TestDatabase database) => database.Settings.Provider == DatabaseProvider.Postgres
        ? ["--provider", "Postgres", "--connection", database.Settings.ConnectionString]
        : ["--data-dir", database.DataDirectory!];

    /// <summary>What a stack trace or an untranslated runtime message would leave in the output.</summary>
    public static void AssertNoStackTraceNorEnglish(CliRun run)
    {
        var all = run.Output + run.Error;
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Access to the path", all, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", all, StringComparison.Ordinal);
    }
}
