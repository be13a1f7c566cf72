using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Infrastructure.Localization;
using Protocolwacht.Web.Tests.Support;
using static Protocolwacht.Web.Tests.Support.Cultures;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// The limits issue #12 item 7 named, each rendered in both languages: an organisation file's and a protocol
/// document's import errors, the check's message inside a refusal's hole, and the numbers of a platform's rule text.
/// </summary>
public sealed partial class ImportAndCheckTextLanguageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    [Fact]
    public async Task OrganisationFileErrors_InEnglish_AreTranslated_AndStayDutchInDutch()
    {
        var app = await apps.FreshAsync();
        using var dutch = await app.SignInAsync("sanne.deboer");
        using var english = English(await app.SignInAsync("sanne.deboer"));
        var json = DemoJson().Replace("\"school\": \"sintjozef\", \"manager\": \"peter.vandijk\"", "\"school\": \"nergens\", \"manager\": \"peter.vandijk\"", StringComparison.Ordinal);

        var dutchHtml = await UploadAsync(dutch, json);
        var englishHtml = await UploadAsync(english, json);

        Assert.Matches(@"regel \d+, bij 'staff\[\d+\]\.school': Onbekende school 'nergens'\.", dutchHtml);
        Assert.Matches(@"line \d+, at 'staff\[\d+\]\.school': Unknown school 'nergens'\.", englishHtml);
        Assert.Contains("The file was refused; nothing was changed.", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Onbekende school", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenOrganisationFile_SaysWhatAndWhere_InTheReadersLanguage_WithoutTheParsersEnglish()
    {
        // Until stop 45: "Het bestand is geen geldige JSON (',' is an invalid start of a property name)" for both readers.
        var app = await apps.FreshAsync();
        using var dutch = await app.SignInAsync("sanne.deboer");
        using var english = English(await app.SignInAsync("sanne.deboer"));
        const string json = "{\n  \"board\": { \"id\": \"konot\", \"name\": \"Konot\" },,\n  \"schools\": []\n}";

        var dutchHtml = await UploadAsync(dutch, json);
        var englishHtml = await UploadAsync(english, json);

        // The place once, with the position, and no "$" for the whole file (until stop 46: "regel 2, $: … De fout zit op regel 2, positie 47.").
        Assert.Contains(
            "regel 2, positie 47: Het bestand is geen geldige JSON: onverwacht teken ',', hier hoort een waarde of een naam tussen aanhalingstekens.</li>",
            dutchHtml, StringComparison.Ordinal);
        Assert.Contains("line 2, position 47: ", englishHtml, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(dutchHtml, "regel 2"));
        Assert.Single(Regex.Matches(englishHtml, "line 2"));
        Assert.DoesNotContain("$:", dutchHtml + englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid start", dutchHtml + englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("geen geldige JSON", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtocolDocumentErrors_InEnglish_AreTranslated_AndStayDutchInDutch()
    {
        var app = await apps.FreshAsync();
        using var dutch = await app.SignInAsync("sanne.deboer");
        using var english = English(await app.SignInAsync("sanne.deboer"));
        var withoutR4 = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("\"id\": \"R4\"", "\"id\": \"R4-weg\"", StringComparison.Ordinal);

        var dutchHtml = await Html(await dutch.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = withoutR4 }, handler: "PreviewJson"));
        var englishHtml = await Html(await english.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = withoutR4 }, handler: "PreviewJson"));

        Assert.Contains("Onderdeel R4 ontbreekt; controles verwijzen ernaar.", dutchHtml, StringComparison.Ordinal);
        Assert.Contains("Part R4 is missing; checks refer to it.", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("ontbreekt", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusalWithSeveralBlockingFindings_InEnglish_TranslatesTheSentenceAndEachFinding_AndStaysDutchInDutch()
    {
        // PostChanges refuses a correction the check blocks with the sentence and each blocking finding as a reason of
        // its own (WorkflowResult.Reasons): two findings joined into one hole matched no template and stayed Dutch.
        const string refusal = "De controle blokkeert de nieuwe tekst; die kan niet gepubliceerd worden.";
        string[] findings =
        [
            "Je noemt een BSN (123456782). Verwijder het: de privacy van anderen wordt gerespecteerd (Bedenk dat..., punt 5).",
            "Je noemt een privé-e-mailadres (daan@example.nl). Verwijder het en gebruik een adres van de school of Konot: de privacy van anderen wordt gerespecteerd (Bedenk dat..., punt 5).",
        ];
        var translator = new UiTranslator(new StringLocalizer<UiText>(Resources), new FindingMessages(new StringLocalizer<FindingMessages>(Resources)), new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

        var forDutch = InCulture("nl-NL", () => findings.Prepend(refusal).Select(translator.Translate).ToList());
        var forEnglish = InCulture("en", () => findings.Prepend(refusal).Select(translator.Translate).ToList());

        Assert.Equal(findings.Prepend(refusal), forDutch);
        Assert.Equal(
        [
            "The check blocks the new text; it cannot be published.",
            "You mention a citizen service number (BSN) (123456782). Remove it: the privacy of others is respected (Bedenk dat..., punt 5).",
            "You mention a private e-mail address (daan@example.nl). Remove it and use an address of the school or of Konot: the privacy of others is respected (Bedenk dat..., punt 5).",
        ], forEnglish);
    }

    [Fact]
    public void PlatformProblems_WriteTheirNumbersAsTheReadersCultureDoes_AndTranslate()
    {
        using var http = new HttpClient();
        var rules = new PlatformRules(new PlatformConnectors(PlatformConnectorFactory.CreateAll(_ => http, new ConnectorSettings(), TimeProvider.System)));
        var account = new OfficialAccount("konot-linkedin", Channels.LinkedIn, "Konot", null);
        var text = new string('a', 3001);
        var translator = new UiTranslator(new StringLocalizer<UiText>(Resources), new FindingMessages(new StringLocalizer<FindingMessages>(Resources)), new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

        var forDutch = InCulture("nl-NL", () => translator.Translate(rules.Problems(account, text, []).Single()));
        var forEnglish = InCulture("en", () => translator.Translate(rules.Problems(account, text, []).Single()));

        Assert.Equal("Konot (LinkedIn): de tekst telt 3.001 tekens; LinkedIn neemt er hoogstens 3.000.", forDutch);
        Assert.Equal("Konot (LinkedIn): the text has 3,001 characters; LinkedIn takes at most 3,000.", forEnglish);
    }

    [Fact]
    public void PlatformRuleText_WritesItsNumbersAsTheReadersCultureDoes()
    {
        var linkedIn = new PlatformCapabilities
        {
            DisplayName = "LinkedIn",
            MaxTextLength = 3000,
            TextLengthUnit = TextLengthUnit.CodePoints,
            CanEdit = true,
            CanDelete = true,
            SupportsIdempotencyKey = false,
            CanReconcile = false,
            RequiresMedia = false,
            MediaKinds = new HashSet<MediaKind> { MediaKind.Image },
            MaxMediaCount = 20,
        };
        var translator = new UiTranslator(new StringLocalizer<UiText>(Resources), new FindingMessages(new StringLocalizer<FindingMessages>(Resources)), new DeliveryReasons(new StringLocalizer<DeliveryReasons>(Resources)));

        var forDutch = InCulture("nl-NL", () => PlatformRules.RuleText(linkedIn, translator.Translate));
        var forEnglish = InCulture("en", () => PlatformRules.RuleText(linkedIn, translator.Translate));

        Assert.Equal("LinkedIn: hoogstens 3.000 tekens, tot 20 afbeeldingen", forDutch);
        Assert.Equal("LinkedIn: at most 3,000 characters, up to 20 images", forEnglish);
    }

    [Fact]
    public async Task HistoryImportRefusal_InEnglish_TranslatesTheSentenceAndTheIssue_KeepingFileAndLine()
    {
        var app = await apps.FreshAsync();
        using var dutch = await app.SignInAsync("sanne.deboer");
        using var english = English(await app.SignInAsync("sanne.deboer"));
        const string cutShort = "window.YTD.tweets.part0 = [\n  { \"tweet\": { \"id_str\": \"1\",";

        var dutchHtml = Refusal(await UploadHistoryAsync(dutch, cutShort));
        var englishHtml = Refusal(await UploadHistoryAsync(english, cutShort));

        Assert.Contains("Het bestand 'tweets.js' is geweigerd; er is niets geïmporteerd.", dutchHtml, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(dutchHtml, @"tweets\.js, regel 2, kolom \d+: Het bestand houdt onverwacht op: het is afgekapt"), dutchHtml);
        Assert.Contains("The file 'tweets.js' was refused; nothing was imported.", englishHtml, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(englishHtml, @"tweets\.js, line 2, column \d+: The file ends unexpectedly: it was cut off"), englishHtml);
        Assert.DoesNotContain("geweigerd", englishHtml, StringComparison.Ordinal);
    }

    private static AppClient English(AppClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static async Task<string> Html(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string DemoJson()
    {
        using var stream = typeof(Domain.Organisation.OrganisationModel).Assembly.GetManifestResourceStream("Protocolwacht.Domain.demo-organisation.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<string> UploadAsync(HttpClient client, string json)
    {
        var page = await client.GetStringAsync(new Uri("/organisation/import", UriKind.Relative));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "Upload", "organisatie.json");
        return await Html(await client.PostAsync(new Uri("/organisation/import", UriKind.Relative), form));
    }

    // The refusal's block, so a failing assertion shows it rather than the page's head.
    private static string Refusal(string html) => html[html.IndexOf("history-import-refusal", StringComparison.Ordinal)..];

    private static async Task<string> UploadHistoryAsync(HttpClient client, string export)
    {
        var page = await client.GetStringAsync(new Uri("/history/import", UriKind.Relative));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken");
        form.Add(new StringContent("regenboog-x"), "AccountId");
        form.Add(new StringContent("x"), "Format");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(export)), "Upload", "tweets.js");
        return await Html(await client.PostAsync(new Uri("/history/import", UriKind.Relative), form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
