using Microsoft.AspNetCore.Antiforgery;
using Protocolwacht.Web.Infrastructure.Live;

namespace Protocolwacht.Web.Features.Posts;

/// <summary>
/// The post page's publication progress as server-sent events. While the publication is under way it sends a
/// <c>post</c> event whenever a live part of the page (status, deliveries, actions, transitions) renders
/// differently: those parts' markup, each marked for htmx to swap into the part already on the page
/// (<c>hx-swap-oob="innerHTML"</c>, so the element, its aria-live and the reader's place stay). Once the
/// publication has settled it sends <c>done</c> and ends. It wakes on this post's in-process
/// <see cref="ChangeSignal"/> and, every <see cref="EventStream.Heartbeat"/>, sends a heartbeat and reads
/// the database again (a change made by another instance); nothing polls in between.
/// </summary>
public sealed class PostLiveStream(ChangeSignal signal, PartialHtml partials, IAntiforgery antiforgery, TimeProvider time)
{
    /// <summary>The parts of the page the stream keeps current, each a partial that renders its own element.</summary>
    internal static readonly string[] Parts =
    [
        "/Features/Posts/_LiveStatus.cshtml",
        "/Features/Posts/_LiveDeliveries.cshtml",
        "/Features/Posts/_LiveActions.cshtml",
        "/Features/Posts/_LiveTransitions.cshtml",
    ];

    private static readonly Dictionary<string, object?> OutOfBand = new() { ["LiveSwap"] = "innerHTML" };

    /// <param name="page">The page, loaded for the post and the person asking.</param>
    /// <param name="since">The page's <see cref="DetailModel.LiveVersion"/> when it was rendered.</param>
    public async Task RunAsync(DetailModel page, string? since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var id = page.Post.Id;
        page.Response.Headers.CacheControl = "no-cache, no-store"; // set first: antiforgery then leaves the headers alone
        antiforgery.GetAndStoreTokens(page.HttpContext); // the parts' forms need them; a new cookie must go out before the stream starts
        var events = await EventStream.StartAsync(page.Response, cancellationToken);

        // The next change is asked for before the state is read, every time: a change committed between a read and
        // the question would otherwise wait for the heartbeat (the last step of a publication did, and the page
        // showed "gepubliceerd" without its transition until it was reloaded). So the page the handler loaded for
        // its access check is read once more here.
        var next = signal.NextAsync(ChangeSignal.Post(id));
        if (!await page.LoadAsync(id, cancellationToken))
        {
            return;
        }

        var shown = await RenderAsync(page);
        var changed = since == page.LiveVersion ? "" : string.Concat(shown);
        while (true)
        {
            using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var heartbeat = Task.Delay(EventStream.Heartbeat, time, round.Token);
            if (changed.Length > 0)
            {
                await events.SendAsync("post", changed, cancellationToken);
            }

            if (!page.IsLive)
            {
                await events.SendAsync("done", page.StateText, cancellationToken);
                return;
            }

            await events.CommentAsync("waiting", cancellationToken);
            await events.WaitAsync(next, heartbeat, cancellationToken);
            await round.CancelAsync();
            next = signal.NextAsync(ChangeSignal.Post(id));
            if (!await page.LoadAsync(id, cancellationToken))
            {
                return; // the post is gone, or the person may no longer see it
            }

            var fresh = await RenderAsync(page);
            changed = string.Concat(fresh.Where((html, i) => html != shown[i]));
            shown = fresh;
        }
    }

    private async Task<string[]> RenderAsync(DetailModel page)
    {
        var html = new string[Parts.Length];
        for (var i = 0; i < Parts.Length; i++)
        {
            html[i] = await partials.RenderAsync(page, Parts[i], page, OutOfBand);
        }

        return html;
    }
}
