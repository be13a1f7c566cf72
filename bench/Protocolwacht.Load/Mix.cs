using System.Text.RegularExpressions;

namespace Protocolwacht.Load;

/// <summary>
/// What the signed-in people do, with the pauses a person takes. An author alternates browsing (start page, my posts)
/// with writing a post: the composer page, a live check at every pause in typing (the composer checks 250 ms after the
/// last keystroke; here every 0.5–1.5 s, five to eight times), then "Opslaan en verder" (the server's check and the
/// save). A doubtful post (one in four: it says "lol") goes to the manager for advice; an allowed one is published.
/// A director looks at the advice queue every few seconds and approves the oldest request. With <c>calendar</c> (the
/// <c>--calendar</c> option) an author browses the calendar instead, this week or this month, and a director opens
/// the month of all schools before each look at the queue: the calendar page under the same load as everything else.
/// </summary>
internal static partial class Mix
{
    private static readonly string[] Sentences =
    [
        "Vandaag hebben de leerlingen van groep 6 een bezoek gebracht aan de bibliotheek",
        "Morgen is de sportdag op het veld achter de school, neem een drinkfles mee",
        "De kinderen hebben hard gewerkt aan hun werkstuk over de Gouden Eeuw",
        "Op vrijdag is de school om twaalf uur uit vanwege de studiedag van het team",
        "De kerstmarkt was een groot succes, dank aan alle ouders die hielpen",
        "Deze week leerden we in groep 4 hoe je een brief schrijft",
    ];

    public static async Task AuthorAsync(Session me, string account, Func<bool> running, Random random, bool calendar = false)
    {
        while (running())
        {
            if (calendar)
            {
                var month = random.Next(2) == 0;
                await me.GetAsync(month ? "calendar-month" : "calendar-week", month ? "/calendar?view=month" : "/calendar");
            }
            else
            {
                await me.GetAsync("browse", random.Next(2) == 0 ? "/" : "/posts");
            }

            await PauseAsync(random, 2_000, 4_000);
            if (!running())
            {
                return;
            }

            await ComposeAsync(me, account, random);
            await PauseAsync(random, 2_000, 4_000);
        }
    }

    public static async Task DirectorAsync(Session me, Func<bool> running, Random random, bool calendar = false)
    {
        while (running())
        {
            if (calendar)
            {
                await me.GetAsync("calendar-month", "/calendar?view=month");
            }

            var queue = await me.GetAsync("advice-queue", "/advice");
            if (queue is not null && PostLink().Match(queue) is { Success: true } first)
            {
                var page = await me.GetAsync("post-page", $"/posts/{first.Groups[1].Value}");
                // Another director's session (the same person signed in twice) may have approved it in between.
                if (page is not null && page.Contains("handler=Approve", StringComparison.Ordinal))
                {
                    await me.PostFormAsync("approve", $"/posts/{first.Groups[1].Value}?handler=Approve", []);
                }
            }

            await PauseAsync(random, 3_000, 6_000);
        }
    }

    private static async Task ComposeAsync(Session me, string account, Random random)
    {
        if (await me.GetAsync("compose-page", "/compose") is null)
        {
            return;
        }

        var doubt = random.Next(4) == 0;
        var sentence = Sentences[random.Next(Sentences.Length)];
        var words = $"{sentence}{(doubt ? ", lol" : string.Empty)}. Groet van {random.Next(1000)}".Split(' ');
        var checks = random.Next(5, 9);
        for (var i = 1; i <= checks; i++)
        {
            await me.LiveCheckAsync(string.Join(' ', words.Take(words.Length * i / checks)), account);
            await PauseAsync(random, 500, 1_500);
        }

        var saved = await me.PostFormAsync("save-draft", "/compose?handler=Next", new() { ["Form.Text"] = string.Join(' ', words), ["Form.AccountIds"] = account });
        if (saved is null || PostLink().Match(saved) is not { Success: true } post)
        {
            return;
        }

        var id = post.Groups[1].Value;
        await me.GetAsync("post-page", $"/posts/{id}");
        if (doubt)
        {
            await me.PostFormAsync("request-advice", $"/posts/{id}?handler=RequestAdvice", []);
        }
        else
        {
            await me.GetAsync("publish-page", $"/posts/{id}/publish");
            await me.PostFormAsync("publish", $"/posts/{id}/publish", []);
        }
    }

    /// <summary>
    /// Publishes allowed posts one after another without pauses or live checks (the <c>--seed-posts</c> option): fills
    /// this week and month of the calendar before the measured mix, through the app as an author would.
    /// </summary>
    public static async Task SeedAsync(Session me, string account, int count, Random random)
    {
        for (var i = 0; i < count; i++)
        {
            var text = $"{Sentences[random.Next(Sentences.Length)]}. Groet van {random.Next(1000)}";
            var saved = await me.PostFormAsync("seed-save", "/compose?handler=Next", new() { ["Form.Text"] = text, ["Form.AccountIds"] = account });
            if (saved is not null && PostLink().Match(saved) is { Success: true } post)
            {
                await me.PostFormAsync("seed-publish", $"/posts/{post.Groups[1].Value}/publish", []);
            }
        }
    }

    private static Task PauseAsync(Random random, int fromMs, int toMs) => Task.Delay(random.Next(fromMs, toMs));

    [GeneratedRegex("/posts/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex PostLink();
}
