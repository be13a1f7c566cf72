using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Archive;

/// <summary>What reaches a platform reaches the archive, with the check and the approval, and is covered by a signed tree head.</summary>
public class PublicationArchiveTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task ApprovedPost_Published_LeavesOneRecordWithCheckApprovalAndPlatformId_UnderASignedHead(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id, "Mag de naam erin?");
        await karin.ApproveAsync(id, "Ouders hebben het goed gevonden.");
        await tom.PublishAsync(id);

        await app.AdvanceAsync(app.UndoPeriod - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await app.WithDbAsync(db => db.ArchiveRecords.CountAsync())); // nothing on record before it is published

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        var delivery = await app.WithDbAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.PostId == id));
        Assert.Equal(DeliveryStatus.Published, delivery.Status);
        var stored = await app.WithDbAsync(db => new ArchiveStore(db).FindAsync(1));
        Assert.Equal(ArchiveRecordTypes.Published, stored!.Record.Type);
        var record = ArchiveJson.Read<PublishedRecord>(stored.Content!);
        Assert.Equal(DoubtText, record.Text);
        Assert.Equal(("regenboog-x", "tom.hendriks", "karin.mulder"), (record.AccountId, record.AuthorId, record.ApprovedBy));
        Assert.Equal(delivery.PlatformPostId, record.PlatformPostId);
        Assert.NotNull(record.PlatformPostId);
        Assert.Equal(Verdict.Doubt, record.Check.Verdict);
        Assert.Equal(1, record.Check.ProtocolVersion);
        Assert.Contains(record.Check.Findings, f => f.Category == "personal-data" && f.Guideline.Length > 0);
        Assert.Equal([PostAction.AdviceRequested, PostAction.Approved], record.Advice.Select(a => a.Action));
        Assert.Equal("Ouders hebben het goed gevonden.", record.Advice[1].Text);
        Assert.NotNull(record.ConfirmedAt);
        Assert.Equal(delivery.PublishedAt, record.PublishedAt);

        // The tree-head job ran with the clock: the record is covered by a signed head, and it all verifies.
        var heads = await app.WithDbAsync(db => new ArchiveStore(db).TreeHeadsAsync());
        Assert.Equal(1, Assert.Single(heads).TreeSize);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));

        // Later rounds of the publisher do not archive the same publication again.
        await app.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await app.WithDbAsync(db => db.ArchiveRecords.CountAsync()));
    }

    [Fact]
    public async Task Retention_ContentIsKeptUntilItsPeriodEnds_ThenRemovedByARedactionRecord()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Archive:Retention:published.v1"] = "30.00:00:00";
            o.Settings["Archive:RetentionInterval"] = "01:00:00";
        });
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        Assert.Equal(1, await app.WithDbAsync(db => db.ArchiveContents.CountAsync()));

        await app.AdvanceAsync(TimeSpan.FromDays(30) - app.UndoPeriod - TimeSpan.FromMinutes(1));
        Assert.Equal(1, await app.WithDbAsync(db => db.ArchiveContents.CountAsync(c => c.Sequence == 1)));

        await app.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, await app.WithDbAsync(db => db.ArchiveContents.CountAsync(c => c.Sequence == 1)));
        var redaction = await app.WithDbAsync(db => new ArchiveStore(db).FindAsync(2));
        Assert.Equal(1, redaction!.Record.RedactsSequence);
        var content = ArchiveJson.Read<RedactionRecord>(redaction.Content!);
        Assert.Equal(RedactionGround.Retention, content.Ground);
        Assert.Equal(PostTransition.SystemActor, content.ApprovedBy);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Redacted);
    }
}
