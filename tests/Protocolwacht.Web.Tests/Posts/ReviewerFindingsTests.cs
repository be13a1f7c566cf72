using System.Net;
using System.Text.RegularExpressions;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Infrastructure.Localization;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// Stop 40's finding: the director deciding on a doubted post read the author's advice "vraag je leidinggevende om
/// advies" while she is that leidinggevende. The verdict line now speaks to whoever reads the page, the check's messages
/// are shown to others as what the author was told, sending back is the secondary decision, and the protocol's Dutch
/// citation says so to an English reader.
/// </summary>
public sealed partial class ReviewerFindingsTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";
    private const string AuthorAdvice = "Twijfel: vraag je leidinggevende om advies voordat je dit plaatst.";

    [Fact]
    public async Task DoubtedPost_TheAuthorIsToldToAskAdvice_TheReviewerWhatToDecide_OthersWhatHappened()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");

        var author = await tom.GetPageAsync($"/posts/{id}");
        var reviewer = await karin.GetPageAsync($"/posts/{id}");
        var returned = await karin.ReturnAsync(id, "Laat de achternaam weg.");

        Assert.Equal(AuthorAdvice, Verdict(author));
        Assert.DoesNotContain("data-testid=\"told-the-author\"", author, StringComparison.Ordinal);
        Assert.StartsWith("Twijfel: de controle weet niet zeker of dit bericht past bij het protocol, en jij beslist.", Verdict(reviewer), StringComparison.Ordinal);
        Assert.DoesNotContain("vraag je leidinggevende", Verdict(reviewer), StringComparison.Ordinal);
        Assert.Contains("Wat de controle de auteur meldde:", reviewer, StringComparison.Ordinal);
        Assert.Contains("Daan Kok", Findings(reviewer), StringComparison.Ordinal); // the author's message itself is still shown
        Assert.Contains("data-testid=\"advice-question\">Mag de naam erin?<", Actions(reviewer), StringComparison.Ordinal); // beside her decision
        // The history's check step: advice to the author, what it meant to anyone else.
        Assert.Contains("De controle twijfelt: vraag je leidinggevende om advies.", Transitions(author), StringComparison.Ordinal);
        Assert.DoesNotContain("vraag je leidinggevende", Transitions(reviewer), StringComparison.Ordinal);
        Assert.Contains("De controle twijfelde: een leidinggevende moet het bericht goedkeuren voordat het geplaatst wordt.", Transitions(reviewer), StringComparison.Ordinal);
        // Once she has decided she no longer reviews it: what happened, not what to do.
        Assert.Equal("Twijfel: de controle wist niet zeker of dit bericht past bij het protocol; een leidinggevende moet het goedkeuren voordat het geplaatst wordt.", Verdict(returned));
        Assert.Contains("Teruggestuurd: de auteur krijgt het bericht terug met je opmerking. Het staat niet meer bij je adviesvragen.", returned, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_ApproveIsTheOnePrimaryAction_SendBackIsSecondary_AndSaysToWhom()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id);

        var actions = Actions(await karin.GetPageAsync($"/posts/{id}"));

        Assert.Single(PrimaryButton().Matches(actions));
        Assert.Matches("utrecht-button--primary-action\" id=\"approve-button\"", actions);
        Assert.Matches("utrecht-button--secondary-action\" id=\"return-button\" data-testid=\"return\">Terugsturen naar de auteur<", actions);
        Assert.Contains("aria-describedby=\"return-hint\"", actions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForAnEnglishReviewer_TheVerdictIsEnglish_AndTheDutchProtocolCitationIsMarkedAsDutch()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id);
        var dutch = await karin.GetPageAsync($"/posts/{id}");
        await EnglishReaderDetailsTests.InEnglishAsync(karin);

        var english = await karin.GetPageAsync($"/posts/{id}");

        Assert.StartsWith("Doubt: the check is not sure whether this post fits the protocol, and you decide.", Verdict(english), StringComparison.Ordinal);
        Assert.Contains("What the check told the author:", english, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"nl\">", Findings(english), StringComparison.Ordinal);
        Assert.Matches("<p lang=\"nl\">[^<]*De privacy van anderen", Findings(english));
        Assert.Contains("protocol in Dutch", Findings(english), StringComparison.Ordinal);
        // The English sentence holds no Dutch citation. Its citation of the finding's own part is not repeated after it
        // (stop 43: the English page showed the title twice, after the sentence and in the protocol's summary): each
        // finding names its part once, quoted in Dutch under "protocol in Dutch".
        Assert.DoesNotMatch("<strong>[^<]*, punt \\d", Findings(english));
        Assert.All(FindingItems(english), finding => Assert.Equal(1, Occurrences(finding, OwnTitle(finding))));
        // The Dutch sentence named it too, at its end, before the summary named it again (stop 44): now once there as well.
        // The check's own message still cites it, so the page is what leaves it out.
        Assert.All(FindingItems(dutch), finding => Assert.Equal(1, Occurrences(finding, OwnTitle(finding))));
        var ownTitles = FindingItems(dutch).Select(OwnTitle).ToList();
        var checkMessages = await CheckMessagesAsync(tom, DoubtText);
        Assert.Contains(checkMessages, message => ownTitles.Any(title => message.Contains($"({title})", StringComparison.Ordinal)));
        Assert.DoesNotContain("finding-citation", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"protocol-in-dutch\"", dutch, StringComparison.Ordinal); // a Dutch reader needs no note
        Assert.Contains(">Send back to the author<", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostState_TheAuthorReadsTheInstruction_TheReviewerWhatWaitsForHer_OthersWhatHappened()
    {
        // Stop 41's finding: the director read the state "twijfel: vraag advies", an instruction meant for the author.
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        var doubtedForAdministrator = State(await sanne.GetPageAsync($"/posts/{id}"));
        await tom.RequestAdviceAsync(id);

        var author = await tom.GetPageAsync($"/posts/{id}");
        var reviewer = await karin.GetPageAsync($"/posts/{id}");
        var administrator = await sanne.GetPageAsync($"/posts/{id}");
        await EnglishReaderDetailsTests.InEnglishAsync(karin);
        var englishReviewer = await karin.GetPageAsync($"/posts/{id}");

        Assert.Equal("twijfel: nog geen advies gevraagd", doubtedForAdministrator);
        Assert.Equal("advies gevraagd", State(author));
        Assert.Contains("twijfel: vraag advies", Transitions(author), StringComparison.Ordinal); // the author's own words stay
        Assert.Equal("wacht op jouw beoordeling", State(reviewer));
        Assert.Equal("advies gevraagd", State(administrator));
        Assert.Equal("awaiting your review", State(englishReviewer));
        foreach (var page in new[] { reviewer, administrator })
        {
            Assert.DoesNotContain("vraag advies", WebUtility.HtmlDecode(Transitions(page)), StringComparison.Ordinal);
            Assert.Contains("twijfel: nog geen advies gevraagd → advies gevraagd", WebUtility.HtmlDecode(Transitions(page)), StringComparison.Ordinal);
        }
    }

    /// <summary>The check's own (Dutch) messages for <paramref name="text"/> on De Regenboog's X account, as the batch API answers.</summary>
    private static async Task<List<string>> CheckMessagesAsync(AppClient author, string text)
    {
        var request = new { id = "r1", text, account = new { kind = "school", school = "regenboog", channel = "x" }, author = "tom.hendriks" };
        using var response = await author.PostJsonAsync("/api/checks", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!)];
    }

    /// <summary>Each finding's list item, decoded (a title such as "Don'ts, punt 4" is escaped in the HTML).</summary>
    private static string[] FindingItems(string page) =>
        [.. WebUtility.HtmlDecode(Findings(page)).Split("data-testid=\"finding\"", StringSplitOptions.None).Skip(1)];

    /// <summary>The title of the finding's own part of the protocol, as its summary names it: "Bedenk dat..., punt 5 (A5)".</summary>
    private static string OwnTitle(string finding)
    {
        var match = SummaryTitle().Match(finding);
        Assert.True(match.Success, finding);
        return match.Groups[1].Value;
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string State(string page) => WebUtility.HtmlDecode(StateLine().Match(page).Groups[1].Value);

    private static string Verdict(string page) => WebUtility.HtmlDecode(VerdictLine().Match(page).Groups[1].Value);

    private static string Findings(string page) => Section(page, "data-testid=\"check-result\"");

    private static string Actions(string page) => Section(page, "id=\"post-actions\"", "</section>");

    private static string Transitions(string page) => Section(page, "data-testid=\"transitions\"", "</ol>");

    private static string Section(string page, string marker, string end = "</section>")
    {
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{marker} not on the page");
        return page[start..page.IndexOf(end, start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-testid=\"verdict\">([^<]*)</p>")]
    private static partial Regex VerdictLine();

    [GeneratedRegex("data-testid=\"post-state\">([^<]*)</strong>")]
    private static partial Regex StateLine();

    [GeneratedRegex("<summary><span lang=\"nl\">(.+?) \\([^()]+\\)</span>")]
    private static partial Regex SummaryTitle();

    [GeneratedRegex("utrecht-button--primary-action")]
    private static partial Regex PrimaryButton();
}
