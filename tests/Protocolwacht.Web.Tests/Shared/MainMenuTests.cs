using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// The main menu shows each role its own links, and counts what waits for this person. The two tests that only read
/// menus (signed in, and a visitor) share one app (<see cref="SharedApp"/>); the test that requests and answers advice
/// starts its own, so its counts start from nothing.
/// </summary>
public sealed partial class MainMenuTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task Menu_Teacher_HasDailyItemsButNoAdministratorLinks()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");

        var teacher = MenuLinks(await tom.GetPageAsync("/"));
        var administrator = MenuLinks(await sanne.GetPageAsync("/"));

        Assert.Subset(teacher.ToHashSet(), new HashSet<string> { "/compose", "/posts", "/notifications", "/protocol" });
        // What the administrator sees, the teacher does not: the same menu, filtered by role.
        foreach (var adminOnly in new[] { "/accounts", "/accounts/posting-rights", "/protocol/acknowledgements", "/platform-decisions", "/freezes" })
        {
            Assert.Contains(adminOnly, administrator);
            Assert.DoesNotContain(adminOnly, teacher);
        }

        Assert.DoesNotContain("/advice", teacher); // a teacher answers no advice requests
    }

    [Fact]
    public async Task Menu_Visitor_OnlyPublicLinks()
    {
        var app = shared.App;
        using var visitor = app.Anonymous();

        var links = MenuLinks(await visitor.GetPageAsync("/"));

        Assert.Equal(["/", "/protocol", "/melden"], links);
    }

    [Fact]
    public async Task Menu_AdviceRequestedAndAnswered_CountsWaitingAdviceAndUnreadNotifications()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        Assert.Contains("/advice", MenuLinks(await karin.GetPageAsync("/")));
        Assert.DoesNotContain("data-testid=\"menu-count-advice-waiting\"", await karin.GetPageAsync("/"), StringComparison.Ordinal);

        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");

        Assert.Equal("1", Count(await karin.GetPageAsync("/"), "advice-waiting"));
        await karin.ApproveAsync(id, "Akkoord.");
        Assert.Null(Count(await karin.GetPageAsync("/"), "advice-waiting"));
        var unread = Count(await tom.GetPageAsync("/posts"), "unread-notifications");
        Assert.NotNull(unread);
        await tom.GetPageAsync("/notifications"); // opening the page reads them
        Assert.Null(Count(await tom.GetPageAsync("/posts"), "unread-notifications"));
    }

    private static List<string> MenuLinks(string html)
    {
        var nav = Nav().Match(html);
        Assert.True(nav.Success, "no main menu on the page");
        return [.. Link().Matches(nav.Value).Select(m => m.Groups[1].Value)];
    }

    private static string? Count(string html, string counter)
    {
        var match = Regex.Match(html, $"data-testid=\"menu-count-{counter}\">(\\d+)");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<nav[^>]*data-testid=\"main-menu\"[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex("<a class=\"utrecht-nav-list__link[^\"]*\" href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
