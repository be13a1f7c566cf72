using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Infrastructure.Security;

/// <summary>
/// Issue #7 item 3: every response tells the browser not to frame it, not to sniff it and not to run inline script.
/// The anonymous reads share one app (<see cref="App"/>): starting an app was most of each one's time.
/// </summary>
[LongRunning(73)]
public partial class SecurityHeadersTests(SecurityHeadersTests.App shared) : IClassFixture<SecurityHeadersTests.App>
{
    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/protocol")]
    [InlineData("/api/protocol/current")]
    [InlineData("/css/site.css")]
    [InlineData("/bestaat-niet")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = shared.Factory.Anonymous();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self'[^;]*(;|$)", csp);
        Assert.DoesNotContain("unsafe-inline", ScriptSrc(csp), StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS belongs only on HTTPS");
    }

    [Fact]
    public async Task SignedInPages_HaveNoInlineScript()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        var draft = await tom.ComposeAsync("Vrijdag is de laatste schooldag voor de vakantie.", "regenboog-x");
        await tom.PublishAsync(id); // a queued post's page is the one that used to refresh itself with inline script

        foreach (var path in new[] { "/", "/compose", $"/compose/{draft}", $"/posts/{id}", "/compose/personal", "/protocol", "/posts" })
        {
            var page = await tom.GetPageAsync(path);
            var inline = InlineScript().Matches(page).Select(m => m.Value).ToList();
            Assert.True(inline.Count == 0, $"{path} has inline script: {string.Join(" | ", inline)}");
        }

        Assert.Contains("/js/composer.js", await tom.GetPageAsync("/compose"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindAnHttpsProxy_SendsHstsAndSecureCookies()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.OnLoopback = true;
            o.Settings["ForwardedHeaders:Enabled"] = "true";
        });
        using var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin", UriKind.Relative));
        request.Headers.Host = "protocolwacht.konot.test"; // the public name the proxy forwards (HSTS is never sent for localhost)
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithoutForwardedHeadersConfigured_AForgedProtoChangesNothing()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.OnLoopback = true);
        using var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/signin", UriKind.Relative));
        request.Headers.Host = "protocolwacht.konot.test";
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri}: no {name} header");

    private static string ScriptSrc(string csp) =>
        csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal)) ?? string.Empty;

    /// <summary>A script element with code in it (no src, not a JSON data block).</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>\\s*[^<\\s][^<]*</script>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    /// <summary>One app in Development for the class; its tests only read, without signing in.</summary>
    public sealed class App : IAsyncLifetime
    {
        public ProtocolwachtApp Factory { get; private set; } = null!;

        public async Task InitializeAsync() => Factory = await AppPool.RentAsync(DatabaseProvider.Sqlite);

        public async Task DisposeAsync() => await AppPool.ReturnAsync(Factory);
    }
}
