using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary><c>protocolwacht privacy register</c> and <c>retention run</c> with a wrong argument or without a database: Dutch, and nothing made.</summary>
[Collection(RetentionSettings.Name)] // one test sets a retention period in the environment, which PrivacyCommandTests reads too
public sealed class PrivacyCommandFailureTests
{
    [Fact]
    public async Task PrivacyRegister_UnknownProvider_SaysWhichSettingInDutch_AndMakesNoFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"protocolwacht-nergens-{Guid.NewGuid():N}");

        var run = await AsyncCli.RunAsync("privacy", "register", "--provider", "Oracle", "--data-dir", folder);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal("Er is niets gewijzigd. Database:Provider 'Oracle' is onbekend; kies Sqlite of Postgres.", run.Error.Trim());
        Assert.False(Directory.Exists(folder));
        AsyncCli.AssertNoStackTraceNorEnglish(run);
    }

    [Fact]
    public async Task RetentionRun_NoDatabaseInTheFolder_RefusesInDutch_AndCreatesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("protocolwacht-leeg-").FullName;
        try
        {
            var run = await AsyncCli.RunAsync("retention", "run", "--data-dir", folder);

            Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
            Assert.StartsWith($"Er is geen database in '{folder}'", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RetentionRun_RetentionSettingThatIsNoDuration_SaysWhichSettingInDutch()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Environment.SetEnvironmentVariable("Retention__SignInRecords", "een half jaar");
        CliRun run;
        try
        {
            run = await AsyncCli.RunAsync(["retention", "run", "--dry-run", .. AsyncCli.Location(database)]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Retention__SignInRecords", null);
        }

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("Een bewaartermijn in de instellingen (Retention) is geen tijdsduur", run.Error, StringComparison.Ordinal);
        AsyncCli.AssertNoStackTraceNorEnglish(run);
    }
}
