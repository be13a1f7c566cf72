using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Publishing;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// "Bericht verwijderen" (BG3, DO3): a reason, a second person's approval (the author's manager or an
/// administrator, never the requester), then deleted on the platform once, a tombstone in the archive and the original kept.
/// </summary>
[LongRunning(76)]
public class DeletionTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Text = "Vandaag hebben we op Sint Jozef de nieuwe moestuin geopend.";

    [Theory]
    [AllDatabases]
    public async Task Deletion_ApprovedByTheManager_DeletesOnMastodonOnce_LeavesATombstone_AndTheArchiveVerifies(DatabaseProvider database)
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        var app = await apps.FreshAsync(database);
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        var id = await PublishAsync(app, platform);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        using var ingrid = await app.SignInAsync("ingrid.smit"); // Linda's manager

        await linda.OnPostPageAsync(id, "RequestDeletion", new() { ["reason"] = "De foto van de moestuin toont een verkeerde datum." });
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Single(platform.Statuses); // nothing happens before the second person approves

        var change = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        await ingrid.OnPostPageAsync(id, "Decide", new() { ["changeId"] = change.Id.ToString(), ["approve"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));
        var page = await linda.GetPageAsync($"/posts/{id}");

        Assert.Empty(platform.Statuses);
        Assert.Equal(PostState.Removed, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));
        var records = await CorrectionTests.RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Tombstone], records.Select(r => r.Record.Type));
        Assert.Equal(Text, ArchiveJson.Read<PublishedRecord>(records[0].Content!).Text);
        var tombstone = ArchiveJson.Read<TombstoneRecord>(records[1].Content!);
        Assert.Equal(("linda.koster", "ingrid.smit", false), (tombstone.RequestedBy, tombstone.ApprovedBy, tombstone.AlreadyGone));
        Assert.Equal("De foto van de moestuin toont een verkeerde datum.", tombstone.Reason);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Select(a => new { a.Action, a.Actor }).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.PostDeletionRequested && a.Actor == "linda.koster");
        Assert.Contains(audit, a => a.Action == AuditActions.PostChangeApproved && a.Actor == "ingrid.smit");
        Assert.Contains("verwijderd van het platform", page, StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
    }

    [Fact]
    public async Task Deletion_TheRequesterCannotApproveTheirOwnRequest_TheAuthorsManagerCan()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Text, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        using var sanne = await app.SignInAsync("sanne.deboer"); // administrator
        await sanne.OnPostPageAsync(id, "RequestDeletion", new() { ["reason"] = "Op verzoek van een ouder." });
        var change = await app.WithDbAsync(db => db.PostChanges.SingleAsync());

        var own = await sanne.OnPostPageAsync(id, "Decide", new() { ["changeId"] = change.Id.ToString(), ["approve"] = "true" });

        Assert.Contains("niet degene die erom vroeg", own, StringComparison.Ordinal);
        Assert.Equal(PostChangeStatus.AwaitingApproval, await StatusAsync(app));
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Kind == DeliveryKind.Delete)));

        using var karin = await app.SignInAsync("karin.mulder"); // Tom's manager: a second person
        await karin.OnPostPageAsync(id, "Decide", new() { ["changeId"] = change.Id.ToString(), ["approve"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(PostChangeStatus.Done, await StatusAsync(app));
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
    }

    [Fact]
    public async Task Deletion_ATeacherApproving_Gets403_AndNothingChanges()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Text, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        await tom.OnPostPageAsync(id, "RequestDeletion", new() { ["reason"] = "Dubbel geplaatst." });
        var change = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz"); // a colleague at the same school, not a manager

        var response = await fatima.PostFormAsync($"/posts/{id}", new() { ["changeId"] = change.Id.ToString(), ["approve"] = "true" }, "Decide", pagePath: "/compose");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(PostChangeStatus.AwaitingApproval, await StatusAsync(app));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
    }

    private static Task<PostChangeStatus> StatusAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.PostChanges.Select(c => c.Status).SingleAsync());

    private static async Task<Guid> PublishAsync(ProtocolwachtApp app, MastodonServer platform)
    {
        await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var id = await linda.ComposeAsync(Text, PublishingSeed.Account);
        await linda.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        Assert.Single(platform.Statuses);
        return id;
    }
}
