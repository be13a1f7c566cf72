using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Facebook;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Reactions;

/// <summary>
/// Replying from the inbox (protocol DO6, R4/DONT4) through the HTTP host: the reply is a post with the
/// reaction it answers, checked with reply_to, through advice and the undo period, and placed once under the
/// reaction on a local platform server.
/// </summary>
[LongRunning(86)]
public class ReplyTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private const string Complaint = "Waarom staat de sportdag pas nu in de nieuwsbrief? Ik vind dit echt niet eerlijk.";
    private const string Argument = "Dat klopt niet, de sportdag staat al sinds september in de nieuwsbrief.";

    [Theory]
    [AllDatabases]
    public async Task Reply_ArguingWithAParent_IsDoubtWithOfflineAdviceAndAfterApprovalIsPlacedOnceUnderTheReaction(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync(database);
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);
        var status = await PublishAsync(app, "linda.koster", "sintjozef-mastodon");
        // Erik Prins is in the roster as the father of a pupil of Sint Jozef.
        var complaint = platform.Reactions.Place(status, Complaint, app.Clock.GetUtcNow(), handle: "erik@social.example", name: "Erik Prins");
        await app.AdvanceAsync(Interval);
        var reactionId = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());

        using var linda = await app.SignInAsync("linda.koster");
        Assert.Contains($"/reacties/{reactionId}/antwoorden", await linda.GetPageAsync("/reacties"), StringComparison.Ordinal);
        var composer = await linda.GetPageAsync($"/reacties/{reactionId}/antwoorden");
        Assert.Contains("data-testid=\"audience-suggestion\"", composer, StringComparison.Ordinal);
        Assert.Matches("value=\"Parent\" checked=\"checked\"", composer);
        // The same words to someone from the public are no discussion with a parent: the audience decides.
        var toPublic = await linda.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["Audience"] = "Public", ["Text"] = Argument }, handler: "Save");
        var publicId = Guid.Parse(toPublic.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal(PostState.Ready, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == publicId).Select(p => p.State).SingleAsync()));
        var saved = await linda.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["Audience"] = "Parent", ["Text"] = Argument }, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var postId = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);

        var reply = await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == postId));
        Assert.Equal((PostState.AdviceNeeded, Verdict.Doubt, ReplyAudience.Parent, reactionId), (reply.State, reply.LastVerdict, reply.ReplyAudience!.Value, reply.ReplyToReactionId!.Value));
        var page = WebUtility.HtmlDecode(await linda.GetPageAsync($"/posts/{postId}"));
        Assert.Contains("data-category=\"discussion\"", page, StringComparison.Ordinal);
        Assert.Contains("nodig uit voor een gesprek op school of per telefoon", page, StringComparison.Ordinal);
        Assert.Contains(Complaint, page, StringComparison.Ordinal); // the reaction it answers, for the author and the manager
        await linda.PublishAsync(postId); // refused: doubt needs advice first
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == postId)));

        await linda.RequestAdviceAsync(postId, "Mag dit zo?");
        using var ingrid = await app.SignInAsync("ingrid.smit");
        await ingrid.ApproveAsync(postId);
        Assert.Equal(HttpStatusCode.Redirect, (await linda.PublishAsync(postId)).StatusCode);
        Assert.Empty(platform.Replies); // the undo period first
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        await app.AdvanceAsync(Interval); // a later round reads the thread with the reply in it

        var (replyId, parent) = Assert.Single(platform.Replies);
        Assert.Equal(complaint.Id, parent);
        Assert.Equal(Argument, platform.Texts[replyId]);
        Assert.Equal(2, platform.PublishRequests.Count); // the post and the reply, each once
        var delivery = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == postId));
        Assert.Equal((DeliveryStatus.Published, replyId, complaint.Id, status), (delivery.Status, delivery.PlatformPostId, delivery.ReplyToPlatformId, delivery.ReplyRootPlatformId));
        var reaction = await app.WithDbAsync(db => db.Reactions.AsNoTracking().SingleAsync());
        Assert.Equal("linda.koster", reaction.AnsweredBy);
        Assert.Equal(PostState.Published, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.State).SingleAsync()));
        Assert.Contains(Complaint, WebUtility.HtmlDecode(await linda.GetPageAsync("/reacties?filter=beantwoord")), StringComparison.Ordinal);
        Assert.DoesNotContain(Complaint, WebUtility.HtmlDecode(await linda.GetPageAsync("/reacties?filter=open")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveCheck_WithTheReplyContext_AdvisesAsSavingWill()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync();
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);
        var status = await PublishAsync(app, "linda.koster", "sintjozef-mastodon");
        platform.Reactions.Place(status, Complaint, app.Clock.GetUtcNow(), handle: "erik@social.example", name: "Erik Prins");
        await app.AdvanceAsync(Interval);
        var reactionId = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());
        using var linda = await app.SignInAsync("linda.koster");
        using var tom = await app.SignInAsync("tom.hendriks"); // De Regenboog: may not read Sint Jozef's reactions

        var toParent = await LiveVerdictAsync(linda, new { text = Argument, accounts = new[] { "sintjozef-mastodon" }, personal = false, replyToReactionId = reactionId, replyAudience = "Parent" });
        var asNewPost = await LiveVerdictAsync(linda, new { text = Argument, accounts = new[] { "sintjozef-mastodon" }, personal = false });
        var toPublic = await LiveVerdictAsync(linda, new { text = Argument, accounts = new[] { "sintjozef-mastodon" }, personal = false, replyToReactionId = reactionId, replyAudience = "Public" });
        var notHisReaction = await LiveVerdictAsync(tom, new { text = Argument, accounts = new[] { "regenboog-x" }, personal = false, replyToReactionId = reactionId, replyAudience = "Parent" });
        var saved = await linda.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["Audience"] = "Parent", ["Text"] = Argument }, handler: "Save");
        var postId = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);

        Assert.Equal("doubt", toParent.Verdict);
        Assert.Contains("discussion", toParent.Categories);
        Assert.Equal("allow", asNewPost.Verdict);
        Assert.Equal("allow", toPublic.Verdict); // the audience decides, as on saving
        Assert.Equal("allow", notHisReaction.Verdict); // a reaction he may not read adds nothing to his check
        Assert.Equal(Verdict.Doubt, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.LastVerdict).SingleAsync()));
        Assert.Contains("data-reply-to=\"" + reactionId + "\" data-reply-audience=\"Parent\"", await linda.GetPageAsync($"/compose/{postId}"), StringComparison.Ordinal);

        // The reply page in each language: the choices of who wrote the reaction and the example texts' names are
        // the reader's, the example text itself stays Dutch (it is what the parent reads under the post).
        var dutchPage = WebUtility.HtmlDecode(await linda.GetPageAsync($"/reacties/{reactionId}/antwoorden"));
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(linda);
        var englishPage = WebUtility.HtmlDecode(await linda.GetPageAsync($"/reacties/{reactionId}/antwoorden"));
        using var template = await linda.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["Audience"] = "Parent", ["template"] = "3" }, handler: "Template");
        var withTemplate = WebUtility.HtmlDecode(await template.Content.ReadAsStringAsync());
        foreach (var dutch in new[] { "Antwoorden op een reactie", "een ouder", "iemand anders (publiek)", "Alleen bedanken" })
        {
            Assert.Contains(dutch, dutchPage, StringComparison.Ordinal);
            Assert.DoesNotContain(dutch, englishPage, StringComparison.Ordinal);
        }

        foreach (var english in new[] { "<title>Reply to a reaction", "a parent", "someone else (the public)", "Only thank" })
        {
            Assert.Contains(english, englishPage, StringComparison.Ordinal);
        }

        Assert.Contains("Dank u wel voor uw mooie reactie, wat fijn om te lezen!", withTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_OnFacebookWhoseAnswerNeverCame_IsFoundInTheThreadAndNotPlacedTwice()
    {
        var platform = new FacebookServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Connectors:Facebook:BaseUrl"] = server.BaseUrl.AbsoluteUri;
            // On the app's fake clock, which only the test moves: the first publication cannot run out of time on a
            // loaded machine (a real-clock 1 s and 3 s did, leaving no platform id to react to), and the stalled
            // reply runs out when the test moves the clock on. Shorter than the connector's own 30 s limit, so it
            // is this one that ends the call.
            o.Settings["Publishing:CallTimeout"] = "00:00:15";
        });
        await app.Service<AccountCredentials>().ReplaceAsync("regenboog-facebook", new PlatformCredentials(FacebookServer.PageToken) { AccountId = FacebookServer.PageId }, CancellationToken.None);
        platform.Now = app.Clock.GetUtcNow();
        var post = await PublishAsync(app, "tom.hendriks", "regenboog-facebook");
        var comment = platform.Reactions.Place(post, "Waarom hoor ik dit pas nu?", app.Clock.GetUtcNow(), name: "Iemand");
        await app.AdvanceAsync(Interval);
        var reactionId = await app.WithDbAsync(db => db.Reactions.Select(r => r.Id).SingleAsync());

        using var tom = await app.SignInAsync("tom.hendriks");
        var filled = WebUtility.HtmlDecode(await ReadAsync(await tom.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["template"] = "0" }, handler: "Template")));
        const string Template = "Dank voor uw reactie. Wilt u hierover contact opnemen met de directeur van Basisschool De Regenboog? Dan bespreken we het graag persoonlijk.";
        Assert.Contains(Template, filled, StringComparison.Ordinal);
        var saved = await tom.PostFormAsync($"/reacties/{reactionId}/antwoorden", new() { ["Audience"] = "Public", ["Text"] = Template }, handler: "Save");
        var postId = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal(PostState.Ready, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == postId).Select(p => p.State).SingleAsync()));
        platform.StallAfterReplying = true;
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PublishAsync(postId)).StatusCode);

        await app.AdvanceThroughStalledCallsAsync(app.UndoPeriod + TimeSpan.FromSeconds(1), () => platform.Replies.Count);
        var unknown = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == postId));
        Assert.Equal(DeliveryStatus.Unknown, unknown.Status);
        Assert.Equal("Het platform antwoordde niet op tijd; het bericht staat er misschien al.", unknown.LastError); // the call limit ended it, not the stall
        Assert.Single(platform.Replies);

        await app.AdvanceAsync(TimeSpan.FromSeconds(5));

        var placed = Assert.Single(platform.Replies);
        Assert.Equal(comment.Id, placed.Value);
        var delivery = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == postId));
        Assert.Equal((DeliveryStatus.Published, placed.Key), (delivery.Status, delivery.PlatformPostId));
        Assert.NotNull(await app.WithDbAsync(db => db.Reactions.Where(r => r.Id == reactionId).Select(r => r.AnsweredAt).SingleAsync()));
    }

    private static async Task<(string Verdict, IReadOnlyList<string> Categories)> LiveVerdictAsync<T>(AppClient client, T body)
    {
        var response = await client.PostJsonAsync("/api/checks/live", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("verdict").GetString()!, [.. json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("category").GetString()!)]);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <returns>The platform id of a post <paramref name="author"/> published on <paramref name="account"/>.</returns>
    private static async Task<string> PublishAsync(ProtocolwachtApp app, string author, string account)
    {
        await app.AcknowledgeProtocolAsync(author);
        using var client = await app.SignInAsync(author);
        var postId = await client.ComposeAsync("Wat een mooie sportdag hadden we vandaag!", account);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PublishAsync(postId)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        return await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId).Select(d => d.PlatformPostId!).SingleAsync());
    }
}
