using System.Reflection;
using Protocolwacht.Persistence.Database;
using Xunit.Sdk;

namespace Protocolwacht.Persistence.Tests.Support;

/// <summary>
/// Runs a theory once per database Protocolwacht supports: SQLite (a temporary file) and a real PostgreSQL
/// server (from TestSupport). The theory takes a <see cref="DatabaseProvider"/> and builds its
/// <see cref="TestDatabase"/> from it. Neither run is ever skipped.
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
