using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Platforms;
using Protocolwacht.TestSupport.Platforms.Mastodon;
using Protocolwacht.Web.Tests.Publishing;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// A correction the platform never answers (issue #10): the edit is sent again a few times, then a person is asked on
/// the post page, as for a publication whose outcome stayed unknown: look on the platform, then "wel uitgevoerd" or
/// "nog één keer proberen" (exactly one more attempt). Against a local Mastodon server that edits but never answers.
/// </summary>
public class UnansweredCorrectionTests
{
    private const string Original = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 8 uur.";
    private const string Corrected = "Morgen is de schoolreis naar de dierentuin, we vertrekken om 9 uur.";

    [Fact]
    public async Task Correction_PlatformNeverAnswers_AsksAPersonWhoRetriesExactlyOnce_ThenRecordsItDone()
    {
        var platform = new MastodonServer();
        await using var server = await LocalPlatformServer.StartAsync(platform.Map);
        // On the app's fake clock: a call runs out only when the test moves the clock on after the platform has it.
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["Publishing:CallTimeout"] = "00:00:05");
        await PublishingSeed.ConnectAccountAsync(app.Services, server.BaseUrl);
        await app.AcknowledgeProtocolAsync(PublishingSeed.Author);
        using var linda = await app.SignInAsync(PublishingSeed.Author);
        var id = await linda.ComposeAsync(Original, PublishingSeed.Account);
        await linda.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        for (var round = 0; round < 5 && await PublicationStatusAsync(app) != DeliveryStatus.Published; round++)
        {
            await app.AdvanceAsync(TimeSpan.FromMinutes(30)); // a publication the loaded machine answered too late is reconciled by its key
        }

        Assert.Equal(DeliveryStatus.Published, await PublicationStatusAsync(app));
        var statusId = Assert.Single(platform.Statuses.Keys);
        platform.StallEdits = true;

        await linda.PostFormAsync($"/posts/{id}/correct", new() { ["Text"] = Corrected, ["Reason"] = "De vertrektijd klopte niet." });
        await AdvanceRoundsAsync(app, platform, 8);

        Assert.Equal(1 + Delivery.MaxReconciliations, platform.Edits.Count); // the first edit and its repeats, then no more
        var edit = await EditDeliveryAsync(app);
        Assert.Equal(DeliveryStatus.AwaitingPerson, edit.Status);
        var page = await linda.GetPageAsync($"/posts/{id}");
        Assert.Contains("data-testid=\"change-unknown\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"resolve-change-done\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"resolve-change-retry\"", page, StringComparison.Ordinal);
        Assert.Equal([ArchiveRecordTypes.Published], (await CorrectionTests.RecordsAsync(app)).Select(r => r.Record.Type));

        var retry = await linda.PostFormAsync($"/posts/{id}", new() { ["deliveryId"] = edit.Id.ToString(), ["done"] = "false" }, handler: "ResolveChange");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        await AdvanceRoundsAsync(app, platform, 6);

        Assert.Equal(2 + Delivery.MaxReconciliations, platform.Edits.Count); // exactly one more attempt
        Assert.Equal(DeliveryStatus.AwaitingPerson, (await EditDeliveryAsync(app)).Status);

        using var tom = await app.SignInAsync("tom.hendriks"); // neither the author, the requester nor an administrator
        await tom.PostFormAsync($"/posts/{id}", new() { ["deliveryId"] = edit.Id.ToString(), ["done"] = "true" }, handler: "ResolveChange", pagePath: "/posts");
        Assert.Equal(DeliveryStatus.AwaitingPerson, (await EditDeliveryAsync(app)).Status);

        platform.StallEdits = false;
        var done = await linda.PostFormAsync($"/posts/{id}", new() { ["deliveryId"] = edit.Id.ToString(), ["done"] = "true" }, handler: "ResolveChange");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        await AdvanceRoundsAsync(app, platform, 2);

        Assert.Equal(2 + Delivery.MaxReconciliations, platform.Edits.Count); // "wel uitgevoerd" sends nothing
        var resolved = await EditDeliveryAsync(app);
        Assert.Equal((DeliveryStatus.Published, "linda.koster"), (resolved.Status, resolved.ResolvedBy));
        Assert.Equal(PostChangeStatus.Done, await app.WithDbAsync(db => db.PostChanges.Select(c => c.Status).SingleAsync()));
        var records = await CorrectionTests.RecordsAsync(app);
        Assert.Equal([ArchiveRecordTypes.Published, ArchiveRecordTypes.Revision], records.Select(r => r.Record.Type));
        Assert.Equal((Corrected, statusId), (ArchiveJson.Read<RevisionRecord>(records[1].Content!).Text, ArchiveJson.Read<RevisionRecord>(records[1].Content!).PlatformPostId));
        Assert.DoesNotContain("data-testid=\"resolve-change-done\"", await linda.GetPageAsync($"/posts/{id}"), StringComparison.Ordinal);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
    }

    // Each round lets the publisher run and moves the clock past any reconcile delay or backoff, and past the call
    // limit of an edit the platform does not answer.
    private static async Task AdvanceRoundsAsync(ProtocolwachtApp app, MastodonServer platform, int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            await app.AdvanceThroughStalledCallsAsync(TimeSpan.FromMinutes(30), () => platform.Edits.Count);
        }
    }

    private static Task<DeliveryStatus> PublicationStatusAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.Where(d => d.Kind == DeliveryKind.Publish).Select(d => d.Status).SingleAsync());

    private static Task<Delivery> EditDeliveryAsync(ProtocolwachtApp app) =>
        app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.Kind == DeliveryKind.Edit));
}
