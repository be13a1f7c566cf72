using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// Every page, signed in as the role that uses it (and the public pages signed out), on a laptop and on a
/// phone: axe-core finds no serious or critical violation (WCAG 2.2 AA, issue #12). The laptop walk also
/// keeps the screenshots the README shows (docs/screenshots).
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class EveryPageTests(BrowserFixture server)
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    private static readonly string[] PublicPages = ["/", "/account/signin", "/protocol", "/protocol/versions", "/melden"];

    private static readonly string[] TeacherPages =
    [
        "/", "/compose", "/compose/personal", "/posts", "{post}", "/notifications", "/incidents", "/incidents/new",
        "/consent", "/organisation", "/sandbox",
    ];

    private static readonly string[] DirectorPages =
    [
        "/", "/advice", "{post}", "/consent", "/consent/students/daan.kok", "/freezes", "/organisation/schools/regenboog",
        "/search?q=sportdag", "/history",
    ];

    private static readonly string[] AdministratorPages =
    [
        "/", "/accounts", "/accounts/edit/regenboog-x", "/accounts/posting-rights", "/protocol/acknowledgements",
        "/protocol/versions", "/consent/settings", "/organisation", "/organisation/import", "/platform-decisions",
        "/incidents/overview", "/freezes", "/audit", "/staff-accounts", "/roles", "/history", "/history/import",
        "/search?q=sportdag", "/organisation/pupils/import", "/organisation/staff/import",
        "/organisation/schools/regenboog/edit", "/organisation/staff/tom.hendriks/edit",
    ];

    private static string? _postUrl;
    private static readonly SemaphoreSlim Setup = new(1, 1);

    public static TheoryData<string> Screens => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EveryPage_EachRole_HasNoSeriousOrCriticalAxeViolations(string screen)
    {
        var viewport = screen == "desktop" ? Viewports.Desktop : Viewports.Phone;
        var post = await PostWithAdviceRequestAsync();
        var problems = new List<string>();

        var visitor = await server.NewPageAsync(viewport: viewport);
        await CheckAsync(visitor, PublicPages, post, screen, problems);
        await CheckAsync(await SignedInAsync("tom.hendriks", viewport), TeacherPages, post, screen, problems);
        await CheckAsync(await SignedInAsync("karin.mulder", viewport), DirectorPages, post, screen, problems);
        await CheckAsync(await SignedInAsync("sanne.deboer", viewport), AdministratorPages, post, screen, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task MainPages_Desktop_ScreenshotsForTheReadme()
    {
        var post = await PostWithAdviceRequestAsync();
        var tom = await SignedInAsync("tom.hendriks", Viewports.Desktop);
        await tom.GotoAsync("/");
        await Assertions.Expect(tom.GetByTestId("home-links")).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "start-teacher");
        await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt");
        await Assertions.Expect(tom.GetByTestId("live-finding").First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(tom, "composer");
        await tom.GotoAsync("/posts");
        await Screenshots.SaveForDocsAsync(tom, "posts-history");

        var karin = await SignedInAsync("karin.mulder", Viewports.Desktop);
        await karin.GotoAsync("/");
        await Screenshots.SaveForDocsAsync(karin, "start-director");
        await karin.GotoAsync("/advice");
        await Assertions.Expect(karin.GetByTestId("advice-question").Filter(new() { HasText = "Mag de naam van Daan erin?" }).First).ToBeVisibleAsync();
        await Screenshots.SaveForDocsAsync(karin, "advice-queue");
        await karin.GotoAsync(post);
        await Screenshots.SaveForDocsAsync(karin, "advice-post");

        var sanne = await SignedInAsync("sanne.deboer", Viewports.Desktop);
        await sanne.GotoAsync("/");
        await Screenshots.SaveForDocsAsync(sanne, "start-administrator");

        var phone = await SignedInAsync("tom.hendriks", Viewports.Phone);
        await ComposeAsync(phone, "regenboog-x", DoubtText, "doubt");
        await Screenshots.SaveForDocsAsync(phone, "composer-phone");
    }

    private async Task CheckAsync(IPage page, IEnumerable<string> urls, string post, string screen, List<string> problems)
    {
        foreach (var url in urls)
        {
            var target = url == "{post}" ? post : url;
            var response = await page.GotoAsync(target);
            Assert.True(response is { Ok: true }, $"{screen} {target}: HTTP {response?.Status}");
            foreach (var violation in await Axe.SeriousViolationsAsync(page))
            {
                problems.Add($"{screen} {target}: {violation}");
            }
        }
    }

    private async Task<IPage> SignedInAsync(string staffId, ViewportSize viewport)
    {
        var page = await server.NewPageAsync(viewport: viewport);
        await BrowserFixture.SignInAsync(page, staffId);
        return page;
    }

    /// <summary>Tom's post in doubt with an advice request to Karin, made once for every walk in this class.</summary>
    private async Task<string> PostWithAdviceRequestAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (_postUrl is null)
            {
                var tom = await server.NewPageAsync();
                await SignInAndAcknowledgeAsync(tom, "tom.hendriks");
                await ComposeAsync(tom, "regenboog-x", DoubtText, "doubt");
                var url = await SaveAndOpenPostAsync(tom);
                await tom.GetByLabel("Vraag aan je leidinggevende (optioneel)").FillAsync("Mag de naam van Daan erin?");
                await tom.GetByTestId("request-advice").ClickAsync();
                await Assertions.Expect(tom.GetByTestId("post-state")).ToHaveTextAsync("advies gevraagd");
                _postUrl = new Uri(url).PathAndQuery;
            }

            return _postUrl;
        }
        finally
        {
            Setup.Release();
        }
    }
}
