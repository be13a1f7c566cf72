using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Safety;
using Protocolwacht.Connectors;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Browser.Tests.Reactions;

/// <summary>
/// In a real browser: reactions placed on a local Mastodon server reach the director's inbox; the flagged one is
/// recorded as an incident from the inbox, the civil one is marked as needing no answer, and there is no delete.
/// </summary>
[Collection(SafetyCollection.Name)]
public class ReactionsInboxTests(BrowserFixture server)
{
    private const string Civil = "Jammer dat de sportdag zo laat werd aangekondigd, volgend jaar graag eerder.";
    private const string Abusive = "Wat een dom kind is dat, en die juf is een sukkel.";

    [Fact]
    public async Task DirectorFiltersFlaggedReaction_RecordsItAsIncident_AndMarksTheCivilOneAnswerless()
    {
        var platform = new MastodonServer();
        await using var mastodon = await LocalPlatformServer.StartAsync(platform.Map);
        var app = server.App;
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = mastodon.BaseUrl }, CancellationToken.None);
        await app.AcknowledgeProtocolAsync("linda.koster");
        using (var linda = await app.SignInAsync("linda.koster"))
        {
            var post = await linda.ComposeAsync("Wat een mooie sportdag hadden we vandaag!", "sintjozef-mastodon");
            await linda.PublishAsync(post);
        }

        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        var status = Assert.Single(platform.Statuses.Keys);
        platform.Reactions.Place(status, Civil, app.Clock.GetUtcNow(), handle: "ouder@social.example", name: "Een Ouder");
        platform.Reactions.Place(status, Abusive, app.Clock.GetUtcNow().AddMinutes(1), handle: "boos@social.example", name: "Boos");
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));

        var ingrid = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(ingrid, "ingrid.smit");
        await Assertions.Expect(ingrid.GetByTestId("menu-count-unread-reactions")).ToContainTextAsync("2");
        await ingrid.GotoAsync("/reacties");
        await Assertions.Expect(ingrid.GetByTestId("reaction")).ToHaveCountAsync(2);
        await Assertions.Expect(ingrid.GetByTestId("no-delete")).ToBeVisibleAsync();
        await Assertions.Expect(ingrid.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" })).ToHaveCountAsync(0);
        await ingrid.GetByTestId("reaction-filter").SelectOptionAsync("gemarkeerd");
        await ingrid.GetByTestId("reaction-filter-apply").ClickAsync();
        var flagged = ingrid.GetByTestId("reaction");
        await Assertions.Expect(flagged).ToHaveCountAsync(1);
        await Assertions.Expect(flagged.GetByTestId("reaction-flag")).ToContainTextAsync("kwetsend");
        await Screenshots.SaveAsync(ingrid, "reactions-inbox-flagged");

        await flagged.GetByTestId("reaction-incident").ClickAsync();
        await Assertions.Expect(ingrid.GetByTestId("report-description")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("sukkel"));
        await ingrid.GetByTestId("report-submit").ClickAsync();
        await Assertions.Expect(ingrid.GetByTestId("message")).ToBeVisibleAsync();

        await ingrid.GotoAsync("/reacties?filter=alle");
        await Assertions.Expect(ingrid.GetByTestId("reaction").Filter(new() { HasText = "sukkel" }).GetByTestId("reaction-status")).ToContainTextAsync("vastgelegd als incident");
        var civil = ingrid.GetByTestId("reaction").Filter(new() { HasText = "sportdag" });
        await civil.GetByTestId("reaction-no-answer").ClickAsync();
        await Assertions.Expect(ingrid.GetByTestId("reaction").Filter(new() { HasText = "sportdag" }).GetByTestId("reaction-status")).ToContainTextAsync("Geen antwoord nodig");
        Assert.Equal(2, await app.WithDbAsync(db => db.Reactions.CountAsync()));
        Assert.NotNull(await app.WithDbAsync(db => db.Reactions.Where(r => r.Text == Abusive).Select(r => r.IncidentId).SingleAsync()));
    }
}
