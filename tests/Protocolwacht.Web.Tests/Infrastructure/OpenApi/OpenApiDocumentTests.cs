using System.Text.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Infrastructure.OpenApi;

public sealed class OpenApiDocumentTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task OpenApiDocument_IsPublic_AndDescribesTheFoundationApi()
    {
        var app = await apps.FreshAsync();
        using var client = app.Anonymous();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/protocol/current", paths);
        Assert.Contains("/api/protocol/acknowledgements", paths);
        Assert.Contains("/api/organisation/schools", paths);
        Assert.Contains("/api/consent/students/{id}", paths);
        Assert.Contains("/api/accounts/{id}/posting-rights", paths);
        Assert.Contains("/health", paths);
    }
}
