using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Archive;

/// <summary>
/// What the database's history triggers say when SQL past the interceptor tries to change history: a Dutch sentence
/// naming the table and what was refused, the same on SQLite and PostgreSQL. Until the DutchHistoryRefusals migration
/// they were English ("archive_records is append-only: UPDATE refused") and reached users as the CLI's technical detail.
/// </summary>
public sealed class HistoryRefusalTextTests
{
    private const string BeforeDutchTexts = "InsightAccountMonthIndexes";

    [Theory]
    [AllDatabases]
    public async Task EveryHistoryTrigger_RefusesInDutch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await SeedHistoryAsync(db, database);

        Assert.Equal("De tabel archive_records wordt alleen aangevuld: een rij wijzigen is geweigerd.", await RefusalAsync(db, "UPDATE archive_records SET \"Type\" = 'x'"));
        Assert.Equal("De tabel archive_tree_heads wordt alleen aangevuld: een rij verwijderen is geweigerd.", await RefusalAsync(db, "DELETE FROM archive_tree_heads"));
        Assert.Equal("De tabel archive_signing_keys wordt alleen aangevuld: een rij verwijderen is geweigerd.", await RefusalAsync(db, "DELETE FROM archive_signing_keys"));
        Assert.Equal("De tabel archive_contents wordt alleen aangevuld: een rij wijzigen is geweigerd.", await RefusalAsync(db, "UPDATE archive_contents SET \"Sequence\" = \"Sequence\""));
        Assert.Equal(
            "De inhoud van een archiefrecord (tabel archive_contents) kan alleen worden weggehaald samen met een redactierecord dat dat record noemt: een rij verwijderen is geweigerd.",
            await RefusalAsync(db, "DELETE FROM archive_contents"));
        Assert.Equal("De tabel post_transitions wordt alleen aangevuld: een rij verwijderen is geweigerd.", await RefusalAsync(db, "DELETE FROM post_transitions"));
        Assert.Equal(
            "Een stap van een bericht (tabel post_transitions) verandert nooit, behalve de toelichting van een stap die een redactierecord noemt: een rij wijzigen is geweigerd.",
            await RefusalAsync(db, "UPDATE post_transitions SET \"ActorId\" = 'iemand.anders'"));
        Assert.Equal("De tabel audit_log wordt alleen aangevuld: een rij wijzigen is geweigerd.", await RefusalAsync(db, "UPDATE audit_log SET \"Actor\" = 'iemand.anders'"));
        Assert.Equal(
            "Een regel van het auditlog (tabel audit_log) kan alleen worden verwijderd als de bewaartermijn hem heeft afgesloten (een rij in audit_log_cuts): een rij verwijderen is geweigerd.",
            await RefusalAsync(db, "DELETE FROM audit_log"));
        Assert.Equal("De tabel audit_log_cuts wordt alleen aangevuld: een rij wijzigen is geweigerd.", await RefusalAsync(db, "UPDATE audit_log_cuts SET \"Kind\" = 'x'"));
        if (provider == DatabaseProvider.Postgres)
        {
            Assert.Equal("De tabel archive_tree_heads wordt alleen aangevuld: de tabel leegmaken is geweigerd.", await RefusalAsync(db, "TRUNCATE archive_tree_heads"));
        }
    }

    [Theory]
    [AllDatabases]
    public async Task MigratingBackBeforeTheDutchTexts_PutsTheEnglishBack_AndForwardAgainTheDutch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await SeedHistoryAsync(db, database);
        var migrator = db.GetService<IMigrator>();

        await migrator.MigrateAsync(BeforeDutchTexts);
        var english = await RefusalAsync(db, "UPDATE archive_records SET \"Type\" = 'x'");
        var englishAudit = await RefusalAsync(db, "DELETE FROM audit_log");
        await migrator.MigrateAsync();
        var dutch = await RefusalAsync(db, "UPDATE archive_records SET \"Type\" = 'x'");

        // The refusals themselves held in between: only their sentence changed.
        Assert.Equal("archive_records is append-only: UPDATE refused", english);
        Assert.Equal("audit_log: DELETE refused without a retention cut", englishAudit);
        Assert.Equal("De tabel archive_records wordt alleen aangevuld: een rij wijzigen is geweigerd.", dutch);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static async Task SeedHistoryAsync(ProtocolwachtDbContext db, TestDatabase database)
    {
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 2);
        var post = Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Sportdag!", ["regenboog-x"], []), null, database.Time);
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        await new AuditLog(db, database.Time).RecordNowAsync("karin.mulder", AuditActions.FreezeStarted, "publicatiestop:regenboog");
        db.AuditLogCuts.Add(new() { Kind = AuditLogCutKinds.Other, UpToId = 0, At = database.Time.GetUtcNow(), Before = database.Time.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>The trigger's sentence for <paramref name="sql"/>; fails the test when the statement went through.</summary>
    private static async Task<string?> RefusalAsync(ProtocolwachtDbContext db, string sql)
    {
        var error = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.NotNull(error);
        return HistoryRefusal.Of(error);
    }
}
