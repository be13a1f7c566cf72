using Protocolwacht.Web.Infrastructure.Live;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Shared.Menu;

/// <summary>
/// <c>GET /events</c>: one stream per signed-in person that keeps the menu's counters (advice waiting, unread
/// notifications, unread reactions) current. It wakes on the in-process <see cref="ChangeSignal"/> topics of this
/// person only (<see cref="MenuBuilder.TopicsAsync"/>: a notification to them, a post whose advice is or was asked of
/// them, a reaction on an account they may read), never on a change that cannot move their numbers; it counts their numbers again and sends a <c>menu</c> event
/// with the slots whose number changed (and the "Menu" button's total, see <see cref="MenuBadges.Total"/>); every <see cref="EventStream.Heartbeat"/> it sends a heartbeat and
/// counts again (changes made by another instance). The counts are the menu's own (<see cref="MenuBuilder"/>),
/// so the stream shows nobody a number the page would not.
/// </summary>
public static class MenuEvents
{
    public const string Path = "/events";

    public static WebApplication MapMenuEvents(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, StreamAsync).ExcludeFromDescription(); // signed-in people only: the app's fallback policy
        return app;
    }

    /// <summary>The stream's address for a page that shows these counters.</summary>
    public static string For(IEnumerable<MenuLink> links) => $"{Path}?since={Uri.EscapeDataString(MenuBadges.Version(links))}";

    private static async Task StreamAsync(HttpContext http, string? since, MenuBuilder menu, ChangeSignal signal, TimeProvider time, Translate texts, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            var events = await EventStream.StartAsync(http.Response, stopping.Token);
            Dictionary<string, string>? shown = null; // the slots as last sent; null until the first count
            while (true)
            {
                var next = signal.NextAsync(await menu.TopicsAsync(stopping.Token)); // both asked for before counting: nothing falls between
                using var round = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                var heartbeat = Task.Delay(EventStream.Heartbeat, time, round.Token);
                var links = MenuBadges.Counted(await menu.BuildAsync(Path, stopping.Token)).ToList();
                var slots = links.ToDictionary(l => l.Item.Counter!, l => MenuBadges.SwapSlot(l, texts), StringComparer.Ordinal);
                slots[MenuBadges.TotalCounter] = MenuBadges.SwapTotal(links, texts); // the folded menu's button
                var changed = shown is null
                    ? (since == MenuBadges.Version(links) ? [] : slots.Values) // the page is current, or missed a change before connecting
                    : slots.Where(s => shown.GetValueOrDefault(s.Key) != s.Value).Select(s => s.Value);
                var data = string.Concat(changed);
                shown = slots;
                if (data.Length > 0)
                {
                    await events.SendAsync("menu", data, stopping.Token);
                }

                await events.CommentAsync("waiting", stopping.Token);
                await events.WaitAsync(next, heartbeat, stopping.Token);
                await round.CancelAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page was left or the app is stopping: the stream simply ends.
        }
    }
}
