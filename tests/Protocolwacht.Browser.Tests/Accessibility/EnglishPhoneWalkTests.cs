using System.Xml.Linq;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.TestSupport;
using static Protocolwacht.Browser.Tests.Accessibility.PageWalk;

namespace Protocolwacht.Browser.Tests.Accessibility;

/// <summary>
/// The pages a teacher and a director use most, in English on a phone (stop 45): no interface text left in Dutch (a
/// text of the page that is a Dutch entry of UiText with another English value), nothing wider than the screen. On the
/// page walks' app (<see cref="AccessibilityCollection"/>), so no app of its own; screenshots in
/// artifacts/screenshots/en-phone-*.png, for a person to look at what no assertion catches (a text cut off).
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class EnglishPhoneWalkTests(BrowserFixture server)
{
    private static readonly string[] TeacherPages = ["/", "/compose", "/posts", "/calendar", "{post}", "/notifications", "/consent", "/accounts/posting-rights"];

    private static readonly string[] DirectorPages = ["/", "/advice", "{post}", "/calendar?view=month&school=regenboog", "/consent", "/freezes"];

    private static readonly Lazy<HashSet<string>> DutchEntries = new(ReadDutchEntries);

    // Every text of the page as a person reads it: text nodes, and the labels and hints a screen reader or a field shows.
    // Not what the page marks as Dutch on purpose (lang="nl": the protocol, which exists only in Dutch, and its citations).
    private const string TextsScript = """
        () => {
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (parent && !parent.closest('script, style, template, textarea, [hidden], [lang="nl"]')) { texts.push(node.textContent.trim()); }
            }
            for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
                if (element.closest('[lang="nl"]')) { continue; }
                for (const name of ['aria-label', 'placeholder', 'title']) {
                    if (element.hasAttribute(name)) { texts.push(element.getAttribute(name).trim()); }
                }
            }
            return texts.filter(t => t.length > 0);
        }
        """;

    [Fact]
    public async Task TeacherAndDirector_MostUsedPages_InEnglishOnAPhone_HaveNoDutchInterfaceText_AndFitTheScreen()
    {
        var post = await PostWithAdviceRequestAsync(server);
        var problems = new List<string>();

        await WalkAsync("tom.hendriks", "teacher", TeacherPages, post, problems);
        await WalkAsync("karin.mulder", "director", DirectorPages, post, problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static readonly string[] AdvisorPages = ["/organisation", "/organisation/import", "/organisation/schools/regenboog/edit", "/protocol", "/protocol/versions"];

    // Every control a person can see that the keyboard cannot reach: a negative tabindex on a visible link, button or field.
    private const string UnreachableScript = """
        () => Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary'))
            .filter(e => !e.disabled && e.type !== 'hidden' && e.tabIndex < 0 && !e.closest('[aria-hidden="true"], [hidden]'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0; })
            .map(e => e.outerHTML.slice(0, 120))
        """;

    /// <summary>
    /// Stop 46: the pages of a parent (the report form and, once sent, its confirmation; no account) and of the
    /// communication advisor (organisation and protocol administration), in English on a phone, and every control
    /// reachable by keyboard. Their Dutch phone screens are walked (axe, contrast, width) by <see cref="EveryPagePhoneTests"/>.
    /// </summary>
    [Fact]
    public async Task ParentAndCommunicationAdvisor_Pages_InEnglishOnAPhone_HaveNoDutchInterfaceText_FitTheScreen_AndTakeTheKeyboard()
    {
        var problems = new List<string>();
        var parent = await server.NewPageAsync(viewport: Viewports.Phone);
        await parent.GotoAsync("/melden");
        await ToEnglishAsync(parent);
        await parent.GotoAsync("/melden");
        await CheckPageAsync(parent, "parent", "/melden", "report", problems);
        await parent.GetByTestId("report-description").FillAsync("Op Instagram staat een nepaccount op naam van de school.");
        // Stop 50: a mistake (a person described without a role) is named in English in the summary and beside its
        // field, and the page still fits the phone; then the parent corrects it and the report goes.
        await parent.GetByLabel("Description 2").FillAsync("my son");
        await parent.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(parent.GetByTestId("report-errors")).ToContainTextAsync("Choose the role of person 2, or clear the description.");
        await CheckPageAsync(parent, "parent", "/melden (a mistake)", "report-mistake", problems);
        await parent.GetByLabel("Role 2").SelectOptionAsync("ouder");
        await parent.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(parent.GetByTestId("report-thanks")).ToBeVisibleAsync();
        await CheckPageAsync(parent, "parent", "/melden (sent)", "report-sent", problems);
        await parent.Context.CloseAsync();

        var advisor = await server.NewPageAsync(viewport: Viewports.Phone);
        await BrowserFixture.SignInAsync(advisor, "sanne.deboer");
        await advisor.GotoAsync("/");
        await ToEnglishAsync(advisor);
        foreach (var url in AdvisorPages)
        {
            var response = await advisor.GotoAsync(url);
            Assert.True(response is { Ok: true }, $"advisor {url}: HTTP {response?.Status}");
            await CheckPageAsync(advisor, "advisor", url, url.Trim('/').Replace('/', '-'), problems);
        }

        await advisor.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task ToEnglishAsync(IPage page)
    {
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    private static async Task CheckPageAsync(IPage page, string role, string target, string name, List<string> problems)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Screenshots.SaveAsync(page, $"en-phone-{role}-{name}");
        foreach (var text in (await page.EvaluateAsync<string[]>(TextsScript)).Where(DutchEntries.Value.Contains).Distinct())
        {
            problems.Add($"{role} {target}: still Dutch: \"{text}\"");
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            problems.Add($"{role} {target}: {widths[0]} px wide on a {widths[1]} px screen");
        }

        foreach (var control in await page.EvaluateAsync<string[]>(UnreachableScript))
        {
            problems.Add($"{role} {target}: not reachable by keyboard: {control}");
        }
    }

    // What a director and a board member review: the advice queue, a post with its findings (the director was asked;
    // a board member sees a post only once it is escalated to them or they took part), the incidents they see (the
    // yearly overview is the administrators'), and the archive through its search (a published post's own page, with
    // the archive's history, is for who took part in it: PostAccess).
    private static readonly string[] DirectorReviewPages = ["/advice", "{post}", "/incidents", "/search?q=open+dag"];

    // A board member (cvb, no administrator) gets advice requests escalated to them and oversees every school through the
    // insight (InsightReach, since stop 48); the archive's search and history are for directors (their school) and
    // administrators (HistoryReach), so not in this walk.
    private static readonly string[] BoardReviewPages = ["/", "/advice", "/incidents", "/calendar", "/insight"];

    private static readonly Lazy<HashSet<string>> EnglishEntries = new(ReadEnglishEntries);

    /// <summary>
    /// Stop 47: the pages a school director and a board member (cvb) review, on a phone in Dutch and in English: no text
    /// in the other language, nothing wider than the screen, every visible control reachable by keyboard. Screenshots in
    /// artifacts/screenshots/{nl,en}-phone-{director,board}-*.png, for a person to look at what no assertion catches.
    /// </summary>
    [Fact]
    public async Task DirectorAndBoardMember_ReviewPages_OnAPhoneInDutchAndEnglish_HaveNoTextInTheOtherLanguage_FitTheScreen_AndTakeTheKeyboard()
    {
        var places = new Dictionary<string, string>(StringComparer.Ordinal) { ["{post}"] = await PostWithAdviceRequestAsync(server) };
        await PublishedOnceAsync(server); // the open day's post, for the archive search
        var problems = new List<string>();

        foreach (var (staffId, role, pages) in new[] { ("karin.mulder", "director", DirectorReviewPages), ("marieke.jansen", "board", BoardReviewPages) })
        {
            var page = await server.NewPageAsync(viewport: Viewports.Phone);
            await BrowserFixture.SignInAsync(page, staffId);
            foreach (var language in new[] { "nl", "en" })
            {
                if (language == "en")
                {
                    await page.GotoAsync("/");
                    await ToEnglishAsync(page);
                }

                foreach (var url in pages)
                {
                    var target = places.GetValueOrDefault(url, url);
                    var response = await page.GotoAsync(target);
                    Assert.True(response is { Ok: true }, $"{role} {target}: HTTP {response?.Status}");
                    await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                    await CheckReviewPageAsync(page, $"{role} ({language}) {target}", $"{language}-phone-{role}-{(url == "/" ? "start" : url.Trim('/', '{', '}').Split('?')[0])}", language, problems);
                    if (url.StartsWith("/search", StringComparison.Ordinal))
                    {
                        await CheckSearchSpacingAsync(page, $"{role} ({language}) {target}", problems);
                    }
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // Stop 48: at phone width the search page's labels touched the field above them and a result's facts ran into the
    // next result. Air under each filter before the next label, and a result's account inside its card, not at its edge.
    private const double BetweenFilters = 12;
    private const double InsideAResult = 8;

    private static async Task CheckSearchSpacingAsync(IPage page, string where, List<string> problems)
    {
        // The account and author filters, which every searcher has (a director has no school filter since stop 50: their
        // reach is one school).
        var field = await BoxAsync(page.Locator("#Account"));
        var nextLabel = await BoxAsync(page.Locator("label[for=Author]"));
        if (nextLabel.Y - (field.Y + field.Height) < BetweenFilters)
        {
            problems.Add($"{where}: the label 'Author' {nextLabel.Y - (field.Y + field.Height)} px under the field above it");
        }

        var result = await BoxAsync(page.GetByTestId("search-result").First);
        var account = await BoxAsync(page.GetByTestId("search-account").First);
        if (account.X - result.X < InsideAResult || account.Y - result.Y < InsideAResult)
        {
            problems.Add($"{where}: a result's account {account.X - result.X} px from its card's side, {account.Y - result.Y} px from its top");
        }
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not on the page");

    private static async Task CheckReviewPageAsync(IPage page, string where, string name, string language, List<string> problems)
    {
        await Screenshots.SaveAsync(page, name);
        var otherLanguage = language == "en" ? DutchEntries.Value : EnglishEntries.Value;
        foreach (var text in (await page.EvaluateAsync<string[]>(TextsScript)).Where(otherLanguage.Contains).Distinct())
        {
            problems.Add($"{where}: in the other language: \"{text}\"");
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            problems.Add($"{where}: {widths[0]} px wide on a {widths[1]} px screen");
        }

        foreach (var control in await page.EvaluateAsync<string[]>(UnreachableScript))
        {
            problems.Add($"{where}: not reachable by keyboard: {control}");
        }
    }

    [Fact]
    public void DutchEntries_HoldTheInterfacesDutchTexts_SoTheWalkCanFindOne()
    {
        // Shows the walk's test could fail: a Dutch text of the menu is among the entries it looks for.
        Assert.Contains("Berichten", DutchEntries.Value);
        Assert.DoesNotContain("Posts", DutchEntries.Value);
    }

    private async Task WalkAsync(string staffId, string role, string[] pages, string post, List<string> problems)
    {
        // Signed in on the Dutch page (the helper finds its fields by their Dutch labels), then switched as a person does.
        var page = await server.NewPageAsync(viewport: Viewports.Phone);
        await BrowserFixture.SignInAsync(page, staffId);
        await page.GotoAsync("/");
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        foreach (var url in pages)
        {
            var target = url == "{post}" ? post : url;
            var response = await page.GotoAsync(target);
            Assert.True(response is { Ok: true }, $"{role} {target}: HTTP {response?.Status}");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            var name = url == "{post}" ? "post" : url.Trim('/').Split('?')[0].Replace('/', '-');
            await Screenshots.SaveAsync(page, $"en-phone-{role}-{(name.Length == 0 ? "start" : name)}");

            foreach (var text in (await page.EvaluateAsync<string[]>(TextsScript)).Where(DutchEntries.Value.Contains).Distinct())
            {
                problems.Add($"{role} {target}: still Dutch: \"{text}\"");
            }

            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                problems.Add($"{role} {target}: {widths[0]} px wide on a {widths[1]} px screen");
            }
        }

        await page.Context.CloseAsync();
    }

    // The Dutch keys whose English differs ("Berichten" → "Posts"); a key that reads the same in English ("Account") is
    // no sign of a text left untranslated, nor is a one-letter or number-only key.
    private static HashSet<string> ReadDutchEntries()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Web", "Infrastructure", "Localization");
        var english = Entries(Path.Combine(folder, "UiText.en.resx"));
        return [.. english.Where(e => !string.Equals(e.Key, e.Value, StringComparison.Ordinal) && e.Key.Count(char.IsLetter) > 1 && !e.Key.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Key)];
    }

    // The English values that differ from their Dutch key ("Posts" for "Berichten"): such a text on a Dutch page was left in English.
    private static HashSet<string> ReadEnglishEntries()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Protocolwacht.Web", "Infrastructure", "Localization");
        var english = Entries(Path.Combine(folder, "UiText.en.resx"));
        return [.. english.Where(e => !string.Equals(e.Key, e.Value, StringComparison.Ordinal) && e.Value.Count(char.IsLetter) > 1 && !e.Value.Contains('{', StringComparison.Ordinal))
            .Select(e => e.Value)];
    }

    private static Dictionary<string, string> Entries(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
}
