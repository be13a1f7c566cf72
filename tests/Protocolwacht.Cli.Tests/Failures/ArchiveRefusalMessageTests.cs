using System.Text;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Cli.Commands;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Cli.Tests.Failures;

/// <summary>
/// The archive's refusals to change history, raised for real by a save and a signing, as a database command prints
/// them (<see cref="DatabaseProblem"/>): their own Dutch sentence naming the table or records. Before, they were English
/// ("archive_records is append-only: Modified refused.") behind "er ging iets mis met de database. Technische details:".
/// </summary>
public sealed class ArchiveRefusalMessageTests
{
    [Fact]
    public async Task ChangedArchiveRecord_IsDescribedInDutchWithTheTable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 1);
        (await db.ArchiveRecords.SingleAsync()).Type = "published.v2";

        var refused = await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        var described = DatabaseProblem.NothingChangedBecause(refused, database.Configuration(), "de import");

        Assert.Equal("De import is mislukt en teruggedraaid; er is niets gewijzigd. De tabel archive_records wordt alleen aangevuld: een rij wijzigen is geweigerd. Er is niets opgeslagen.", described);
    }

    [Fact]
    public async Task SigningOverATamperedArchive_IsDescribedInDutchWithWhatToRun()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 3);
        await ArchiveAttacker.DisableTriggersAsync(db);
        await ArchiveAttacker.ReplaceContentAndHashAsync(db, 2, Encoding.UTF8.GetBytes("{\"text\":\"Nooit gezegd.\"}"));
        var log = new ArchiveLog(db, database.Time);
        log.Stage(ArchiveRecordTypes.Published, ArchiveSeed.Sample(4));
        await log.SaveChangesAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<ArchiveTamperedException>(() => new ArchiveTreeHeads(db, new ArchiveStore(db), database.Time).SignNewAsync(key));
        var described = DatabaseProblem.Describe(refused, database.Configuration());

        Assert.StartsWith("Archiefrecords 1 tot en met 3 geven niet meer de hash van de ondertekende boomkop over 3 records", described, StringComparison.Ordinal);
        Assert.DoesNotContain("Technische details", described, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawSqlRefusedByTheDatabasesTrigger_IsDescribedInDutchWithoutTechnicalDetails()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, seedDemo: false);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 1);

        // Past the interceptor, as a bulk delete or a script goes: only the trigger can refuse.
        var refused = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM archive_records"));
        var described = DatabaseProblem.NothingChangedBecause(refused!, database.Configuration(), "de opschoning");

        Assert.Equal("De opschoning is mislukt en teruggedraaid; er is niets gewijzigd. De tabel archive_records wordt alleen aangevuld: een rij verwijderen is geweigerd.", described);
    }
}
