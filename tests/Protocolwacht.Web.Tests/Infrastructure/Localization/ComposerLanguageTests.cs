using System.Net;
using System.Net.Http.Json;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Protocol;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

public sealed class ComposerLanguageTests
{
    [Fact]
    public async Task Composer_InEnglishOnlyWhenTheBrowserAsks()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var ack = await tom.PostAsJsonAsync(new Uri("/api/protocol/acknowledgements", UriKind.Relative), new AcknowledgeRequest(1));

        var dutch = await tom.GetAsync(new Uri("/compose", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/compose", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        var english = await tom.SendAsync(request);
        var dutchHtml = await dutch.Content.ReadAsStringAsync();
        var englishHtml = await english.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dutch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("<h1>Nieuw bericht</h1>", dutchHtml, StringComparison.Ordinal);
        Assert.Contains(">Concept opslaan</button>", dutchHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>New post</h1>", englishHtml, StringComparison.Ordinal);
        Assert.Contains(">Save draft</button>", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuw bericht", englishHtml, StringComparison.Ordinal);
    }
}
