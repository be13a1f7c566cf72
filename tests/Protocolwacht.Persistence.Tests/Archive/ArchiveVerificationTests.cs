using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Archive;

public sealed class ArchiveVerificationTests
{
    [Theory]
    [AllDatabases]
    public async Task Append_GivesSequenceNumbersWithoutGaps_AndTheArchiveVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(4));
        Assert.Equal([4L], await log.SaveChangesAsync(CancellationToken.None));

        var report = await new ArchiveStore(db).VerifyAsync();

        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(4, report.Records);
        Assert.Equal(1, report.TreeHeadsChecked);
        Assert.Equal(1, report.UnsignedRecords);
        var stored = await new ArchiveStore(db).FindAsync(2);
        Assert.Equal(ArchiveRecord.Timestamp(database.Time.GetUtcNow()), stored!.Record.RecordedAt);
        Assert.Contains("bericht 2", ArchiveJson.Read<PublishedRecord>(stored.Content!).Text, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Verify_AfterOneByteOfAStoredRecordChangedInTheDatabase_NamesThatRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 5);
        Assert.True((await new ArchiveStore(db).VerifyAsync()).Intact);

        await ArchiveAttacker.DisableTriggersAsync(db);
        await ArchiveAttacker.FlipContentByteAsync(db, sequence: 4, index: 20);
        var report = await new ArchiveStore(db).VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal(4, report.FirstProblem!.FirstSequence);
        Assert.True(report.FirstProblem.IsExact);
        Assert.Contains("Record 4", report.FirstProblem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task Verify_ContentRewrittenWithAMatchingHash_FailsOnTheSignedRoot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 5);

        await ArchiveAttacker.DisableTriggersAsync(db);
        await ArchiveAttacker.ReplaceContentAndHashAsync(db, 2, Encoding.UTF8.GetBytes("{\"text\":\"Nooit gezegd.\"}"));
        var report = await new ArchiveStore(db).VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal(1, report.FirstProblem!.FirstSequence);
        Assert.Equal(5, report.FirstProblem.LastSequence);

        // And the app refuses to sign over it.
        database.Time.Advance(TimeSpan.FromHours(1));
        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(6));
        await log.SaveChangesAsync(CancellationToken.None);
        var refused = await Assert.ThrowsAsync<ArchiveTamperedException>(() => new ArchiveTreeHeads(db, new ArchiveStore(db), database.Time).SignNewAsync(key));
        Assert.StartsWith("Archiefrecords 1 tot en met 5 geven niet meer de hash van de ondertekende boomkop over 5 records", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Voer 'protocolwacht archive verify' uit", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [AllDatabases]
    public async Task SignNew_SignsOnlyWhenRecordsWereAdded_OverEveryRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        var heads = new ArchiveTreeHeads(db, new ArchiveStore(db), database.Time);

        Assert.Null(await heads.SignNewAsync(key));

        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(4));
        await log.SaveChangesAsync(CancellationToken.None);
        var head = await heads.SignNewAsync(key);

        Assert.NotNull(head);
        Assert.Equal(4, head.TreeSize);
        var leaves = await new ArchiveStore(db).LeafHashesAsync(4);
        Assert.Equal(MerkleTree.Root(leaves, 4), head.RootHash);
        Assert.Equal(2, (await new ArchiveStore(db).TreeHeadsAsync()).Count);
    }

    [Theory]
    [AllDatabases]
    public async Task Redact_RemovesTheContent_RecordsWhoAndWhy_AndTheArchiveStillVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        var redactions = new ArchiveRedactions(db, new ArchiveLog(db, database.Time));

        var refused = await redactions.RedactAsync(2, RedactionGround.Request, "Toestemming voor de foto ingetrokken.", "sanne.deboer", "sanne.deboer");
        Assert.False(refused.Succeeded);
        Assert.NotNull(await db.ArchiveContents.AsNoTracking().SingleOrDefaultAsync(c => c.Sequence == 2));

        var result = await redactions.RedactAsync(2, RedactionGround.Request, "Toestemming voor de foto ingetrokken.", "sanne.deboer", "karin.mulder");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(4, result.Sequence);
        Assert.Null(await db.ArchiveContents.AsNoTracking().SingleOrDefaultAsync(c => c.Sequence == 2));
        var redaction = ArchiveJson.Read<RedactionRecord>((await new ArchiveStore(db).FindAsync(4))!.Content!);
        Assert.Equal(new RedactionRecord(2, RedactionGround.Request, "Toestemming voor de foto ingetrokken.", "sanne.deboer", "karin.mulder"), redaction);
        await new ArchiveTreeHeads(db, new ArchiveStore(db), database.Time).SignNewAsync(key);
        var report = await new ArchiveStore(db).VerifyAsync();
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(1, report.Redacted);
        Assert.Equal(2, report.TreeHeadsChecked);
    }

    [Theory]
    [AllDatabases]
    public async Task Verify_ContentDeletedBehindTheAppsBack_IsTamperingNotRedaction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);

        await ArchiveAttacker.DisableTriggersAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM archive_contents WHERE \"Sequence\" = 3");
        var report = await new ArchiveStore(db).VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal(3, report.FirstProblem!.FirstSequence);
        Assert.Equal(0, report.Redacted);
    }

    [Theory]
    [AllDatabases]
    public async Task Verify_OverSeveralReadBatches_GivesTheSignedRootAndNamesAChangeInALaterBatch(DatabaseProvider provider)
    {
        // 9,000 records pass the reader's batches of 4,096 and its hand-over to the hashing thread more than twice.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 9_000);
        var store = new ArchiveStore(db);
        var head = await store.LatestTreeHeadAsync();
        var leaves = await store.LeafHashesAsync(9_000);

        var intact = await store.VerifyAsync();

        Assert.True(intact.Intact, string.Join("; ", intact.Problems.Select(p => p.Message)));
        Assert.Equal(9_000, intact.Records);
        Assert.Equal(Convert.ToHexStringLower(head!.RootHash), Convert.ToHexStringLower(intact.Root));
        Assert.Equal(Convert.ToHexStringLower(MerkleTree.Root(leaves, 9_000)), Convert.ToHexStringLower(intact.Root));

        await ArchiveAttacker.DisableTriggersAsync(db);
        await ArchiveAttacker.FlipContentByteAsync(db, sequence: 8_500, index: 20);
        var tampered = await store.VerifyAsync();

        Assert.False(tampered.Intact);
        Assert.Equal(8_500, tampered.FirstProblem!.FirstSequence);
        Assert.Single(tampered.Problems);
    }
}
