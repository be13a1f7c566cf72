using System.Collections.Concurrent;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Domain.Reactions;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The walk over every page, signed in as the role that uses it (and the public pages signed out), with
/// axe-core on each (WCAG 2.2 AA, issue #12) and a check that nothing makes the page wider than the screen. One walk per
/// screen, both on one app and one Chromium (<see cref="AccessibilityCollection"/>): the set-up (a post with an advice
/// request, a published post, a reaction) is made once, and each person signs in once, in a browser context both
/// screens open their pages in.
/// </summary>
public static class PageWalk
{
    public const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    private static readonly string[] PublicPages = ["/", "/account/signin", "/protocol", "/protocol/versions", "/melden"];

    private static readonly string[] TeacherPages =
    [
        "/", "/compose", "/compose/personal", "/posts", "/calendar", "/calendar?view=month", "{post}", "/notifications", "/incidents", "/incidents/new",
        "/consent", "/organisation", "/sandbox", "/reacties",
        "{reply}", "{published}", "{published}/correct",
    ];

    private static readonly string[] DirectorPages =
    [
        "/", "/advice", "/calendar?view=month&school=regenboog", "{post}", "/consent", "/consent/students/daan.kok", "/freezes", "/organisation/schools/regenboog",
        "/search?q=sportdag", "/history",
        "/insight",
    ];

    // A member of the College van Bestuur (no administrator): the start page and the board's figures.
    private static readonly string[] BoardMemberPages = ["/", "/insight"];

    private static readonly string[] AdministratorPages =
    [
        "/", "/accounts", "/accounts/edit/regenboog-x", "/accounts/posting-rights", "/protocol/acknowledgements",
        "/protocol/versions", "/consent/settings", "/organisation", "/organisation/import", "/platform-decisions",
        "/incidents/overview", "/freezes", "/audit", "/staff-accounts", "/roles", "/history", "/history/import", "/archive", "/archive/report",
        "/search?q=sportdag", "/organisation/pupils/import", "/organisation/staff/import",
        "/organisation/schools/regenboog/edit", "/organisation/staff/tom.hendriks/edit",
        "/privacy/verwerkingsregister", "/privacy/pupils/daan.kok/export", "/privacy/staff/tom.hendriks/export", "/privacy/pupils/daan.kok/erase",
        "/insight",
        "/accounts/connect/regenboog-x", "/accounts/connect/sintjozef-mastodon", "/accounts/connect/kompas-instagram", "/accounts/oauth/pagina",
        "{published}", "{published}/correct",
    ];

    // The pages each role uses most, kept as full-page phone screenshots (artifacts/screenshots/walk-phone-*.png) for a
    // person to look at: what axe and the width check cannot see (a cut-off word, a button far under the fold, English on
    // a Dutch page). A parent is a visitor: the protocol and the report form, signed out.
    private static readonly HashSet<string> Photographed = new(StringComparer.Ordinal)
    {
        "visitor /protocol", "visitor /melden",
        "tom.hendriks /", "tom.hendriks /compose", "tom.hendriks /posts", "tom.hendriks {post}", "tom.hendriks /incidents/new",
        "karin.mulder /", "karin.mulder /advice", "karin.mulder {post}", "karin.mulder /insight", "karin.mulder /history",
        "marieke.jansen /", "marieke.jansen /insight",
        "sanne.deboer /", "sanne.deboer /accounts", "sanne.deboer /accounts/posting-rights", "sanne.deboer /staff-accounts",
        "sanne.deboer /roles", "sanne.deboer /archive", "sanne.deboer /search?q=sportdag", "sanne.deboer /audit",
        "sanne.deboer /platform-decisions", "sanne.deboer /incidents/overview", "sanne.deboer /organisation", "sanne.deboer /freezes",
        "sanne.deboer /history", "sanne.deboer {published}",
    };

    // One post per app (fixture): every walk on that app reuses it.
    private static readonly ConcurrentDictionary<BrowserFixture, Lazy<Task<string>>> Posts = new();

    // One published post per app: its page with the archive's history and the correction page (issue #10).
    private static readonly ConcurrentDictionary<BrowserFixture, Lazy<Task<string>>> Published = new();

    // One reaction to reply to per app, stored as the polling job stores one (the reply page only reads it).
    private static readonly ConcurrentDictionary<BrowserFixture, Lazy<Task<string>>> Replies = new();

    // One signed-in browser context per person per app: the walk's set-up and both screens' walks open their pages in
    // it, so Tom, Karin and Sanne sign in once for both screens (a page's size is its own, the session the context's).
    private static readonly ConcurrentDictionary<(BrowserFixture Server, string StaffId), Lazy<Task<IBrowserContext>>> People = new();

    /// <summary>Every page of every role on one screen; the serious and critical violations, one line each.</summary>
    /// <param name="log">Gets one line per page with its CSS and JavaScript weight, and the largest at the end.</param>
    public static async Task<List<string>> ProblemsAsync(BrowserFixture server, string screen, ViewportSize viewport, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var post = await PostWithAdviceRequestAsync(server);
        var reply = await ReplyOnceAsync(server);
        var published = await PublishedOnceAsync(server);
        var places = new Dictionary<string, string>(StringComparer.Ordinal) { ["{post}"] = post, ["{reply}"] = reply, ["{published}"] = published, ["{published}/correct"] = published + "/correct" };
        var walk = new Walk(screen, places, [], new HashSet<string>(StringComparer.Ordinal), [], log ?? (_ => { }));
        await CheckAsync(await server.NewPageAsync(viewport: viewport), "visitor", PublicPages, walk);
        await CheckAsync(await WalkPageAsync(server, "tom.hendriks", viewport), "tom.hendriks", TeacherPages, walk);
        await CheckAsync(await WalkPageAsync(server, "karin.mulder", viewport), "karin.mulder", DirectorPages, walk);
        await CheckAsync(await WalkPageAsync(server, "marieke.jansen", viewport), "marieke.jansen", BoardMemberPages, walk);
        await CheckAsync(await WalkPageAsync(server, "sanne.deboer", viewport), "sanne.deboer", AdministratorPages, walk);
        var heaviest = walk.Weights.MaxBy(w => w.Value);
        walk.Log($"{screen}: zwaarste pagina {heaviest.Key}, {heaviest.Value / 1024.0:F1} KB CSS en JavaScript gecomprimeerd (doel: onder {PageWeight.LimitBytes / 1024} KB)");
        return walk.Problems;
    }

    public static async Task<IPage> SignedInAsync(BrowserFixture server, string staffId, ViewportSize viewport)
    {
        ArgumentNullException.ThrowIfNull(server);
        var page = await server.NewPageAsync(viewport: viewport);
        await BrowserFixture.SignInAsync(page, staffId);
        return page;
    }

    /// <summary>A new page of <paramref name="staffId"/>'s walk context (<see cref="People"/>) at the walk's screen size.</summary>
    private static async Task<IPage> WalkPageAsync(BrowserFixture server, string staffId, ViewportSize viewport)
    {
        var page = await (await WalkContextAsync(server, staffId)).NewPageAsync();
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        return page;
    }

    private static Task<IBrowserContext> WalkContextAsync(BrowserFixture server, string staffId) =>
        OnceAsync(People, (Server: server, StaffId: staffId), key => SignInOnceAsync(key.Server, key.StaffId));

    /// <summary>
    /// The set-up for <paramref name="key"/>, made once and shared by every test of the app. A set-up that failed (a sign-in
    /// that timed out on a busy machine) is not kept: the test that met it fails, and the next one tries afresh instead of
    /// failing on the same cached error (one slow sign-in of Tom's once failed 22 walks).
    /// </summary>
    private static async Task<T> OnceAsync<TKey, T>(ConcurrentDictionary<TKey, Lazy<Task<T>>> made, TKey key, Func<TKey, Task<T>> make)
        where TKey : notnull
    {
        var once = made.GetOrAdd(key, k => new Lazy<Task<T>>(() => make(k)));
        try
        {
            return await once.Value;
        }
        catch
        {
            made.TryRemove(new KeyValuePair<TKey, Lazy<Task<T>>>(key, once));
            throw;
        }
    }

    private static async Task<IBrowserContext> SignInOnceAsync(BrowserFixture server, string staffId)
    {
        var page = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(page, staffId);
        await page.CloseAsync();
        return page.Context;
    }

    /// <summary>Tom's post in doubt with an advice request to Karin, made once per app.</summary>
    public static Task<string> PostWithAdviceRequestAsync(BrowserFixture server) =>
        OnceAsync(Posts, server, CreatePostAsync);

    private static async Task<string> CreatePostAsync(BrowserFixture server)
    {
        var tom = await (await WalkContextAsync(server, "tom.hendriks")).NewPageAsync();
        await AcknowledgeProtocolAsync(tom);
        await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt");
        var url = await SaveAndOpenPostAsync(tom);
        await tom.GetByLabel("Vraag aan je leidinggevende (optioneel)").FillAsync("Mag de naam van Daan erin?");
        await tom.GetByTestId("request-advice").ClickAsync();
        await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("advies gevraagd");
        await tom.CloseAsync();
        return new Uri(url).PathAndQuery;
    }

    /// <summary>Tom's published post (<see cref="PublishedPostAsync"/>), made once per app; its address.</summary>
    public static Task<string> PublishedOnceAsync(BrowserFixture server) =>
        OnceAsync(Published, server, PublishedPostAsync);

    /// <summary>Tom's post published on the sandbox account through the confirmation and the undo period, made once per app after <see cref="CreatePostAsync"/>.</summary>
    private static async Task<string> PublishedPostAsync(BrowserFixture server)
    {
        var tom = await (await WalkContextAsync(server, "tom.hendriks")).NewPageAsync(); // he acknowledged the protocol for the walk's first post
        await ComposeAsync(tom, "regenboog-x", "De open dag van De Regenboog is zaterdag van 10 tot 13 uur. Iedereen is welkom!", "allow");
        var url = await SaveAndOpenPostAsync(tom);
        await OpenConfirmationAsync(tom, "RegenboogEsveld");
        await ConfirmAsync(tom);
        await WaitUntilPublishedAsync(server.App, tom);
        await tom.CloseAsync();
        return new Uri(url).PathAndQuery;
    }

    /// <summary>The reply page of a parent's reaction to the walk's post (<see cref="PostWithAdviceRequestAsync"/>), made once per app.</summary>
    public static async Task<string> ReplyOnceAsync(BrowserFixture server)
    {
        var post = await PostWithAdviceRequestAsync(server);
        return await OnceAsync(Replies, server, s => ReactionToReplyAsync(s, post));
    }

    private static async Task<string> ReactionToReplyAsync(BrowserFixture server, string post)
    {
        var id = Guid.NewGuid();
        var content = new ReactionContent("walk-" + id.ToString("N"), null, "ouder", "Erik Prins", "Waarom hoor ik dit pas nu?", server.App.Clock.GetUtcNow(), null, false);
        await server.App.WithDbAsync(async db =>
        {
            db.Reactions.Add(Reaction.Fetched(id, "regenboog-x", "x", Guid.Parse(post.Split('/')[^1]), Guid.NewGuid(), content, server.App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        return $"/reacties/{id}/antwoorden";
    }

    // The outermost elements that reach past the screen's right edge and are not inside a region that scrolls or
    // clips (a wide table inside its scroll region is fine): what a developer has to fix.
    private const string WidestElementsScript = """
        () => {
          const w = window.innerWidth;
          const clipped = el => { for (let a = el.parentElement; a; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          const out = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (el.getBoundingClientRect().right <= w + 1 || clipped(el)) continue;
            const parent = el.parentElement;
            if (parent && parent !== document.body && parent.getBoundingClientRect().right > w + 1) continue;
            out.push(name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
          }
          if (out.length > 0) return out.slice(0, 3).join(', ');
          // Nothing reaches past the edge itself: then some text overflows its box (a long word); the deepest box says where.
          const spilling = [...document.body.querySelectorAll('*')].filter(e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0);
          return spilling.length > 0 ? name(spilling[spilling.length - 1]) + ' (tekst te breed)' : 'onbekend';
        }
        """;

    // "/accounts/posting-rights" as "accounts-posting-rights", "/" as "start", "{post}" as "post".
    private static string ScreenshotName(string url)
    {
        var name = new string([.. url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length == 0 ? "start" : name;
    }

    /// <summary>
    /// One screen's walk: what a placeholder in a page list ("{post}") stands for on this app, the problems found, the
    /// looks of links and buttons already measured in hover and focus (<see cref="TextContrast.StateProblemsAsync"/>),
    /// and each page's compressed CSS and JavaScript.
    /// </summary>
    private sealed record Walk(string Screen, IReadOnlyDictionary<string, string> Places, List<string> Problems, HashSet<string> MeasuredLooks, Dictionary<string, long> Weights, Action<string> Log);

    private static async Task CheckAsync(IPage page, string who, IEnumerable<string> urls, Walk walk)
    {
        // The content security policy (no inline script or style) reports every block on the console; the app's
        // pages must have none, on any page (issue #12: "nothing inline remains that the policy would block").
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        var screen = walk.Screen;
        foreach (var url in urls)
        {
            var target = walk.Places.GetValueOrDefault(url, url);
            blocked.Clear();
            var response = await page.GotoAsync(target);
            Assert.True(response is { Ok: true }, $"{screen} {target}: HTTP {response?.Status}");
            var problems = walk.Problems;
            foreach (var violation in await Axe.SeriousViolationsAsync(page))
            {
                problems.Add($"{screen} {target}: {violation}");
            }

            // WCAG 1.4.10 (reflow): nothing may widen the page beyond the screen; a wide table scrolls
            // inside its own region instead.
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (width, screenWidth) = (widths[0], widths[1]);
            if (width > screenWidth)
            {
                var culprits = await page.EvaluateAsync<string>(WidestElementsScript);
                problems.Add($"{screen} {target}: de pagina is {width} px breed op een scherm van {screenWidth} px, door {culprits}");
            }

            var weight = await PageWeight.MeasureAsync(page);
            walk.Weights[target] = weight.CompressedBytes;
            walk.Log($"{screen} {target}: {weight}");
            problems.AddRange(weight.Problems().Select(p => $"{screen} {target}: {p}"));

            foreach (var state in await TextContrast.StateProblemsAsync(page, walk.MeasuredLooks))
            {
                problems.Add($"{screen} {target}: serious computed-contrast: {state}");
            }

            problems.AddRange(blocked.Select(b => $"{screen} {target}: CSP blokkeert: {b}"));
            if (screen == "phone" && Photographed.Contains($"{who} {url}"))
            {
                await Screenshots.SaveAsync(page, $"walk-phone-{who}-{ScreenshotName(url)}");
            }
        }

        // The context stays (the other screen's walk signs in with it); its page is done.
        await page.CloseAsync();
    }
}
