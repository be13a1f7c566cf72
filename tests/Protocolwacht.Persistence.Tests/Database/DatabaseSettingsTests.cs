using Microsoft.Extensions.Configuration;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Persistence.Tests.Database;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void From_NothingConfigured_IsSqliteInTheDataFolderOfTheContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "pw-root-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var settings = DatabaseSettings.From(Config(), root);

            Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
            Assert.Equal($"Data Source={Path.Combine(root, "data", "protocolwacht.db")}", settings.ConnectionString);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void From_Postgres_UsesItsConnectionString() =>
        Assert.Equal(
            new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=pw"),
            DatabaseSettings.From(Config(("Database:Provider", "postgres"), ("ConnectionStrings:Postgres", "Host=db;Database=pw")), "/unused"));

    [Fact]
    public void From_PostgresWithoutConnectionString_SaysWhatIsMissing() =>
        Assert.Contains("ConnectionStrings:Postgres", Assert.Throws<DatabaseSettingsException>(() => DatabaseSettings.From(Config(("Database:Provider", "Postgres")), "/unused")).Message, StringComparison.Ordinal);

    [Fact]
    public void From_UnknownProvider_IsRefused() =>
        Assert.Contains("Oracle", Assert.Throws<DatabaseSettingsException>(() => DatabaseSettings.From(Config(("Database:Provider", "Oracle")), "/unused")).Message, StringComparison.Ordinal);
}
