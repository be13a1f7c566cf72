using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Connectors;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.TestSupport.Platforms.X;
using Protocolwacht.Web.Features.Publishing;
using Protocolwacht.Web.Tests.Publishing;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// "Bericht aanpassen" on a published post (BG3, DO3): checked again, edited where the platform edits
/// (Mastodon), a correction reply where it does not (X), exactly once, with a revision record in the archive.
/// </summary>
public class CorrectionTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Original = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 8 uur.";
    private const string Corrected = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 9 uur.";

    [Theory]
    [AllDatabases]
    public async Task Correction_OnMastodon_EditsThePostOnce_WithMarker_AndArchivesARevision(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync(database);
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var id = await linda.ComposeAsync(Original, PublishingSeed.Account);
        await linda.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        var statusId = Assert.Single(platform.Statuses.Keys);

        var response = await linda.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = Corrected, ["Reason"] = "De vertrektijd klopte niet." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        await app.AdvanceAsync(TimeSpan.FromMinutes(5)); // later rounds change nothing more

        Assert.Equal([statusId], platform.Edits);
        var html = platform.Statuses[statusId].Html;
        Assert.Contains("9 uur", html, StringComparison.Ordinal);
        Assert.Contains("Aangepast door Linda Koster op", html, StringComparison.Ordinal);
        var records = await RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Revision], records.Select(r => r.Record.Type));
        Assert.Equal(Original, ArchiveJson.Read<PublishedRecord>(records[0].Content!).Text); // the original stays
        var revision = ArchiveJson.Read<RevisionRecord>(records[1].Content!);
        Assert.Equal((Corrected, "De vertrektijd klopte niet.", "linda.koster", DeliveryKind.Edit, 2), (revision.Text, revision.Reason, revision.CorrectedBy, revision.Method, revision.Revision));
        Assert.Equal(Verdict.Allow, revision.Check.Verdict);
        Assert.Equal(statusId, revision.PlatformPostId);
        var page = await linda.GetPageAsync($"/posts/{id}");
        Assert.Contains("De vertrektijd klopte niet.", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"revision-diff\"", page, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
    }

    [Fact]
    public async Task Correction_OnX_PlacesOneCorrectionReplyUnderThePost()
    {
        var platform = new XServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Connectors:X:BaseUrl"] = server.BaseUrl.ToString());
        await app.Service<AccountCredentials>().ReplaceAsync("regenboog-x", new PlatformCredentials("x-access-1") { RefreshToken = "x-refresh-1", AccountId = XServer.UserId }, CancellationToken.None);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Original, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        var original = Assert.Single(platform.Posts.Keys);

        var response = await tom.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = Corrected, ["Reason"] = "Verkeerde tijd." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));

        var reply = Assert.Single(platform.ReplyTo);
        Assert.Equal(original, reply.Value);
        Assert.StartsWith("Correctie (aangepast door Tom Hendriks op ", platform.Posts[reply.Key].Text, StringComparison.Ordinal);
        Assert.EndsWith(Corrected, platform.Posts[reply.Key].Text, StringComparison.Ordinal);
        Assert.Equal(Original, platform.Posts[original].Text); // X has no edit: the original stays as it was
        var revision = ArchiveJson.Read<RevisionRecord>((await RecordsAsync(app))[1].Content!);
        Assert.Equal((DeliveryKind.CorrectionReply, reply.Key, original), (revision.Method, revision.ReplyPlatformPostId, revision.PlatformPostId));
    }

    [Fact]
    public async Task Correction_BlockedText_IsRefused_AndNothingIsQueued()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Original, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);

        var refused = await tom.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = "Het BSN van Emma is 123456782, bel even.", ["Reason"] = "Aanvulling." });
        var allowed = await tom.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = Corrected, ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("blokkeert", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Geef een reden", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PostChanges.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    internal static async Task<List<StoredArchiveRecord>> RecordsAsync(ProtocolwachtApp app) =>
        await app.WithDbAsync(async db =>
        {
            var all = new List<StoredArchiveRecord>();
            await foreach (var r in new ArchiveStore(db).ReadAllAsync())
            {
                all.Add(r);
            }

            return all;
        });
}
