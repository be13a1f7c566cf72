using System.Net;
using System.Text;
using System.Text.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Ordering;

namespace Protocolwacht.Web.Tests.Infrastructure.Errors;

/// <summary>
/// Issue #7 item 11: every API error is an RFC 9457 problem document with a Dutch title and detail that
/// says what and where, in every environment; an unknown page is the app's own 404 page. The tests that only send
/// requests the app refuses share one app per environment (<see cref="Apps"/>): starting an app was most of each
/// test's time. A test that stores something, or needs a socket, starts its own.
/// </summary>
[LongRunning(106)]
public class ProblemResponsesTests(ProblemResponsesTests.Apps apps) : IClassFixture<ProblemResponsesTests.Apps>
{
    public static TheoryData<string, string> MalformedJsonTargets => new()
    {
        { "Development", "/api/checks/live" },
        { "Production", "/api/checks/live" },
        { "Development", "/api/consent/students/ll-001" },
        { "Production", "/api/consent/students/ll-001" },
        { "Development", "/api/protocol/acknowledgements" },
        { "Production", "/api/protocol/acknowledgements" },
    };

    [Theory]
    [MemberData(nameof(MalformedJsonTargets))]
    public async Task MalformedJson_IsADutchProblemDocument_NamingTheLineAndPosition(string environment, string path)
    {
        using var client = await apps.SignedInAsync(environment);
        using var body = new StringContent("{\"text\": \"Mooie sportdag\",\n  \"accounts\": [", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri(path, UriKind.Relative), body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Het verzoek is geen geldige JSON", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("regel 2", detail, StringComparison.Ordinal);
        Assert.Contains("positie", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldOfTheWrongType_IsNamedInTheProblem()
    {
        using var tom = await apps.SignedInAsync("Production");
        using var body = new StringContent("{\"text\": 42}", Encoding.UTF8, "application/json");

        var response = await tom.PostAsync(new Uri("/api/checks/live", UriKind.Relative), body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("text", problem.GetProperty("field").GetString());
        Assert.Contains("'text'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFiveMegabyteBody_GetsAProblemNamingTheLimit()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.OnLoopback = true);
        using var tom = await app.SignInAsync("tom.hendriks");
        var json = JsonSerializer.Serialize(new { text = new string('a', 5 * 1024 * 1024), accounts = new[] { "regenboog-x" } });
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await tom.PostAsync(new Uri("/api/checks/live", UriKind.Relative), body);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Het verzoek is te groot", problem.GetProperty("title").GetString());
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftLongerThanTheMaximum_IsRefusedNamingTheField()
    {
        using var tom = await apps.SignedInAsync("Development");

        var response = await tom.PostJsonAsync("/api/checks/live", new { text = new string('a', 10_001), accounts = new[] { "regenboog-x" } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").GetProperty("text");
        Assert.Contains("10.000", errors[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftLongerThanTheMaximum_IsRefusedByTheComposer()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var response = await tom.PostFormAsync("/compose", new() { ["Form.Text"] = new string('a', 10_001), ["Form.AccountIds"] = "regenboog-x" }, handler: "Next");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("maximaal 10.000 tekens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Posts.Count())));
    }

    [Theory]
    [InlineData("GET", "/api/bestaat-niet")]
    [InlineData("POST", "/api/checks/bestaat-niet")]
    public async Task AnUnknownApiUrl_IsAProblemDocument(string method, string path)
    {
        using var tom = await apps.SignedInAsync("Production");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var response = await tom.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Niet gevonden", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheApiWithoutSigningIn_IsAProblemDocument()
    {
        using var anonymous = apps.Development.Anonymous();

        var response = await anonymous.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Niet aangemeld", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/posts/00000000-0000-0000-0000-000000000001")]
    public async Task AnUnknownPageOrPost_ShowsTheAppsOwnNotFoundPage(string path)
    {
        using var tom = await apps.SignedInAsync("Production");

        var response = await tom.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal); // the app's layout, not a bare status
    }

    [Fact]
    public async Task AnUnknownPostOnAPost_ShowsTheAppsOwnNotFoundPage()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        using var fatima = await app.SignInAsync("fatima.yilmaz");

        var response = await fatima.PostFormAsync($"/posts/{id}", [], handler: "Cancel", pagePath: "/posts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{status} expected, got {response.StatusCode}: {text[..Math.Min(text.Length, 400)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // no stack trace, in any environment
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>
    /// One app in Development and one in Production, started once for the class. The tests that use them only send
    /// requests the app refuses (malformed or unknown, or without signing in), so no test sees another's data.
    /// </summary>
    public sealed class Apps : IAsyncLifetime
    {
        /// <summary>In Production nobody has the demo password; an administrator-made password stands in.</summary>
        private const string ProductionPassword = "Een-lang-wachtwoord-2026";

        public ProtocolwachtApp Development { get; private set; } = null!;

        public ProtocolwachtApp Production { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Development = await ProtocolwachtApp.StartAsync();
            Production = await ProtocolwachtApp.StartInProductionAsync();
            await Production.SetPasswordAsync("tom.hendriks", ProductionPassword);
        }

        /// <summary>A fresh client of tom.hendriks on the app of <paramref name="environment"/>.</summary>
        public Task<AppClient> SignedInAsync(string environment) => environment == "Development"
            ? Development.SignInAsync("tom.hendriks")
            : Production.SignInAsync("tom.hendriks", ProductionPassword);

        public async Task DisposeAsync()
        {
            await Development.DisposeAsync();
            await Production.DisposeAsync();
        }
    }
}
