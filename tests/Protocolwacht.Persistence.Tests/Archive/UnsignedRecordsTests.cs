using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Archive;

/// <summary>
/// The tree head job asks whether anything is left to sign before it unprotects the signing key: an empty archive and one
/// whose every record is under the latest head have nothing; a record added after the head has.
/// </summary>
public sealed class UnsignedRecordsTests
{
    [Theory]
    [AllDatabases]
    public async Task HasUnsignedRecords_FollowsTheRecordsAddedSinceTheLatestHead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var heads = new ArchiveTreeHeads(db, new ArchiveStore(db), database.Time);
        Assert.False(await heads.HasUnsignedRecordsAsync());

        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        Assert.False(await heads.HasUnsignedRecordsAsync());

        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(4));
        await log.SaveChangesAsync(CancellationToken.None);
        Assert.True(await heads.HasUnsignedRecordsAsync());

        database.Time.Advance(TimeSpan.FromHours(1));
        Assert.NotNull(await heads.SignNewAsync(key));
        Assert.False(await heads.HasUnsignedRecordsAsync());
    }
}
