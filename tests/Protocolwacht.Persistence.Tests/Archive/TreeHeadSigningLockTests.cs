using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Archive;

/// <summary>
/// Two instances signing tree heads over one PostgreSQL database: while one holds the signing lock the other skips its
/// round (no insert of the same size, so no unique violation that EF Core would log at error level), and signs once
/// the lock is free. The soak of 2026-12-04 found the error lines the race left.
/// </summary>
public sealed class TreeHeadSigningLockTests
{
    private const long SigningLockKey = 0x70_77_68_65_61_64;

    [Fact]
    public async Task WhileAnotherInstanceSigns_TheRoundIsSkipped_ThenTheNextRoundSigns()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(4));
        await log.SaveChangesAsync(CancellationToken.None);
        using var logs = new CapturedLogs();
        await using var signer = Logged(database, logs);

        await using (var other = database.NewContext())
        {
            await using var otherSigning = await other.Database.BeginTransactionAsync();
            await other.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SigningLockKey})");
            var skipped = await new ArchiveTreeHeads(signer, new ArchiveStore(signer), database.Time).SignNewAsync(key);
            Assert.Null(skipped);
            Assert.Equal(3, (await new ArchiveStore(db).LatestTreeHeadAsync())!.TreeSize);
        }

        var signed = await new ArchiveTreeHeads(signer, new ArchiveStore(signer), database.Time).SignNewAsync(key);

        Assert.Equal(4, signed?.TreeSize);
        Assert.Equal(4, (await new ArchiveStore(db).LatestTreeHeadAsync())!.TreeSize);
        Assert.Empty(logs.AtLeast(LogLevel.Error));
    }

    private static ProtocolwachtDbContext Logged(TestDatabase database, CapturedLogs logs)
    {
        var options = new DbContextOptionsBuilder<ProtocolwachtDbContext>();
        database.Settings.Configure(options);
        options.UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(logs)));
        return new ProtocolwachtDbContext(options.Options);
    }
}
