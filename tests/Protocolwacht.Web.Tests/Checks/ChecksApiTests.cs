using System.Net;
using System.Text;
using System.Text.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// POST /api/checks speaks the batch contract of spec/protocol-checks.md. A check stores nothing another test reads,
/// so the tests share one app (<see cref="SharedApp"/>).
/// </summary>
public class ChecksApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task Batch_OneObject_AnswersTheContractsOutputObject()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        using var body = new StringContent("""{"id":"a1","text":"Het BSN van Noah is 123456782.","account":{"kind":"school","school":"regenboog","channel":"x"},"author":"tom.hendriks"}""", Encoding.UTF8, "application/json");

        var response = await tom.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("a1", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("block", json.RootElement.GetProperty("verdict").GetString());
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("personal-data", finding.GetProperty("category").GetString());
        Assert.Equal(20, finding.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Batch_JsonLines_OneAnswerPerLineInOrder_BadLineNamesItsNumber()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        var lines = """
            {"id":"x1","text":"Mooie sportdag!","account":{"kind":"school","school":"regenboog","channel":"x"}}
            {dit is geen json
            {"id":"x3","text":"lol wat een dag","account":{"kind":"school","school":"regenboog","channel":"x"}}
            """;
        using var body = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");

        var response = await tom.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        var output = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(3, output.Length);
        Assert.Equal("allow", JsonDocument.Parse(output[0]).RootElement.GetProperty("verdict").GetString());
        Assert.Contains("regel 2", JsonDocument.Parse(output[1]).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("doubt", JsonDocument.Parse(output[2]).RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Batch_WithoutSignIn_IsUnauthorized()
    {
        var app = shared.App;
        using var anonymous = app.Anonymous();
        using var body = new StringContent("""{"text":"x"}""", Encoding.UTF8, "application/json");

        var response = await anonymous.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
