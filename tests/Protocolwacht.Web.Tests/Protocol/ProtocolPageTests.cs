using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Protocol;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Protocol;

/// <summary>
/// The protocol pages: reading, acknowledging and publishing a new version. The tests whose requests must change
/// nothing (reading, refusals, denials) share one app (<see cref="SharedApp"/>); each asserts that version 1 is still
/// current or that nothing was recorded, so one that changed something by mistake still fails. A test that
/// acknowledges or publishes starts its own app.
/// </summary>
public sealed class ProtocolPageTests(SharedApp shared, FreshDatabaseApp apps) : IClassFixture<SharedApp>, IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Protocol_WithoutSignIn_ShowsEveryPartWithItsAnchor()
    {
        var app = shared.App;
        using var client = app.Anonymous();

        var response = await client.GetAsync(new Uri("/protocol", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in ProtocolDocumentJson.RequiredPartIds)
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Ga niet in discussie met een leerling of ouder op social media.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("acknowledge-form", html, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Acknowledge_ThroughThePage_IsRecordedAndShownToTheAdministrator(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");

        var before = await sanne.GetStringAsync(new Uri("/protocol/acknowledgements", UriKind.Relative));
        var post = await tom.PostFormAsync("/protocol?handler=Acknowledge", pagePath: "/protocol", fields: new() { ["VersionNumber"] = "1", ["Understood"] = "true" });
        var after = await sanne.GetStringAsync(new Uri("/protocol/acknowledgements", UriKind.Relative));
        var mine = await tom.GetFromJsonAsync<MyAcknowledgementDto>(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.True(mine!.AcknowledgedCurrent);
        Assert.Contains("data-testid=\"pending-count\">17<", before, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"pending-count\">16<", after, StringComparison.Ordinal);
        var done = after[after.IndexOf("done-acknowledgements", StringComparison.Ordinal)..];
        Assert.Contains("data-staff=\"tom.hendriks\"", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_WithoutTickingTheBox_RecordsNothing()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");

        var post = await tom.PostFormAsync("/protocol?handler=Acknowledge", pagePath: "/protocol", fields: new() { ["VersionNumber"] = "1" });
        var mine = await tom.GetFromJsonAsync<MyAcknowledgementDto>(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.False(mine!.AcknowledgedCurrent);
    }

    [Fact]
    public async Task AcknowledgementsOverview_ForAMedewerker_IsDenied()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");

        var page = await tom.GetAsync(new Uri("/protocol/acknowledgements", UriKind.Relative));
        var api = await tom.GetAsync(new Uri("/api/protocol/acknowledgements", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task PublishNewVersion_ByAdministrator_KeepsVersionOneAndAsksEveryoneAgain()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var ack = await tom.PostAsJsonAsync(new Uri("/api/protocol/acknowledgements", UriKind.Relative), new AcknowledgeRequest(1));
        var changed = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("Social Media Protocol Konot", "Social Media Protocol Konot 2027", StringComparison.Ordinal);

        var preview = await sanne.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = changed }, handler: "PreviewJson");
        var candidate = Hidden(await preview.Content.ReadAsStringAsync(), "CandidateJson");
        var publish = await sanne.PostFormAsync("/protocol/versions", new() { ["CandidateJson"] = candidate, ["BaseNumber"] = "1", ["ChangeNote"] = "Nieuw schooljaar" }, handler: "Publish");
        var current = await tom.GetFromJsonAsync<ProtocolDto>(new Uri("/api/protocol/current", UriKind.Relative));
        var old = await tom.GetStringAsync(new Uri("/protocol?version=1", UriKind.Relative));
        var mine = await tom.GetFromJsonAsync<MyAcknowledgementDto>(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));
        var stale = await tom.PostAsJsonAsync(new Uri("/api/protocol/acknowledgements", UriKind.Relative), new AcknowledgeRequest(1));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(2, current!.Number);
        Assert.Equal("Social Media Protocol Konot 2027", current.Title);
        Assert.Contains("<h1>Social Media Protocol Konot</h1>", old, StringComparison.Ordinal);
        Assert.False(mine!.AcknowledgedCurrent);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // Staff see who published the new version by name; the public list names the board, not the employee.
        Assert.Contains("Sanne de Boer", await tom.GetPageAsync("/protocol/versions"), StringComparison.Ordinal);
        using var anonymous = app.Anonymous();
        var publicList = await anonymous.GetStringAsync(new Uri("/protocol/versions", UriKind.Relative));
        Assert.Contains("Nieuw schooljaar", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne de Boer", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("sanne.deboer", publicList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditOnePart_TheDifferenceIsShownBeforePublishing_AndStaffSeeItWhenTheyAcknowledgeAgain()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        await tom.PostAsJsonAsync(new Uri("/api/protocol/acknowledgements", UriKind.Relative), new AcknowledgeRequest(1));
        var form = WebUtility.HtmlDecode(await sanne.GetPageAsync("/protocol/versions"));
        var r4 = Regex.Match(form, "<textarea id=\"part-R4\"[^>]*>([^<]*)</textarea>").Groups[1].Value;
        Assert.Contains("discussie", r4, StringComparison.Ordinal);
        Assert.DoesNotContain("publish-version", form, StringComparison.Ordinal); // no publishing before the difference

        var edited = r4.Replace("discussie", "een discussie of ruzie", StringComparison.Ordinal);
        var preview = await (await sanne.PostFormAsync("/protocol/versions", new() { ["Parts[R4]"] = edited }, handler: "Preview")).Content.ReadAsStringAsync();
        Assert.Single(Regex.Matches(preview, "data-testid=\"protocol-change\""));
        Assert.Contains("data-part=\"R4\"", preview, StringComparison.Ordinal);
        Assert.Contains("<ins>", preview, StringComparison.Ordinal);
        Assert.Equal(1, (await sanne.GetFromJsonAsync<ProtocolDto>(new Uri("/api/protocol/current", UriKind.Relative)))!.Number);

        var publish = await sanne.PostFormAsync("/protocol/versions", new() { ["CandidateJson"] = Hidden(preview, "CandidateJson"), ["BaseNumber"] = "1", ["ChangeNote"] = "R4 aangescherpt" }, handler: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var page = WebUtility.HtmlDecode(await tom.GetPageAsync("/protocol"));
        Assert.Contains("data-testid=\"changes-since-acknowledged\"", page, StringComparison.Ordinal);
        Assert.Contains("R4 aangescherpt", page, StringComparison.Ordinal);
        Assert.Contains("een discussie of ruzie", page, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(page, "data-testid=\"protocol-change\""));
        var unseen = await sanne.GetPageAsync("/protocol"); // Sanne never acknowledged version 1: nothing to compare with
        Assert.DoesNotContain("changes-since-acknowledged", unseen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_AfterSomeoneElsePublishedMeanwhile_IsRefusedWithTheNewDifference()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var first = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("Social Media Protocol Konot", "Protocol A", StringComparison.Ordinal);
        var second = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("Social Media Protocol Konot", "Protocol B", StringComparison.Ordinal);
        var reviewedA = Hidden(await (await sanne.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = first }, handler: "PreviewJson")).Content.ReadAsStringAsync(), "CandidateJson");
        var reviewedB = Hidden(await (await sanne.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = second }, handler: "PreviewJson")).Content.ReadAsStringAsync(), "CandidateJson");
        Assert.Equal(HttpStatusCode.Redirect, (await sanne.PostFormAsync("/protocol/versions", new() { ["CandidateJson"] = reviewedA, ["BaseNumber"] = "1" }, handler: "Publish")).StatusCode);

        var late = await sanne.PostFormAsync("/protocol/versions", new() { ["CandidateJson"] = reviewedB, ["BaseNumber"] = "1" }, handler: "Publish");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Intussen is versie 2 gepubliceerd", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Protocol A", (await sanne.GetFromJsonAsync<ProtocolDto>(new Uri("/api/protocol/current", UriKind.Relative)))!.Title);
    }

    [Fact]
    public async Task PublishNewVersion_WithoutARequiredPart_IsRefusedWithTheReason()
    {
        var app = shared.App;
        using var sanne = await app.SignInAsync("sanne.deboer");
        var withoutR4 = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("\"id\": \"R4\"", "\"id\": \"R4-weg\"", StringComparison.Ordinal);

        var preview = await sanne.PostFormAsync("/protocol/versions", new() { ["DocumentJson"] = withoutR4 }, handler: "PreviewJson");
        var emptied = await sanne.PostFormAsync("/protocol/versions", new() { ["Parts[R4]"] = " " }, handler: "Preview");
        var current = await sanne.GetFromJsonAsync<ProtocolDto>(new Uri("/api/protocol/current", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Onderdeel R4 ontbreekt", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("(R4): elk onderdeel heeft tekst nodig", await emptied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, current!.Number);
    }

    [Fact]
    public async Task PublishNewVersion_ByMedewerker_IsForbidden()
    {
        var app = shared.App;
        using var tom = await app.SignInAsync("tom.hendriks");
        var candidate = ProtocolDocumentJson.Write(ProtocolDocument.Konot).Replace("Social Media Protocol Konot", "Niet van Tom", StringComparison.Ordinal);

        var publish = await tom.PostFormAsync("/protocol/versions", new() { ["CandidateJson"] = candidate, ["BaseNumber"] = "1" }, handler: "Publish");

        Assert.StartsWith("/account/denied", publish.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, (await tom.GetFromJsonAsync<ProtocolDto>(new Uri("/api/protocol/current", UriKind.Relative)))!.Number);
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
}
