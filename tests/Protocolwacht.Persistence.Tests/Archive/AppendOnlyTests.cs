using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Privacy;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Archive;

namespace Protocolwacht.Persistence.Tests.Archive;

/// <summary>History cannot be changed: the database refuses SQL that tries, the interceptor refuses EF Core saves that try.</summary>
public sealed class AppendOnlyTests
{
    [Theory]
    [AllDatabases]
    public async Task Database_RefusesUpdateAndDeleteOfArchiveRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        using var key = await ArchiveSeed.AddRecordsAndSignAsync(db, database.Time, 2);

        await AssertRefusedAsync(db, "UPDATE archive_records SET \"Type\" = 'published.v2' WHERE \"Sequence\" = 1");
        await AssertRefusedAsync(db, "DELETE FROM archive_records WHERE \"Sequence\" = 2");
        await AssertRefusedAsync(db, "UPDATE archive_contents SET \"Content\" = {0} WHERE \"Sequence\" = 1", new byte[] { 0x7b, 0x7d });
        await AssertRefusedAsync(db, "DELETE FROM archive_contents WHERE \"Sequence\" = 1");
        await AssertRefusedAsync(db, "DELETE FROM archive_tree_heads");
        await AssertRefusedAsync(db, "UPDATE archive_signing_keys SET \"PublicKey\" = {0}", new byte[] { 1, 2, 3 });

        Assert.Equal(["published.v1", "published.v1"], await db.ArchiveRecords.OrderBy(r => r.Sequence).Select(r => r.Type).ToListAsync());
        Assert.Equal(2, await db.ArchiveContents.CountAsync());
        Assert.Equal(1, await db.ArchiveTreeHeads.CountAsync());

        // The same statements go through once the triggers are gone: the refusal above came from them.
        await ArchiveAttacker.DisableTriggersAsync(db);
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM archive_contents WHERE \"Sequence\" = 1"));
    }

    [Theory]
    [AllDatabases]
    public async Task Database_RefusesChangesToPostTransitions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var post = Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Sportdag!", ["regenboog-x"], []), null, database.Time);
        post.RecordCheck("tom.hendriks", Verdict.Allow, database.Time);
        db.Posts.Add(post);
        await db.SaveChangesAsync();

        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"ActorId\" = 'iemand.anders'");
        await AssertRefusedAsync(db, "DELETE FROM post_transitions");

        await using var fresh = database.NewContext();
        var loaded = await fresh.Posts.SingleAsync(p => p.Id == post.Id);
        Assert.Equal([PostAction.Created, PostAction.Checked], loaded.Transitions.Select(t => t.Action));
        Assert.All(loaded.Transitions, t => Assert.Equal("tom.hendriks", t.ActorId));
        Assert.Equal(database.Time.GetUtcNow(), loaded.Transitions[1].At);
    }

    [Theory]
    [AllDatabases]
    public async Task Database_LetsAStepsTextChangeOnlyOnceARedactionRecordNamesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var post = Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Sportdag!", ["regenboog-x"], []), null, database.Time);
        post.RecordCheck("tom.hendriks", Verdict.Allow, database.Time);
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"Reason\" = 'zonder redactie' WHERE \"Sequence\" = 2");

        await PostTransitionRedactions.RedactAsync(db, [new(post.Id, 2, "[naam verwijderd]")], "sanne.deboer", "Recht op vergetelheid.", database.Time.GetUtcNow(), CancellationToken.None);

        // Named by a redaction record: the text may change, nothing else of the step, and the step still cannot go.
        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"ActorId\" = 'iemand.anders' WHERE \"Sequence\" = 2");
        // Nor the reason's code and arguments beside the text (columns added after the trigger; PinTransitionReasonCodes).
        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"ReasonCode\" = 'check-blocked' WHERE \"Sequence\" = 2");
        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"ReasonArguments\" = '[\"iemand.anders\"]' WHERE \"Sequence\" = 2");
        await AssertRefusedAsync(db, "UPDATE post_transitions SET \"Reason\" = 'stap 1' WHERE \"Sequence\" = 1");
        await AssertRefusedAsync(db, "DELETE FROM post_transitions WHERE \"Sequence\" = 2");
        await AssertRefusedAsync(db, "UPDATE post_transition_redactions SET \"RedactedBy\" = 'iemand.anders'");
        await AssertRefusedAsync(db, "DELETE FROM post_transition_redactions");
        await using var fresh = database.NewContext();
        var loaded = await fresh.Posts.SingleAsync(p => p.Id == post.Id);
        Assert.Equal([null, "[naam verwijderd]"], loaded.Transitions.Select(t => t.Reason));
        Assert.All(loaded.Transitions, t => Assert.Equal("tom.hendriks", t.ActorId));
        var redaction = await fresh.PostTransitionRedactions.SingleAsync();
        Assert.Equal(("sanne.deboer", 2), (redaction.RedactedBy, redaction.Sequence));
    }

    [Theory]
    [AllDatabases]
    public async Task Interceptor_RefusesASaveThatChangesOrRemovesARecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.NewContext())
        {
            using var key = await ArchiveSeed.AddRecordsAndSignAsync(seed, database.Time, 1);
        }

        await using var db = database.NewContext();
        var record = await db.ArchiveRecords.SingleAsync();
        record.Type = "published.v2";
        var changed = await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.ArchiveContents.Remove(await db.ArchiveContents.SingleAsync());
        var removed = await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // Dutch, naming the table or record and what was refused: the CLI prints these messages as they are.
        Assert.Equal("De tabel archive_records wordt alleen aangevuld: een rij wijzigen is geweigerd. Er is niets opgeslagen.", changed.Message);
        Assert.Equal("De inhoud van archiefrecord 1 kan alleen worden weggehaald samen met een redactierecord dat dat record noemt. Er is niets opgeslagen.", removed.Message);

        await using var check = database.NewContext();
        Assert.Equal("published.v1", (await check.ArchiveRecords.SingleAsync()).Type);
        Assert.Equal(1, await check.ArchiveContents.CountAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task Interceptor_RefusesRewritingAPostsRecordedStep(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.NewContext())
        {
            seed.Posts.Add(Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Sportdag!", ["regenboog-x"], []), null, database.Time));
            await seed.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var post = await db.Posts.SingleAsync();
        var step = db.Entry(post).Collection(p => p.Transitions).CurrentValue!.Single();
        db.Entry(step).Property(t => t.Reason).CurrentValue = "achteraf bedacht";
        db.Entry(step).State = EntityState.Modified;

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
    }

    private static async Task AssertRefusedAsync(ProtocolwachtDbContext db, string sql, params object[] parameters)
    {
        var error = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql, parameters));
        Assert.NotNull(error);
        Assert.Contains("is geweigerd", HistoryRefusal.Of(error), StringComparison.Ordinal); // the trigger's Dutch sentence (DutchHistoryRefusals)
    }
}
