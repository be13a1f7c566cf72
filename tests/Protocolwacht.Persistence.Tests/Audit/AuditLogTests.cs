using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Audit;

/// <summary>The audit log is append-only on both databases, and its entries commit with the change they record.</summary>
public sealed class AuditLogTests
{
    [Theory]
    [AllDatabases]
    public async Task Database_RefusesUpdateAndDeleteOfAuditEntries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var log = new AuditLog(db, database.Time);
        await log.RecordNowAsync("sanne.deboer", AuditActions.SignedIn, "medewerker:sanne.deboer", "wachtwoord");
        await log.RecordNowAsync("karin.mulder", AuditActions.FreezeStarted, "publicatiestop:regenboog");

        await AssertRefusedAsync(db, "UPDATE audit_log SET \"Actor\" = 'iemand.anders'");
        await AssertRefusedAsync(db, "DELETE FROM audit_log WHERE \"Actor\" = 'karin.mulder'");

        await using (var check = database.NewContext())
        {
            Assert.Equal(["sanne.deboer", "karin.mulder"], await check.AuditEntries.Where(e => e.Actor != AuditActors.System).OrderBy(e => e.Id).Select(e => e.Actor).ToListAsync());
        }

        // The same statement goes through once the triggers are gone: the refusal above came from them.
        await ArchiveAttacker.DisableTriggersAsync(db);
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log WHERE \"Actor\" = 'karin.mulder'"));
    }

    [Theory]
    [AllDatabases]
    public async Task Interceptor_RefusesASaveThatChangesOrRemovesAnEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.NewContext())
        {
            await new AuditLog(seed, database.Time).RecordNowAsync("sanne.deboer", AuditActions.RoleGranted, "medewerker:tom.hendriks", "admin");
        }

        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Actor == "sanne.deboer");
        entry.Details = "niets";
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Actor == "sanne.deboer"));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        await using var check = database.NewContext();
        Assert.Equal("admin", (await check.AuditEntries.SingleAsync(e => e.Actor == "sanne.deboer")).Details);
    }

    [Theory]
    [AllDatabases]
    public async Task RecordAsync_CommitsOnlyWithTheCallersSave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await new AuditLog(db, database.Time).RecordAsync("sanne.deboer", AuditActions.ConsentChanged, "leerling:1");
            // The use case fails before it saves: the entry goes with it.
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Actor == "sanne.deboer"));
            await new AuditLog(db, database.Time).RecordAsync("sanne.deboer", AuditActions.ConsentChanged, "leerling:1", new string('x', 900));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var entry = await check.AuditEntries.SingleAsync(e => e.Actor == "sanne.deboer");
        Assert.Equal((database.Time.GetUtcNow(), AuditLog.MaxDetailsLength), (entry.At, entry.Details!.Length));
    }

    [Theory]
    [AllDatabases]
    public async Task Search_FiltersByActorActionAndPeriod_AndPagesNewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var log = new AuditLog(db, database.Time);
        for (var i = 0; i < 7; i++)
        {
            await log.RecordAsync(i % 2 == 0 ? "sanne.deboer" : "karin.mulder", i < 5 ? AuditActions.SignedIn : AuditActions.FreezeStarted, $"n:{i}");
            database.Time.Advance(TimeSpan.FromHours(1));
        }

        await db.SaveChangesAsync();
        var start = database.Time.GetUtcNow().AddHours(-7);

        var sanne = await AuditSearch.FindAsync(db, new AuditFilter("SANNE", null, null, null));
        Assert.Equal(["n:6", "n:4", "n:2", "n:0"], sanne.Entries.Select(e => e.Subject));

        var freezes = await AuditSearch.FindAsync(db, new AuditFilter(null, AuditActions.FreezeStarted, null, null));
        Assert.Equal(["n:6", "n:5"], freezes.Entries.Select(e => e.Subject));

        var period = await AuditSearch.FindAsync(db, new AuditFilter(null, null, start.AddHours(2), start.AddHours(4)));
        Assert.Equal(["n:3", "n:2"], period.Entries.Select(e => e.Subject));

        var second = await AuditSearch.FindAsync(db, new AuditFilter(null, AuditActions.SignedIn, null, null, Page: 2, PageSize: 2));
        Assert.Equal((5, 3), (second.Total, second.PageCount));
        Assert.Equal(["n:2", "n:1"], second.Entries.Select(e => e.Subject));
    }

    private static async Task AssertRefusedAsync(ProtocolwachtDbContext db, string sql)
    {
        var error = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.NotNull(error);
        Assert.Contains("is geweigerd", HistoryRefusal.Of(error), StringComparison.Ordinal); // the trigger's Dutch sentence (DutchHistoryRefusals)
    }
}
