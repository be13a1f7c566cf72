using System.Reflection;
using Protocolwacht.Persistence.Database;
using Xunit.Sdk;

namespace Protocolwacht.TestSupport;

/// <summary>
/// Runs a theory once per database Protocolwacht supports: SQLite and a real PostgreSQL server
/// (<see cref="PostgresTestServer"/>). The theory takes a <see cref="DatabaseProvider"/>. Neither run is
/// ever skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}
