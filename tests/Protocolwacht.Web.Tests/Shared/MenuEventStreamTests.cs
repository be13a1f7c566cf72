using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Live;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// Issue #12 item 3: the menu's counters update while a page is open, through one event stream per
/// signed-in person (<c>/events</c>), each person seeing only their own numbers.
/// </summary>
public sealed class MenuEventStreamTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task MenuStream_AdviceRequestAndAnswer_UpdateTheManagersAndTheAuthorsCounters(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
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
    public async Task MenuStream_WakesForItsReadersChanges_NotForAnotherSchools()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("jeroen.vos");
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var jeroen = await app.SignInAsync("jeroen.vos");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var youssef = await app.SignInAsync("youssef.bakker");
        using var youssefsMenu = await EventStreamReader.OpenAsync(youssef, StreamAddress(await youssef.GetPageAsync("/")));
        var signal = app.Services.GetRequiredService<ChangeSignal>();
        Assert.Equal((":", "waiting"), await youssefsMenu.NextAsync(comments: true));

        // Related: his own teacher asks him for advice. The stream wakes and sends his new number.
        var jeroensPost = await jeroen.ComposeAsync(DoubtText, "kompas-facebook");
        await jeroen.RequestAdviceAsync(jeroensPost);
        Assert.Equal("menu", (await youssefsMenu.NextAsync(comments: true))?.Name);
        Assert.Equal((":", "waiting"), await youssefsMenu.NextAsync(comments: true));

        // Unrelated: a teacher of another school asks his own director. It signals her, not him.
        var youssefsNext = signal.NextAsync(ChangeSignal.Staff("youssef.bakker"));
        var karinsNext = signal.NextAsync(ChangeSignal.Staff("karin.mulder"));
        var tomsPost = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(tomsPost);
        Assert.True(karinsNext.IsCompleted, "the advice request signals the director it is addressed to");
        Assert.False(youssefsNext.IsCompleted, "the advice request at another school signals him");

        // Related again: he answers. The next thing on his stream is that change, not a wake-up for Tom's request.
        await youssef.ApproveAsync(jeroensPost, "Akkoord.");
        var next = await youssefsMenu.NextAsync(comments: true);
        Assert.Equal("menu", next?.Name);
        Assert.Contains("id=\"menu-badge-advice-waiting\"", next?.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("menu-count-advice-waiting", next?.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuStream_SignedOut_GetsNoStream()
    {
        var app = await apps.FreshAsync();
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
