using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Database;

namespace Protocolwacht.Web.Tests.Infrastructure.Database;

/// <summary>The thread pool's minimum is process-wide, so these tests run alone (another test's app would raise it).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideThreadPoolCollection
{
    public const string Name = "Process-wide thread pool";
}

[Collection(ProcessWideThreadPoolCollection.Name)]
public sealed class SqliteThreadReserveTests
{
    [Theory]
    [AllDatabases]
    public async Task AppStart_OnSqlite_RaisesThePoolsMinimum_OnPostgres_LeavesIt(DatabaseProvider provider)
    {
        ThreadPool.GetMinThreads(out var originalWorkers, out var completionPorts);
        try
        {
            Assert.True(ThreadPool.SetMinThreads(Environment.ProcessorCount, completionPorts));
            ThreadPool.GetMinThreads(out var lowered, out _);
            Assert.True(lowered < SqliteThreadReserve.MinimumWorkerThreads);

            await using var app = await ProtocolwachtApp.StartAsync(provider);

            ThreadPool.GetMinThreads(out var after, out _);
            Assert.Equal(provider == DatabaseProvider.Sqlite ? SqliteThreadReserve.MinimumWorkerThreads : lowered, after);
        }
        finally
        {
            ThreadPool.SetMinThreads(originalWorkers, completionPorts);
        }
    }
}
