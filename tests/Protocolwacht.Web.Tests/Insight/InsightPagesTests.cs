using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Infrastructure.Localization;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Insight;

/// <summary>/insight: administrators and the board (cvb) see every school, a director only their own (server-side), counts only, with CSV; examples for administrators and directors.</summary>
public sealed partial class InsightPagesTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    // Imported onto Het Kompas's account: one post the check blocks (a BSN), one without findings.
    private const string KompasPosts = """
        date,text,url
        2024-03-05 10:00,Het BSN van de nieuwe leerling is 111222333 wil je het invoeren?,https://example.org/k1
        2024-03-06 10:00,Open dag op het Kompas: iedereen welkom,https://example.org/k2
        """;

    private const string RegenboogPost = """
        date,text,url
        2024-03-07 10:00,De Regenboog zoekt een nieuwe naam voor het schoolplein,https://example.org/r1
        """;

    [Theory]
    [AllDatabases]
    public async Task Insight_BoardSeesAllSchools_DirectorOnlyTheirOwn_WithAdviceTimeCsvAndExamples(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("2 toegevoegd", await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", KompasPosts), StringComparison.Ordinal);

        // Published here on De Regenboog after advice answered 90 minutes later.
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder"); // director of De Regenboog
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");
        await app.AdvanceAsync(TimeSpan.FromMinutes(90)); // within the two-hour advice deadline
        await karin.ApproveAsync(id, "Ouders hebben het goed gevonden.");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);

        var board = await GetAsync(admin, "/insight");
        Assert.Equal("3", TestId(board, "insight-posts"));
        Assert.Equal("2 (66,7%)", TestId(board, "insight-needed"));
        Assert.Equal("1 u 30 min", TestId(board, "insight-advice-median"));
        Assert.Contains("<th scope=\"row\">Kindcentrum Het Kompas</th>", board, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Basisschool De Regenboog</th>", board, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", board, StringComparison.Ordinal);
        Assert.Matches("<svg class=\"insight-bars__bar\" width=\"[0-9.]+%\"[^>]*><rect[^>]*></rect></svg>\\s*<span class=\"insight-bars__value\">1</span>", board);
        Assert.Contains("/insight/voorbeeld/1\"", board, StringComparison.Ordinal); // the BSN post, the first record
        Assert.DoesNotContain("tom.hendriks", board, StringComparison.Ordinal); // authors only as a count
        Assert.Equal("2", TestId(await GetAsync(admin, "/insight?Source=imported"), "insight-posts"));
        Assert.Equal("1", TestId(await GetAsync(admin, "/insight?Source=published"), "insight-posts"));
        Assert.Equal("0", TestId(await GetAsync(admin, "/insight?From=2024-04&To=2024-12"), "insight-posts"));

        var csv = await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=school", UriKind.Relative));
        Assert.StartsWith("School,School-id,Bevindingen,Berichten,Advies nodig,Aandeel advies nodig,Auteurs (aantal)\r\n", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\r\nKindcentrum Het Kompas,kompas,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nBasisschool De Regenboog,regenboog,", csv, StringComparison.Ordinal);
        Assert.Contains(",1\r\n", csv, StringComparison.Ordinal); // De Regenboog: one author, as a number

        // The director: only De Regenboog, whatever the query asks, and no way into Het Kompas's example.
        var own = await GetAsync(karin, "/insight");
        Assert.Equal("1", TestId(own, "insight-posts"));
        Assert.DoesNotContain("kompas", own, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("0", TestId(await GetAsync(karin, "/insight?School=kompas"), "insight-posts"));
        Assert.Equal("0", TestId(await GetAsync(karin, "/insight?Account=kompas-instagram"), "insight-posts"));
        Assert.Contains("kompas", await GetAsync(admin, "/insight?handler=Csv&table=account"), StringComparison.OrdinalIgnoreCase); // what the director must not see is there
        foreach (var table in new[] { "account", "school" })
        {
            // By name and by id, in any case: the labels are names now ("Kindcentrum Het Kompas", "Instagram @kckompas").
            var directors = await karin.GetStringAsync(new Uri($"/insight?handler=Csv&table={table}", UriKind.Relative));
            Assert.Contains("Regenboog", directors, StringComparison.Ordinal); // her own school's row: the CSV is not empty
            Assert.DoesNotContain("kompas", directors, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Sint Jozef", directors, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sintjozef", directors, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await karin.GetAsync(new Uri("/insight/voorbeeld/1", UriKind.Relative))).StatusCode);
        Assert.Contains("111222333", await GetAsync(admin, "/insight/voorbeeld/1"), StringComparison.Ordinal);
        Assert.Contains("voorleeswedstrijd", await GetAsync(karin, $"/insight/voorbeeld/{Regex.Match(own, "/insight/voorbeeld/(\\d+)").Groups[1].Value}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insight_IsForAdministratorsAndDirectors_AndABadMonthIsExplained()
    {
        var app = await apps.FreshAsync();
        using var teacher = await app.SignInAsync("mark.willems");
        using var karin = await app.SignInAsync("karin.mulder");

        await AssertRefusedAsync(teacher, "/insight");
        await AssertRefusedAsync(teacher, "/insight?handler=Csv&table=school");
        Assert.Contains("'2024-13' in het veld 'Van' is geen maand", await GetAsync(karin, "/insight?From=2024-13"), StringComparison.Ordinal);
        Assert.Contains("/insight", await GetAsync(karin, "/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/insight\"", await GetAsync(teacher, "/"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The board's own accounts belong to no school: their row in the per-school table is the board's office as the
    /// organisation calls it ("Bestuursbureau", as the staff form and the acknowledgements say);
    /// until stop 51 it was the bare "bestuur".
    /// </summary>
    [Fact]
    public async Task Insight_TheBoardsAccounts_AreTheBoardOfficesRow_InPageAndCsv()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("1 toegevoegd", await UploadAsync(admin, "konot-x", "csv", "konot.csv", RegenboogPost), StringComparison.Ordinal);

        var dutch = await GetAsync(admin, "/insight");
        var csv = await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=school", UriKind.Relative));

        Assert.Contains("<th scope=\"row\">Bestuursbureau</th>", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">bestuur</th>", dutch, StringComparison.Ordinal);
        Assert.Contains("\r\nBestuursbureau,,", csv, StringComparison.Ordinal);
    }

    /// <summary>
    /// Who sees the insight, by role (stop 48: a board member got a 403 while the architecture said the board sees it).
    /// The board (cvb) oversees every school, so a board member sees an administrator's figures: every school, the school
    /// filter and the CSV, but not the example posts (stop 48's review: every archived post has an insight row, so a board
    /// member could read any archived text at /insight/voorbeeld/n; on that code the refusals below failed with a 200 that
    /// held the BSN post and the open-day post, and the page linked "/insight/voorbeeld/1"). A director sees their own
    /// school; a staff member who is no administrator and a teacher nothing, by no door (page, CSV, example, menu).
    /// </summary>
    [Fact]
    public async Task Insight_ByRole_BoardMemberSeesEverySchoolsFiguresButNoExample_AdministratorEverything_DirectorTheirOwn_StaffAndTeacherNothing()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer"); // staf, administrator
        Assert.Contains("2 toegevoegd", await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", KompasPosts), StringComparison.Ordinal);
        Assert.Contains("1 toegevoegd", await UploadAsync(admin, "regenboog-x", "csv", "regenboog.csv", RegenboogPost), StringComparison.Ordinal);

        using var marieke = await app.SignInAsync("marieke.jansen"); // cvb, no administrator
        var board = await GetAsync(marieke, "/insight");
        Assert.Equal("3", TestId(board, "insight-posts"));
        Assert.Contains("<th scope=\"row\">Kindcentrum Het Kompas</th>", board, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Basisschool De Regenboog</th>", board, StringComparison.Ordinal);
        Assert.Contains("voor het hele bestuur", board, StringComparison.Ordinal);
        Assert.Contains("id=\"School\"", board, StringComparison.Ordinal); // the school filter, as for an administrator
        Assert.Equal("2", TestId(await GetAsync(marieke, "/insight?School=kompas"), "insight-posts"));
        var csv = await marieke.GetStringAsync(new Uri("/insight?handler=Csv&table=school", UriKind.Relative));
        Assert.Contains("\r\nKindcentrum Het Kompas,kompas,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nBasisschool De Regenboog,regenboog,", csv, StringComparison.Ordinal);
        Assert.Contains("href=\"/insight\"", await GetAsync(marieke, "/"), StringComparison.Ordinal);

        // The administrator's page links the BSN post as an example and opens it; the board member's page shows the same
        // frequent finding without links, and neither that example nor a post that is no example opens for them.
        var adminPage = await GetAsync(admin, "/insight");
        Assert.Equal("3", TestId(adminPage, "insight-posts"));
        Assert.Contains("href=\"/insight/voorbeeld/1\"", adminPage, StringComparison.Ordinal);
        Assert.Contains("111222333", await GetAsync(admin, "/insight/voorbeeld/1"), StringComparison.Ordinal);
        Assert.Contains("Open dag op het Kompas", await GetAsync(admin, "/insight/voorbeeld/2"), StringComparison.Ordinal);
        await AssertRefusedAsync(marieke, "/insight/voorbeeld/1"); // Het Kompas's example, the BSN post
        await AssertRefusedAsync(marieke, "/insight/voorbeeld/2"); // the open day: no finding, so no example
        Assert.Contains("Meest voorkomende bevindingen</caption>", board, StringComparison.Ordinal);
        Assert.DoesNotContain("/insight/voorbeeld/", board, StringComparison.Ordinal);
        Assert.DoesNotContain(">Voorbeelden</th>", board, StringComparison.Ordinal);

        using var karin = await app.SignInAsync("karin.mulder"); // directie, De Regenboog
        var own = await GetAsync(karin, "/insight");
        Assert.Equal("1", TestId(own, "insight-posts"));
        Assert.DoesNotContain("id=\"School\"", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await karin.GetAsync(new Uri("/insight/voorbeeld/1", UriKind.Relative))).StatusCode);

        foreach (var outsider in new[] { "lotte.visser", "mark.willems" }) // staf without the administrator role; a teacher
        {
            using var client = await app.SignInAsync(outsider);
            foreach (var url in new[] { "/insight", "/insight?handler=Csv&table=school", "/insight/voorbeeld/1" })
            {
                await AssertRefusedAsync(client, url);
            }

            Assert.DoesNotContain("href=\"/insight\"", await GetAsync(client, "/"), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Stop 49's walk: the insight named schools and accounts by their ids ("kompas-instagram"), where people know them by
    /// name and handle, and its filters asked for an id typed by hand. Now the form offers them by name (a director only
    /// their own school's accounts), the tables and the example name them so, and the CSV keeps the id beside the name.
    /// </summary>
    [Fact]
    public async Task Insight_NamesSchoolsAndAccounts_InTheFormTheTablesTheExampleAndTheCsv_WhichKeepsTheIdBeside()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("2 toegevoegd", await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", KompasPosts), StringComparison.Ordinal);

        var page = await GetAsync(admin, "/insight");
        Assert.Contains("<option value=\"kompas\">Kindcentrum Het Kompas</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kompas-instagram\">Instagram @kckompas</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"regenboog-x\">X @RegenboogEsveld</option>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Instagram @kckompas</th>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">kompas-instagram<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">kompas<", page, StringComparison.Ordinal);

        // The choice made stays chosen, and filters by the id behind the name.
        var chosen = await GetAsync(admin, "/insight?Account=kompas-instagram&School=kompas");
        Assert.Contains("<option value=\"kompas-instagram\" selected=\"selected\">Instagram @kckompas</option>", chosen, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kompas\" selected=\"selected\">Kindcentrum Het Kompas</option>", chosen, StringComparison.Ordinal);
        Assert.Equal("2", TestId(chosen, "insight-posts"));

        // The CSV: the name first (platform first, so no apostrophe is needed for a handle's "@"), its id beside it.
        var csv = (await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=account", UriKind.Relative))).TrimStart('\uFEFF');
        Assert.StartsWith("Account,Account-id,Bevindingen,Berichten,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nInstagram @kckompas,kompas-instagram,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("'", csv, StringComparison.Ordinal);
        Assert.StartsWith("Maand,Bevindingen,", (await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=maand", UriKind.Relative))).TrimStart('\uFEFF'), StringComparison.Ordinal);

        Assert.Contains("<strong>Instagram @kckompas</strong>", await GetAsync(admin, "/insight/voorbeeld/1"), StringComparison.Ordinal);

        // A director chooses among their own school's accounts only, and no school at all.
        using var karin = await app.SignInAsync("karin.mulder");
        var own = await GetAsync(karin, "/insight");
        Assert.Contains("<option value=\"regenboog-x\">X @RegenboogEsveld</option>", own, StringComparison.Ordinal);
        Assert.DoesNotContain("kompas", own, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sint Jozef", own, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SintJozef", own, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// fixweb2 (review of stop 49): a school or account in the query string that the form does not offer still filters
    /// the figures, but the form said "Alle accounts". Now the form shows it, chosen, under "Niet in de lijst": by its
    /// name within the viewer's reach, as typed outside it (a director learns no other school's names), and the accounts
    /// are grouped by school.
    /// </summary>
    [Fact]
    public async Task Insight_AFilterTheFormDoesNotOffer_IsShownChosen_ByNameOnlyWithinReach_AndAccountsAreGroupedBySchool()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("2 toegevoegd", await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", KompasPosts), StringComparison.Ordinal);

        var all = await GetAsync(admin, "/insight");
        Assert.Contains("<optgroup label=\"Kindcentrum Het Kompas\">", all, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Het bestuur\">", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Niet in de lijst", all, StringComparison.Ordinal);

        var gone = await GetAsync(admin, "/insight?Account=kompas-oud");
        Assert.Equal("0", TestId(gone, "insight-posts")); // it filters
        Assert.Contains("<optgroup label=\"Niet in de lijst\">", gone, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kompas-oud\" selected=\"selected\">kompas-oud</option>", gone, StringComparison.Ordinal);

        using var karin = await app.SignInAsync("karin.mulder"); // directie, De Regenboog
        var own = await GetAsync(karin, "/insight");
        Assert.Contains("<optgroup label=\"Basisschool De Regenboog\">", own, StringComparison.Ordinal);
        var otherAccount = await GetAsync(karin, "/insight?Account=kompas-instagram");
        Assert.Equal("0", TestId(otherAccount, "insight-posts"));
        Assert.Contains("<option value=\"kompas-instagram\" selected=\"selected\">kompas-instagram</option>", otherAccount, StringComparison.Ordinal);
        Assert.DoesNotContain("@kckompas", otherAccount, StringComparison.OrdinalIgnoreCase);
        var otherSchool = await GetAsync(karin, "/insight?School=kompas");
        Assert.Equal("0", TestId(otherSchool, "insight-posts"));
        Assert.Contains("<option value=\"kompas\" selected=\"selected\">kompas</option>", otherSchool, StringComparison.Ordinal);
        Assert.DoesNotContain("Het Kompas", otherSchool, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Stop 49's walk: at phone width the insight's filters were bare labels and fields in one run of text, which overlapped
    /// and ran off the screen. Now each label and its field share a box of the filter row (.filter-form, as the calendar's),
    /// which the style sheet lays out as one full-width box per line on a phone; the browser walk checks the result
    /// (InsightLanguageTests).
    /// </summary>
    [Fact]
    public async Task Insight_Filters_EachLabelWithItsFieldInABoxOfTheFilterRow_WhichAPhoneStacksFullWidth()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        var page = await GetAsync(admin, "/insight");

        var form = Regex.Match(page, "<form method=\"get\" id=\"insight-form\" class=\"filter-form insight-filters\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "the filter form is a filter row");
        var boxes = Regex.Matches(form.Groups[1].Value, "<div>(.*?)</div>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        foreach (var field in new[] { "Source", "School", "Account", "From", "To" })
        {
            Assert.Single(boxes, b => b.Contains($"<label for=\"{field}\">", StringComparison.Ordinal) && b.Contains($"id=\"{field}\"", StringComparison.Ordinal));
        }

        Assert.Single(boxes, b => b.Contains("<button type=\"submit\">", StringComparison.Ordinal));
        Assert.Equal(6, boxes.Count);
        var css = await admin.GetStringAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Contains("@media (max-width: 40rem) { .utrecht-html :is(.search-filters, .insight-filters) > div { flex-basis: 100%; } }", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insight_InEnglish_TranslatesItsTitlesHeadersAndDurations_AndMarksTheProtocolsTitlesAsDutch()
    {
        // Stop 41's finding: chart titles and table headers stayed Dutch on the English page, and the protocol's Dutch
        // part titles had no lang="nl".
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        await UploadAsync(admin, "kompas-instagram", "csv", "kompas.csv", KompasPosts);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");
        await app.AdvanceAsync(TimeSpan.FromMinutes(90));
        await karin.ApproveAsync(id, "Ouders hebben het goed gevonden.");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);

        var dutch = await GetAsync(admin, "/insight");
        await EnglishReaderDetailsTests.InEnglishAsync(admin);
        var english = await GetAsync(admin, "/insight");

        Assert.Contains(">Bevindingen per richtlijn</h2>", dutch, StringComparison.Ordinal);
        Assert.Equal("1 u 30 min", TestId(dutch, "insight-advice-median"));
        foreach (var title in new[] { "Findings per guideline", "Findings per category", "Findings per school", "Findings per account", "Findings per month" })
        {
            Assert.Contains($">{title}</h2>", english, StringComparison.Ordinal);
        }

        foreach (var header in new[] { "Title", "Month", "Advice needed", "Share needing advice", "Authors (number)" })
        {
            Assert.Contains($"<th scope=\"col\">{header}</th>", english, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Bevindingen per", english, StringComparison.Ordinal);
        Assert.Equal("1 h 30 min", TestId(english, "insight-advice-median"));
        // Figures and months in the reader's culture (stop 43: the English page had the Dutch decimal comma).
        Assert.Equal("2 (66,7%)", TestId(dutch, "insight-needed"));
        Assert.Equal("2 (66.7%)", TestId(english, "insight-needed"));
        Assert.Contains("<th scope=\"row\">maart 2024</th>", dutch, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">March 2024</th>", english, StringComparison.Ordinal);
        // What stays Dutch is the protocol's own words, marked so: a part's title in the guideline chart and in the
        // most frequent findings.
        Assert.Matches("<td lang=\"nl\">[^<]+</td>", english);
        Assert.Matches("<th scope=\"row\">[A-Z0-9]+ <span lang=\"nl\">[^<]+</span></th>", english);
        // A category by its name in the reader's language, in the chart, its table and the most frequent findings (stop 50:
        // the codes, "personal-data", on the Dutch page and the English one); the CSV keeps the code in a column of its own.
        Assert.Contains("<th scope=\"row\">persoonsgegevens</th>", dutch, StringComparison.Ordinal);
        Assert.Contains("<span class=\"insight-bars__label\" data-testid=\"insight-bar-label\">persoonsgegevens</span>", dutch, StringComparison.Ordinal);
        Assert.Contains("<td>persoonsgegevens</td>", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("personal-data", dutch, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">personal data</th>", english, StringComparison.Ordinal);
        Assert.Contains("<td>personal data</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("persoonsgegevens", english, StringComparison.Ordinal);
        var categories = (await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=categorie", UriKind.Relative))).TrimStart('\uFEFF');
        Assert.StartsWith("Categorie,Categorie-code,Bevindingen\r\n", categories, StringComparison.Ordinal);
        Assert.Contains("\r\npersoonsgegevens,personal-data,", categories, StringComparison.Ordinal);
        Assert.Matches("\r\n[A-Z0-9]+ persoonsgegevens,personal-data,[0-9]+,", await admin.GetStringAsync(new Uri("/insight?handler=Csv&table=vaak", UriKind.Relative)));
    }

    /// <summary>
    /// The refusal a signed-in outsider gets: a redirect to the denied page, and that page's body (a 403 that says so),
    /// not an empty redirect's body, which holds nothing whatever the page would have shown.
    /// </summary>
    private static async Task AssertRefusedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location);
        var body = WebUtility.HtmlDecode(await denied.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Je hebt geen toegang tot deze pagina.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", body, StringComparison.Ordinal);
    }

    private static string TestId(string page, string id)
    {
        var match = Regex.Match(page, $"data-testid=\"{id}\">([^<]*)<");
        Assert.True(match.Success, $"{id} not on the page");
        return match.Groups[1].Value.Trim();
    }

    private static async Task<string> GetAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    internal static async Task<string> UploadAsync(HttpClient client, string account, string format, string fileName, string content)
    {
        var page = await client.GetStringAsync(new Uri("/history/import", UriKind.Relative));
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        form.Add(new StringContent(account), "AccountId");
        form.Add(new StringContent(format), "Format");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        var response = await client.PostAsync(new Uri("/history/import", UriKind.Relative), form);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
