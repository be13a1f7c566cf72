using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Infrastructure.Live;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// Issue #12 item 3: the post page follows its publication through a server-sent event stream instead of
/// polling. The stream sends the page's live parts when the publisher changes them, ends at the outcome,
/// and is no more open than the page is.
/// </summary>
public partial class PostEventStreamTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task EventStream_DeliveryPublished_ArrivesAsEvent_ThenDone_AndTheStreamEnds(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod - TimeSpan.FromSeconds(5)); // not yet due
        using var stream = await EventStreamReader.OpenAsync(tom, StreamAddress(await tom.GetPageAsync($"/posts/{id}")));
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((":", "waiting"), await stream.NextAsync(comments: true));

        // Less than a heartbeat: what arrives came through the change signal, not the stream's fallback check.
        await app.AdvanceAsync(TimeSpan.FromSeconds(6));
        var events = await stream.ToEndAsync(); // returns only because the server ended the stream at the outcome

        Assert.Contains(events, e => e.Name == "post" && e.Data.Contains("data-testid=\"post-state\">gepubliceerd<", StringComparison.Ordinal));
        Assert.Contains("id=\"post-deliveries\" aria-live=\"polite\" hx-swap-oob=\"innerHTML\"", string.Concat(events.Select(e => e.Data)), StringComparison.Ordinal);
        Assert.Contains("data-status=\"Published\"", string.Concat(events.Select(e => e.Data)), StringComparison.Ordinal);
        Assert.Equal(("done", "gepubliceerd"), events[^1]);
        Assert.Equal(0, stream.Heartbeats);
    }

    [Fact]
    public async Task EventStream_PageAlreadyCurrent_SendsNothingUntilAChange_HeartbeatsMeanwhile()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Volgende week is de sportdag op het grote veld.", app.Clock.GetUtcNow().AddDays(7), "regenboog-x");
        await tom.PublishAsync(id);
        var page = await tom.GetPageAsync($"/posts/{id}");
        using var stale = await EventStreamReader.OpenAsync(tom, Regex.Replace(StreamAddress(page), "since=[^&\"]+", "since=oud"));
        using var current = await EventStreamReader.OpenAsync(tom, StreamAddress(page));

        Assert.Equal("post", (await stale.NextAsync())?.Name); // a page behind the stream is brought up to date at once
        Assert.Equal((":", "waiting"), await current.NextAsync(comments: true)); // a current page gets nothing
        await app.AdvanceAsync(EventStream.Heartbeat);
        Assert.Equal((":", "heartbeat"), await current.NextAsync(comments: true)); // only the heartbeat, then the database is read again
        Assert.Equal((":", "waiting"), await current.NextAsync(comments: true)); // and nothing had changed

        var cancelled = await tom.PostFormAsync($"/posts/{id}", [], handler: "Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("publicatie geannuleerd", await current.UntilAsync("post", "publicatie geannuleerd"), StringComparison.Ordinal);
        Assert.Equal("done", (await current.NextAsync())?.Name);
    }

    [Fact]
    public async Task EventStream_OfSomeoneElsesPost_IsNotFound()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var fatima = await app.SignInAsync("fatima.yilmaz"); // same school, no step on the post
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await tom.PublishAsync(id);
        var address = StreamAddress(await tom.GetPageAsync($"/posts/{id}"));
        using (var own = await EventStreamReader.OpenAsync(tom, address))
        {
            Assert.Equal(HttpStatusCode.OK, own.Response.StatusCode); // the same address works for the author
        }

        using var other = await EventStreamReader.OpenAsync(fatima, address);

        Assert.Equal(HttpStatusCode.NotFound, other.Response.StatusCode);
        Assert.NotEqual("text/event-stream", other.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostPage_ListensOnlyWhileThePublicationIsUnderWay_AndNeverReloads()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var queued = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        var draft = await tom.ComposeAsync("Volgende week is de sportdag op het grote veld.", "regenboog-x");
        await tom.PublishAsync(queued);

        var queuedPage = await tom.GetPageAsync($"/posts/{queued}");
        var draftPage = await tom.GetPageAsync($"/posts/{draft}");
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        var publishedPage = await tom.GetPageAsync($"/posts/{queued}");

        Assert.Contains($"sse-connect=\"/posts/{queued}?handler=events&amp;since=", queuedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("sse-connect=\"/posts/", draftPage, StringComparison.Ordinal);
        Assert.DoesNotContain("sse-connect=\"/posts/", publishedPage, StringComparison.Ordinal);
        foreach (var page in new[] { queuedPage, draftPage, publishedPage })
        {
            Assert.DoesNotContain("post-page.js", page, StringComparison.Ordinal);
            Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string StreamAddress(string page) =>
        Regex.Match(page, "sse-connect=\"(/posts/[^\"]+)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page does not listen to a stream.");
}
