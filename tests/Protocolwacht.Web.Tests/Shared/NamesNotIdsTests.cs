using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// What a reader sees is a name, never the record's id or a code (stop 51's walk): the edit pages' headings, a channel
/// as its platform's name, the people in an incident. The ids stay where a machine reads them (links, forms, values).
/// </summary>
public sealed partial class NamesNotIdsTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task EditPages_HeadingNamesTheSchoolAndTheStaffMember_EvenAfterARefusedEdit()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var school = await PageAsync(sanne, "/organisation/schools/regenboog/edit");
        var staff = await PageAsync(sanne, "/organisation/staff/tom.hendriks/edit");
        var refused = WebUtility.HtmlDecode(await (await sanne.PostFormAsync("/organisation/schools/regenboog/edit",
            new() { ["Input.Name"] = "Nieuwe naam", ["Input.AdviceWorkingDays"] = "veel" })).Content.ReadAsStringAsync());

        Assert.Equal("School bewerken: Basisschool De Regenboog", Heading(school));
        Assert.Equal("Medewerker bewerken: Tom Hendriks", Heading(staff));
        Assert.Equal("School bewerken: Basisschool De Regenboog", Heading(refused)); // the stored name, not the one typed
        Assert.Contains("href=\"/privacy/staff/tom.hendriks/export\"", staff, StringComparison.Ordinal); // the id stays in the link
    }

    [Fact]
    public async Task AccountsPanelAccountsAndPlatformDecisions_NameTheChannel_NotItsCode()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var start = await PageAsync(sanne, "/");
        var accounts = await PageAsync(sanne, "/accounts");
        var decisions = await PageAsync(sanne, "/platform-decisions");

        Assert.Contains("@kckompas (Instagram)", start, StringComparison.Ordinal);
        Assert.Contains("Konot Onderwijs (YouTube)", start, StringComparison.Ordinal);
        Assert.DoesNotContain("(instagram)", start, StringComparison.Ordinal);
        Assert.Contains("</span>Instagram</td>", accounts, StringComparison.Ordinal);
        Assert.DoesNotContain("</span>instagram</td>", accounts, StringComparison.Ordinal);
        Assert.Contains("<td><span class=\"cell-label\">Account</span>@kckompas (Instagram)</td>", decisions, StringComparison.Ordinal);
        Assert.Contains("value=\"kompas-instagram\"", decisions, StringComparison.Ordinal); // the id stays in the form
        Assert.DoesNotContain("(instagram)", decisions, StringComparison.Ordinal);
    }

    /// <summary>The pages name a channel from <see cref="ChannelNames"/>; a connector names its platform in its capabilities (its messages): one name for both.</summary>
    [Fact]
    public async Task ChannelNames_AreEveryConnectorsOwnName()
    {
        var app = await apps.FreshAsync();
        var connectors = app.Service<PlatformConnectors>().All;

        Assert.True(connectors.Count >= 6, $"{connectors.Count} connectors");
        foreach (var connector in connectors)
        {
            Assert.Equal(connector.Capabilities.DisplayName, ChannelNames.Of(connector.Channel));
        }
    }

    [Fact]
    public async Task Incident_HandlerReporterAndWhoLookedAreNamed_NotTheirUserNames()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var reported = await tom.PostFormAsync("/incidents/new", new()
        {
            ["Report.SchoolId"] = "regenboog",
            ["Report.Category"] = nameof(IncidentCategory.Impersonation),
            ["Report.Severity"] = nameof(IncidentSeverity.High),
            ["Report.Description"] = "Er is een nepaccount op Instagram met ons logo dat ouders om geld vraagt.",
        });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var id = await app.WithDbAsync(db => db.Incidents.Select(i => i.Id).SingleAsync());
        using var sanne = await app.SignInAsync("sanne.deboer");

        await PageAsync(sanne, $"/incidents/{id}");
        var page = await PageAsync(sanne, $"/incidents/{id}"); // the second visit lists the first

        var views = Section(page, "incident-views");
        Assert.Contains("Sanne de Boer", views, StringComparison.Ordinal);
        Assert.DoesNotContain("sanne.deboer", views, StringComparison.Ordinal);
        Assert.Contains("Tom Hendriks", Section(page, "incident-facts"), StringComparison.Ordinal);
        Assert.DoesNotContain("tom.hendriks", Section(page, "incident-facts"), StringComparison.Ordinal);
        Assert.Contains("Tom Hendriks", Section(page, "incident-timeline"), StringComparison.Ordinal);
        Assert.DoesNotContain("tom.hendriks", Section(page, "incident-timeline"), StringComparison.Ordinal);

        // The handler the report was routed to (the school's director or the board's incident handler), by name.
        var handlerId = await app.WithDbAsync(db => db.Incidents.Select(i => i.HandlerId).SingleAsync());
        Assert.NotNull(handlerId);
        var handlerName = OrganisationModel.Demo.FindStaff(handlerId!)!.Name;
        Assert.Contains(handlerName, Section(page, "incident-facts"), StringComparison.Ordinal);
        Assert.DoesNotContain(handlerId!, Section(page, "incident-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Composer_APupilIsNamedWithTheirGroup_NotTheSchoolsId()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var composer = await PageAsync(tom, "/compose");

        Assert.Contains(">Daan Kok (groep 3)</option>", composer, StringComparison.Ordinal);
        Assert.Contains("value=\"daan.kok\"", composer, StringComparison.Ordinal);
        Assert.DoesNotContain(", regenboog)</option>", composer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Freezes_WhoStoppedPublishing_IsNamed_NotTheirUserName()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var frozen = await karin.PostFormAsync("/freezes", new() { ["SchoolId"] = "regenboog", ["Reason"] = "Er gaat een nepbericht rond." }, handler: "Start");
        Assert.Equal(HttpStatusCode.Redirect, frozen.StatusCode);

        var row = Regex.Match(await PageAsync(sanne, "/freezes"), "<tr data-testid=\"freeze\".*?</tr>", RegexOptions.Singleline).Value;

        Assert.Contains("Karin Mulder", row, StringComparison.Ordinal);
        Assert.DoesNotContain("karin.mulder", row, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    private static string Heading(string page) => Regex.Match(page, "<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value.Trim();

    // The element with data-testid="id" up to the end of its list or definition list.
    private static string Section(string page, string testId)
    {
        var match = Regex.Match(page, $"data-testid=\"{testId}\">(.*?)</(ul|dl)>", RegexOptions.Singleline);
        Assert.True(match.Success, $"{testId} not on the page");
        return match.Groups[1].Value;
    }
}
