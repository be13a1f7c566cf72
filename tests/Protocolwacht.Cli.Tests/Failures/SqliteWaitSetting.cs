using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// How long the CLI waits for another program's lock on a SQLite database, set the way an operator sets it: the
/// connection string's <c>Default Timeout</c> in the environment (<c>ConnectionStrings__Sqlite</c>), here one second
/// instead of the default 30, so a locked-database test does not wait out half a minute before the CLI says the
/// database is locked. The environment is the whole process's, so the tests that set it run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqliteWaitSetting
{
    public const string Name = "SQLite wait set in the environment";

    private const string Variable = "ConnectionStrings__Sqlite";

    /// <summary>Runs the CLI on <paramref name="database"/> while the environment gives its SQLite file a one-second wait.</summary>
    internal static async Task<CliRun> RunWithOneSecondWaitAsync(TestDatabase database, params string[] args)
    {
        var file = Path.Combine(database.DataDirectory!, "protocolwacht.db");
        Environment.SetEnvironmentVariable(Variable, $"Data Source={file};Default Timeout=1");
        try
        {
            return await AsyncCli.RunAsync([.. args, .. AsyncCli.Location(database)]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
