using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// Issue #12 item 3: the menu's counters update while a page is open, through one event stream per
/// signed-in person (<c>/events</c>), each person seeing only their own numbers.
/// </summary>
public sealed class MenuEventStreamTests
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task MenuStream_AdviceRequestAndAnswer_UpdateTheManagersAndTheAuthorsCounters(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Database = database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var karinsMenu = await EventStreamReader.OpenAsync(karin, StreamAddress(await karin.GetPageAsync("/")));
        using var tomsMenu = await EventStreamReader.OpenAsync(tom, StreamAddress(await tom.GetPageAsync("/posts")));
        Assert.Equal("text/event-stream", karinsMenu.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((":", "waiting"), await karinsMenu.NextAsync(comments: true)); // her page is current: nothing to send

        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");

        var request = await karinsMenu.UntilAsync("menu", "data-testid=\"menu-count-advice-waiting\">1<");
        Assert.Contains("id=\"menu-badge-advice-waiting\" hx-swap-oob=\"innerHTML\"", request, StringComparison.Ordinal);
        await karin.ApproveAsync(id, "Akkoord.");
        Assert.DoesNotContain("menu-count-advice-waiting", await karinsMenu.UntilAsync("menu", "id=\"menu-badge-advice-waiting\""), StringComparison.Ordinal); // the badge is gone
        Assert.Contains("data-testid=\"menu-count-unread-notifications\">", await tomsMenu.UntilAsync("menu", "menu-count-unread-notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuStream_SignedOut_GetsNoStream()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var visitor = app.Anonymous();

        var page = await visitor.GetPageAsync("/");
        using var stream = await EventStreamReader.OpenAsync(visitor, "/events");

        Assert.DoesNotContain("sse-connect", page, StringComparison.Ordinal); // a visitor has no counters to follow
        Assert.NotEqual(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.NotEqual("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
    }

    private static string StreamAddress(string page) =>
        Regex.Match(page, "sse-connect=\"(/events[^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page does not listen to the menu stream.");
}
