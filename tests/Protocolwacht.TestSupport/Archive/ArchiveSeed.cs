using System.Security.Cryptography;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;

namespace Protocolwacht.TestSupport.Archive;

/// <summary>Fills an archive with synthetic publication records through the real <see cref="ArchiveLog"/> and signs a tree head over them.</summary>
public static class ArchiveSeed
{
    public static async Task<ECDsa> AddRecordsAndSignAsync(ProtocolwachtDbContext db, TimeProvider time, int count)
    {
        ArgumentNullException.ThrowIfNull(db);
        var log = new ArchiveLog(db, time);
        for (var i = 1; i <= count; i++)
        {
            log.Stage(ArchiveRecordTypes.Published, Sample(i));
        }

        await log.SaveChangesAsync(CancellationToken.None);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await ArchiveSigningKeys.StoreAsync(db, key, string.Empty, time.GetUtcNow(), CancellationToken.None);
        await new ArchiveTreeHeads(db, new ArchiveStore(db), time).SignNewAsync(key);
        return key;
    }

    public static PublishedRecord Sample(int i) => new(
        Guid.NewGuid(), Guid.NewGuid(), $"Wat een mooie sportdag vandaag, bericht {i}!", "regenboog-x", "sandbox", $"pid-{i}", $"https://sandbox.invalid/{i}",
        "tom.hendriks", null, [], new ArchivedCheck(Domain.Posts.Verdict.Allow, 1, "Social Media Protocol Konot", []), [],
        new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), null, new DateTimeOffset(2026, 10, 1, 9, 1, 0, TimeSpan.Zero));
}
