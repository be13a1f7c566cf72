using System.Net;
using System.Text;
using System.Text.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Checks;

/// <summary>
/// What the fuzz harnesses of issue #16 assume about the check API, shown through HTTP: JSON that is
/// valid but holds no text is answered with 400 (or an error line) and never with 500. A check stores nothing another
/// test reads, so the tests share one app (<see cref="SharedApp"/>).
/// </summary>
public class ChecksApiHostileInputTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Account = "\"account\":{\"kind\":\"school\",\"school\":\"regenboog\",\"channel\":\"x\"}";

    [Fact]
    public async Task Batch_LoneSurrogateEscape_Is400WithTheDutchErrorOfLine1()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        using var body = new StringContent("{\"id\":\"s1\",\"text\":\"\\ud800\"," + Account + "}", Encoding.UTF8, "application/json");

        var response = await tom.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("regel 1: ", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("surrogaat", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_JsonLinesWithUnreadableLines_AnswersEveryLineInOrder()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        string[] lines =
        [
            "{\"id\":\"a\",\"text\":\"Mooie sportdag!\"," + Account + "}",
            "{\"\\udc00id\":\"b\",\"text\":\"hoi\"," + Account + "}",
            "{\"id\":\"c\",\"text\":\"hoi\"," + Account + ",\"x\":" + new string('[', 500) + new string(']', 500) + "}",
            "{\"id\":\"d\",\"text\":\"Mooie sportdag!\"," + Account + "}",
        ];
        using var body = new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");

        var response = await tom.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        var output = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, output.Count);
        Assert.Equal("allow", output[0].GetProperty("verdict").GetString());
        Assert.Equal(2, output[1].GetProperty("line").GetInt32());
        Assert.Equal(3, output[2].GetProperty("line").GetInt32());
        Assert.Equal("allow", output[3].GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("{\"text\":\"\\ud800\",\"accounts\":[\"regenboog-x\"]}")]
    [InlineData("{\"\\udc00\":1,\"text\":\"hoi\"}")]
    [InlineData("{\"text\":\"hoi\",\"accounts\":\"regenboog-x\"}")]
    public async Task LiveCheck_BodyThatIsNoRequest_Is400Not500(string json)
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await tom.PostAsync(new Uri("/api/checks/live", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var good = new StringContent("{\"text\":\"hoi\",\"accounts\":[\"regenboog-x\"]}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await tom.PostAsync(new Uri("/api/checks/live", UriKind.Relative), good)).StatusCode);
    }
}
