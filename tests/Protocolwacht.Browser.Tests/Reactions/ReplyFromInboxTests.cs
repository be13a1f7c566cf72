using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Protocolwacht.Browser.Tests.Infrastructure;
using Protocolwacht.Browser.Tests.Workflow;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;
using static Protocolwacht.Browser.Tests.Workflow.WorkflowSteps;

namespace Protocolwacht.Browser.Tests.Reactions;

/// <summary>
/// In a real browser: a teacher answers a parent's reaction from the inbox, starting from a template that thanks
/// and invites offline contact; the reply goes through the post's page and the undo period and is placed once
/// under the reaction on a local Mastodon server. Mark Willems (Sint Jozef) is this test's own author.
/// </summary>
[Collection(WorkflowCollection.Name)]
public class ReplyFromInboxTests(BrowserFixture server)
{
    private const string Complaint = "Waarom hoor ik pas nu dat de sportdag verschoven is?";

    [Fact]
    public async Task Teacher_RepliesToAParentWithATemplate_ReplyIsPlacedOnceUnderTheReaction()
    {
        var platform = new MastodonServer();
        await using var mastodon = await LocalPlatformServer.StartAsync(platform.Map);
        var app = server.App;
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = mastodon.BaseUrl }, CancellationToken.None);
        await app.AcknowledgeProtocolAsync("mark.willems");
        using (var client = await app.SignInAsync("mark.willems"))
        {
            await client.PublishAsync(await client.ComposeAsync("De sportdag is verplaatst naar vrijdag.", "sintjozef-mastodon"));
        }

        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        var status = Assert.Single(platform.Statuses.Keys);
        var reaction = platform.Reactions.Place(status, Complaint, app.Clock.GetUtcNow(), handle: "erik@social.example", name: "Erik Prins");
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));

        var mark = await server.NewPageAsync();
        await BrowserFixture.SignInAsync(mark, "mark.willems");
        await mark.GotoAsync("/reacties");
        await mark.GetByTestId("reaction").Filter(new() { HasText = Complaint }).GetByTestId("reaction-reply").ClickAsync();
        await Assertions.Expect(mark.GetByTestId("audience-suggestion")).ToContainTextAsync("een ouder");
        await Assertions.Expect(mark.GetByTestId("audience-parent")).ToBeCheckedAsync();
        // While typing, the check knows who wrote the reaction: arguing with a parent is doubt before saving too.
        await mark.GetByTestId("reply-text").FillAsync("Dat klopt niet, de sportdag staat al sinds september in de nieuwsbrief.");
        await Assertions.Expect(mark.GetByTestId("reply-live-verdict")).ToHaveAttributeAsync("data-verdict", "doubt");
        await mark.GetByTestId("reply-template-0").ClickAsync();
        await Assertions.Expect(mark.GetByTestId("reply-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Dank voor uw reactie\\. Wilt u hierover contact opnemen"));
        await Assertions.Expect(mark.GetByTestId("audience-parent")).ToBeCheckedAsync();
        await Screenshots.SaveAsync(mark, "reply-composer");
        await mark.GetByTestId("reply-save").ClickAsync();

        await Assertions.Expect(mark.GetByTestId("reply-of")).ToContainTextAsync(Complaint);
        await Assertions.Expect(mark.GetByTestId("check-result")).ToHaveAttributeAsync("data-verdict", "allow");
        await OpenConfirmationAsync(mark, "@sintjozef@mastodon.nl");
        await ConfirmAsync(mark);
        await WaitUntilPublishedAsync(app, mark);

        var (replyId, parent) = Assert.Single(platform.Replies);
        Assert.Equal(reaction.Id, parent);
        Assert.StartsWith("Dank voor uw reactie.", platform.Texts[replyId], StringComparison.Ordinal);
        Assert.Equal(PostState.Published, await app.WithDbAsync(db => db.Posts.Where(p => p.ReplyToReactionId != null && p.AuthorId == "mark.willems").Select(p => p.State).SingleAsync()));
        await mark.GotoAsync("/reacties?filter=beantwoord");
        await Assertions.Expect(mark.GetByTestId("reaction").Filter(new() { HasText = Complaint }).GetByTestId("reaction-status")).ToContainTextAsync("Beantwoord");
    }
}
