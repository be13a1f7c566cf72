using System.Net;
using System.Net.Http.Json;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Health;

namespace Protocolwacht.Web.Tests.Infrastructure.Health;

public sealed class HealthTests
{
    [Theory]
    [AllDatabases]
    public async Task Health_WithDatabaseReachable_IsOk(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartAsync(provider);
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<HealthReport>();
        Assert.True(report!.Database);
    }
}
