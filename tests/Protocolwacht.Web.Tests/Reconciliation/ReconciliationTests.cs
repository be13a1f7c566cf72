using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Instagram;
using Protocolwacht.TestSupport.Platforms.LinkedIn;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Media;

namespace Protocolwacht.Web.Tests.Reconciliation;

/// <summary>
/// The reconciliation job against a local Mastodon server, on the fake clock: a post placed outside Protocolwacht is
/// imported and checked, a post removed outside it is recorded as disappeared and the administrators are told; a
/// second round over the same platform state adds nothing. Sint Jozef's Mastodon account, published by Linda Koster.
/// </summary>
public class ReconciliationTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private const string Outside = "Morgen is de school dicht, bel juf Anja op 06-12345678 voor vragen.";

    [Theory]
    [AllDatabases]
    public async Task Reconciliation_ImportsPostsPlacedOutside_RecordsPostsRemovedOutside_TellsAdministrators_Idempotently(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Reconciliation:Interval"] = "01:00:00";
            o.Settings["Reconciliation:Window"] = "3";
            o.Settings["Reconciliation:PageSize"] = "2"; // two pages for two posts: the paging is exercised
        });
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-mastodon", new PlatformCredentials(MastodonServer.Token) { AccountId = MastodonServer.AccountId, InstanceBaseUrl = server.BaseUrl }, CancellationToken.None);
        var status = await PublishAsync(app);

        // Placed on the account by hand, an hour ago, not through Protocolwacht.
        var outside = platform.AddStatus($"<p>{WebUtility.HtmlEncode(Outside)}</p>", app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await app.AdvanceAsync(Interval);

        var records = await RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Imported], records.Select(r => r.Type));
        var imported = ArchiveJson.Read<ImportedRecord>(records[1].Content);
        Assert.Equal(("sintjozef-mastodon", "reconciliation", outside, Outside), (imported.AccountId, imported.Format, imported.PlatformId, imported.Text));
        Assert.Equal(ImportedRecord.ImportedLabel, imported.Label);
        Assert.NotEqual(Verdict.Allow, imported.Check.Verdict); // checked: the phone number is personal data
        Assert.Equal(1, await NoticesAsync(app, "buiten Protocolwacht geplaatst"));

        await app.AdvanceAsync(Interval);
        Assert.Equal(2, (await RecordsAsync(app)).Count); // the same platform state: nothing added

        // Removed on the platform by hand.
        Assert.True(platform.Statuses.TryRemove(status, out _));
        await app.AdvanceAsync(Interval);
        records = await RecordsAsync(app);
        Assert.Equal(ArchiveRecordTypes.Disappeared, records[^1].Type);
        var disappeared = ArchiveJson.Read<DisappearedRecord>(records[^1].Content);
        Assert.Equal((status, records[0].Sequence, "sintjozef-mastodon"), (disappeared.PlatformId, disappeared.RecordSequence, disappeared.AccountId));
        Assert.Equal(1, await NoticesAsync(app, "niet meer op het platform"));

        await app.AdvanceAsync(Interval);
        Assert.Equal(3, (await RecordsAsync(app)).Count);
        Assert.Equal(1, await NoticesAsync(app, "niet meer op het platform"));

        // The found post is in the archive search and the insight like any imported post.
        using var admin = await app.SignInAsync("sanne.deboer");
        Assert.Contains("1 resultaat", WebUtility.HtmlDecode(await admin.GetPageAsync("/search?q=dicht&Source=imported")), StringComparison.Ordinal);
    }

    /// <summary>The job picks readers by interface: an X account is compared like a Mastodon one (Sint Jozef's X account).</summary>
    [Fact]
    public async Task Reconciliation_OnX_ImportsPostPlacedOutside_RecordsPostRemovedOutside()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Connectors:X:BaseUrl"] = server.BaseUrl.AbsoluteUri;
            o.Settings["Reconciliation:Interval"] = "01:00:00";
        });
        platform.Now = app.Clock.GetUtcNow();
        await app.Service<AccountCredentials>().ReplaceAsync("sintjozef-x", new PlatformCredentials("x-access-1") { AccountId = XServer.UserId }, CancellationToken.None);
        var tweet = await PublishAsync(app, "sintjozef-x");

        platform.AddPost("1860000000000000000", Outside, app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await app.AdvanceAsync(Interval);

        var records = await RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Imported], records.Select(r => r.Type));
        var imported = ArchiveJson.Read<ImportedRecord>(records[1].Content);
        Assert.Equal(("sintjozef-x", "reconciliation", "1860000000000000000", Outside), (imported.AccountId, imported.Format, imported.PlatformId, imported.Text));
        Assert.EndsWith("/i/web/status/1860000000000000000", imported.Url, StringComparison.Ordinal);
        Assert.Equal(1, await NoticesAsync(app, "buiten Protocolwacht geplaatst"));

        Assert.True(platform.Posts.TryRemove(tweet, out _));
        await app.AdvanceAsync(Interval);
        records = await RecordsAsync(app);
        Assert.Equal(3, records.Count);
        var disappeared = ArchiveJson.Read<DisappearedRecord>(records[^1].Content);
        Assert.Equal((tweet, records[0].Sequence, "sintjozef-x"), (disappeared.PlatformId, disappeared.RecordSequence, disappeared.AccountId));
        Assert.Equal(1, await NoticesAsync(app, "niet meer op het platform"));
    }

    /// <summary>
    /// Instagram lists an account's media with captions (Kompas's Instagram account, an image post by Jeroen Vos): a
    /// caption placed by hand in the Instagram app is imported with its permalink, a removed post is recorded.
    /// </summary>
    [Fact]
    public async Task Reconciliation_OnInstagram_ImportsPostPlacedOutside_RecordsPostRemovedOutside()
    {
        var platform = new InstagramServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.PublicMedia = true;
            o.Settings["Connectors:Instagram:BaseUrl"] = server.BaseUrl.AbsoluteUri;
            o.Settings["Reconciliation:Interval"] = "01:00:00";
        });
        platform.Now = app.Clock.GetUtcNow();
        await app.AcknowledgeProtocolAsync("jeroen.vos");
        await app.Service<AccountCredentials>().ReplaceAsync("kompas-instagram", new PlatformCredentials(InstagramServer.Token) { AccountId = InstagramServer.IgUserId }, CancellationToken.None);
        using var jeroen = await app.SignInAsync("jeroen.vos");
        var delivery = await ImagePosts.PublishAsync(app, jeroen, await ImagePosts.ComposeAsync(jeroen, "kompas-instagram", "Onze toren van vandaag.", 1));
        Assert.Equal(DeliveryStatus.Published, delivery.Status);

        platform.AddMedia("17900000000000001", Outside, app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await app.AdvanceAsync(Interval);

        var records = await RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Imported], records.Select(r => r.Type));
        var imported = ArchiveJson.Read<ImportedRecord>(records[1].Content);
        Assert.Equal(("kompas-instagram", "reconciliation", "17900000000000001", Outside), (imported.AccountId, imported.Format, imported.PlatformId, imported.Text));
        Assert.Equal("https://www.instagram.com/p/C000001/", imported.Url);
        Assert.NotEqual(Verdict.Allow, imported.Check.Verdict);
        Assert.Equal(1, await NoticesAsync(app, "buiten Protocolwacht geplaatst"));

        Assert.True(platform.Media.TryRemove(delivery.PlatformPostId!, out _));
        await app.AdvanceAsync(Interval);
        records = await RecordsAsync(app);
        Assert.Equal(3, records.Count);
        var disappeared = ArchiveJson.Read<DisappearedRecord>(records[^1].Content);
        Assert.Equal((delivery.PlatformPostId, records[0].Sequence, "kompas-instagram"), (disappeared.PlatformId, disappeared.RecordSequence, disappeared.AccountId));
        Assert.Equal(1, await NoticesAsync(app, "niet meer op het platform"));
    }

    /// <summary>LinkedIn's posts finder by author, read with the configured API version (Konot's page, a post by Lotte Visser of the board's staff).</summary>
    [Fact]
    public async Task Reconciliation_OnLinkedIn_ImportsPostPlacedOutside_RecordsPostRemovedOutside()
    {
        var platform = new LinkedInServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Connectors:LinkedIn:BaseUrl"] = server.BaseUrl.AbsoluteUri;
            o.Settings["Reconciliation:Interval"] = "01:00:00";
        });
        platform.Now = app.Clock.GetUtcNow();
        await app.Service<AccountCredentials>().ReplaceAsync("konot-linkedin", new PlatformCredentials(LinkedInServer.Token) { AccountId = LinkedInServer.Organisation }, CancellationToken.None);
        var post = await PublishAsync(app, "konot-linkedin", "lotte.visser");

        const string urn = "urn:li:share:7399999999999999999"; // not one the local server hands out itself
        platform.AddPost(urn, Outside, app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await app.AdvanceAsync(Interval);

        var records = await RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Imported], records.Select(r => r.Type));
        var imported = ArchiveJson.Read<ImportedRecord>(records[1].Content);
        Assert.Equal(("konot-linkedin", "reconciliation", urn, Outside), (imported.AccountId, imported.Format, imported.PlatformId, imported.Text));
        Assert.EndsWith($"/feed/update/{urn}/", imported.Url, StringComparison.Ordinal);
        Assert.Equal(1, await NoticesAsync(app, "buiten Protocolwacht geplaatst"));

        Assert.True(platform.Posts.TryRemove(post, out _));
        await app.AdvanceAsync(Interval);
        records = await RecordsAsync(app);
        Assert.Equal(3, records.Count);
        var disappeared = ArchiveJson.Read<DisappearedRecord>(records[^1].Content);
        Assert.Equal((post, records[0].Sequence, "konot-linkedin"), (disappeared.PlatformId, disappeared.RecordSequence, disappeared.AccountId));
        Assert.Equal(1, await NoticesAsync(app, "niet meer op het platform"));
    }

    private static Task<List<(long Sequence, string Type, byte[] Content)>> RecordsAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(async db => (await db.ArchiveRecords.AsNoTracking()
            .Join(db.ArchiveContents, r => r.Sequence, c => c.Sequence, (r, c) => new { r.Sequence, r.Type, c.Content })
            .OrderBy(x => x.Sequence).ToListAsync())
            .Select(x => (x.Sequence, x.Type, x.Content)).ToList());

    private static Task<int> NoticesAsync(ProtocolwachtApp app, string text) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "sanne.deboer" && n.Text.Contains(text)));

    private static async Task<string> PublishAsync(ProtocolwachtApp app, string account = "sintjozef-mastodon", string author = "linda.koster")
    {
        await app.AcknowledgeProtocolAsync(author);
        using var client = await app.SignInAsync(author);
        var postId = await client.ComposeAsync("Wat een mooie sportdag hadden we vandaag!", account);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PublishAsync(postId)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        return await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == postId && d.Status == DeliveryStatus.Published).Select(d => d.PlatformPostId!).SingleAsync());
    }
}
