using System.Reflection;
using Protocolwacht.Persistence.Database;
using Xunit.Sdk;

namespace Protocolwacht.Web.Tests.Support;

/// <summary>Runs a theory once on SQLite and once on a real PostgreSQL server; never skipped.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}
