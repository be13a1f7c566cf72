using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Publishing.Tests.Infrastructure;

namespace Protocolwacht.Publishing.Tests.Workflow;

/// <summary>
/// What the fuzz harnesses of issue #16 assume about the app, shown through HTTP: JSON that is valid
/// but holds no text, and a multipart body cut short, are answered with 400 and change nothing.
/// </summary>
public class HostileInputTests
{
    private const string Account = "\"account\":{\"kind\":\"school\",\"school\":\"regenboog\",\"channel\":\"x\"}";

    [Fact]
    public async Task Batch_LoneSurrogateEscape_Is400WithTheDutchErrorOfLine1()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        using var tom = await app.SignInAsync("tom.hendriks");
        using var body = new StringContent("{\"id\":\"s1\",\"text\":\"\\ud800\"," + Account + "}", Encoding.UTF8, "application/json");

        var response = await tom.Http.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("regel 1: ", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("surrogaat", json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_JsonLinesWithUnreadableLines_AnswersEveryLineInOrder()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        using var tom = await app.SignInAsync("tom.hendriks");
        string[] lines =
        [
            "{\"id\":\"a\",\"text\":\"Mooie sportdag!\"," + Account + "}",
            "{\"\\udc00id\":\"b\",\"text\":\"hoi\"," + Account + "}",
            "{\"id\":\"c\",\"text\":\"hoi\"," + Account + ",\"x\":" + new string('[', 500) + new string(']', 500) + "}",
            "{\"id\":\"d\",\"text\":\"Mooie sportdag!\"," + Account + "}",
        ];
        using var body = new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson");

        var response = await tom.Http.PostAsync(new Uri("/api/checks", UriKind.Relative), body);

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
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        using var tom = await app.SignInAsync("tom.hendriks");
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await tom.Http.PostAsync(new Uri("/api/checks/live", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var good = new StringContent("{\"text\":\"hoi\",\"accounts\":[\"regenboog-x\"]}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await tom.Http.PostAsync(new Uri("/api/checks/live", UriKind.Relative), good)).StatusCode);
    }

    [Fact]
    public async Task Compose_MultipartBodyCutShort_Is400AndStoresNothing()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var page = await tom.GetPageAsync("/compose");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        const string boundary = "----protocolwacht-fuzz";
        var whole = $"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{WebUtility.HtmlDecode(token)}\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Text\"\r\n\r\nSportdag\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.AccountIds\"\r\n\r\nregenboog-x\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"Form.Upload\"; filename=\"foto.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG1234567890\r\n"
            + $"--{boundary}--\r\n";

        async Task<HttpResponseMessage> PostAsync(string multipart)
        {
            using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(multipart));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
            return await tom.Http.PostAsync(new Uri("/compose?handler=Save", UriKind.Relative), content);
        }

        var cut = await PostAsync(whole[..(whole.IndexOf("PNG", StringComparison.Ordinal) + 6)]);

        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Posts.CountAsync()));
        // The same body whole is stored, so the 400 above is about the cut.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(whole)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
    }
}
