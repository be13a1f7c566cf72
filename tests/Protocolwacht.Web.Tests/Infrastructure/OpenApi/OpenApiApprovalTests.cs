using System.Text.Json;
using System.Text.Json.Nodes;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Infrastructure.OpenApi;

/// <summary>
/// The served OpenAPI document equals the committed docs/openapi.v1.json, so every change to the JSON
/// contract shows in a diff. On a difference the served document is written to
/// docs/openapi.v1.received.json; to accept a deliberate change run the test with PROTOCOLWACHT_APPROVE=1
/// (it rewrites docs/openapi.v1.json) and review the diff before committing.
/// </summary>
public sealed class OpenApiApprovalTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    [Fact]
    public async Task ServedDocument_EqualsTheCommittedCopy()
    {
        var app = await apps.FreshAsync();
        using var client = app.Anonymous();
        var served = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        served.AsObject().Remove("servers"); // the address the test host happens to listen on, not the contract
        var approvedPath = Path.Combine(RepositoryRoot.Path, "docs", "openapi.v1.json");
        var receivedPath = Path.Combine(RepositoryRoot.Path, "docs", "openapi.v1.received.json");
        var text = served.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        if (Environment.GetEnvironmentVariable("PROTOCOLWACHT_APPROVE") == "1")
        {
            await File.WriteAllTextAsync(approvedPath, text);
        }

        var approved = JsonNode.Parse(await File.ReadAllTextAsync(approvedPath));
        if (JsonNode.DeepEquals(served, approved))
        {
            File.Delete(receivedPath);
            return;
        }

        await File.WriteAllTextAsync(receivedPath, text);
        Assert.Fail($"The served OpenAPI document differs from {approvedPath}; see {receivedPath}. Accept a deliberate change with PROTOCOLWACHT_APPROVE=1.");
    }
}
