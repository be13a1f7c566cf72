using System.Text.Json;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Infrastructure.OpenApi;

public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task OpenApiDocument_IsPublic_AndDescribesTheFoundationApi()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
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
