using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.OAuth;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.PlatformAccounts.Connect;

/// <summary>
/// Property test of the platform sign-in's callback query (tests13): whatever comes back on
/// <c>/accounts/oauth/callback</c> (any mix of <c>code</c>, <c>state</c>, <c>error</c> and <c>error_description</c>, empty,
/// repeated, very long, percent-escapes that are no UTF-8, control characters, a real pending state with a code the
/// platform never gave) is answered 400 with the Dutch problem on the page, never a server error, and no account gets
/// credentials. The queries come from a fixed seed; a failure names the query.
/// </summary>
public sealed class CallbackQueryPropertyTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const int Cases = 150;
    private const int Seed = 13;

    private static readonly string[] Names = ["code", "state", "error", "error_description", "Code", "stat", "", "code[]"];

    [Fact]
    public async Task Callback_AnyQuery_IsAnswered400InDutch_AndStoresNoCredentials()
    {
        var oauth = OAuthServer.ForMastodon();
        await using var server = await LocalPlatformServer.StartAsync(a =>
        {
            oauth.Map(a);
            oauth.MapMastodonApps(a);
        });
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var pending = ConnectFlow.Query(await ConnectFlow.StartAsync(sanne, "sintjozef-mastodon", new() { ["Form.Instance"] = server.BaseUrl.AbsoluteUri }), "state");
        var random = new Random(Seed);
        var failures = new List<string>();

        for (var i = 0; i < Cases; i++)
        {
            var query = Query(random, pending);
            using var answer = await sanne.GetAsync(new Uri("/accounts/oauth/callback?" + query, UriKind.Relative));
            var page = await answer.Content.ReadAsStringAsync();
            if (answer.StatusCode != HttpStatusCode.BadRequest || !ProblemShown(page))
            {
                failures.Add($"case {i}: ?{Shorten(query)} answered {(int)answer.StatusCode}{(answer.Headers.Location is { } to ? " to " + to : string.Empty)}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} callback queries (seed {Seed}):\n" + string.Join("\n", failures.Take(10)));
        Assert.Equal(0, await ConnectedAccountsAsync(app));

        // The same session can still connect the account the way the platform sends it back: the count above could have moved.
        Assert.Equal(HttpStatusCode.Redirect, (await ConnectFlow.RunAsync(sanne, "sintjozef-mastodon", new() { ["Form.Instance"] = server.BaseUrl.AbsoluteUri })).StatusCode);
        Assert.Equal(1, await ConnectedAccountsAsync(app));
    }

    private static Task<int> ConnectedAccountsAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.OfficialAccounts.CountAsync(a => a.ProtectedCredential != null));

    // The page's problem line holds a message (its words are ui21's; the page's language is tested elsewhere).
    private static bool ProblemShown(string page)
    {
        var at = page.IndexOf("data-testid=\"connect-problem\">", StringComparison.Ordinal);
        return at >= 0 && page[(at + "data-testid=\"connect-problem\">".Length)..].TrimStart().FirstOrDefault() is not ('<' or '\0');
    }

    private static string Query(Random random, string pending)
    {
        var parts = new List<string>();
        var count = random.Next(6);
        for (var k = 0; k < count; k++)
        {
            var name = Names[random.Next(Names.Length)];
            parts.Add(random.Next(8) == 0 ? Escape(name) : $"{Escape(name)}={Value(random, pending)}");
        }

        return string.Join(random.Next(10) == 0 ? ";" : "&", parts);
    }

    private static string Value(Random random, string pending) => random.Next(9) switch
    {
        0 => string.Empty,
        1 => Escape(pending),
        2 => Escape(pending[..random.Next(pending.Length)] + (char)('a' + random.Next(26))),
        3 => Escape(new string('a', 1 + random.Next(1_500))), // five of them stay within a request line's 8 KB
        4 => "%FF%FE%C3%28%ED%A0%80",
        5 => Escape("access_denied"),
        6 => Escape(Unicode(random)),
        7 => "%00%0D%0A%E2%80%AE" + Escape("<script>alert(1)</script>"),
        _ => Escape(Convert.ToBase64String(Bytes(random))),
    };

    private static string Unicode(Random random)
    {
        var text = new StringBuilder();
        for (var k = random.Next(1, 40); k > 0; k--)
        {
            var codePoint = random.Next(0x20, 0x2FFFF);
            text.Append(char.ConvertFromUtf32(codePoint is >= 0xD800 and <= 0xDFFF ? 0xFFFD : codePoint));
        }

        return text.ToString();
    }

    private static byte[] Bytes(Random random)
    {
        var bytes = new byte[random.Next(1, 64)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Escape(string text) => Uri.EscapeDataString(text);

    private static string Shorten(string query) => query.Length <= 200 ? query : query[..200] + $"… ({query.Length} characters)";
}
