using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Persistence.Tests.Posts;

/// <summary>
/// A delivery that failed before stop 42 because its author had not acknowledged a new protocol version kept the old
/// Dutch sentence, which no DeliveryReasons.resx entry knows, so an English reader read it in Dutch. The
/// OldDeliveryReasonCodes migration gives such a delivery, and the failure notice that quotes it, the current sentence
/// (the resource's key), on SQLite and PostgreSQL; other reasons and notices stay as they are.
/// </summary>
public sealed class OldDeliveryReasonsTests
{
    private const string BeforeTheMapping = "PinTransitionReasonCodes";
    private const string OtherReason = "Dit account is niet (meer) gekoppeld aan het platform. Koppel het opnieuw en probeer het nog eens.";

    [Theory]
    [AllDatabases]
    public async Task OldNotAcknowledgedReason_GetsTheCurrentSentence_InTheDeliveryAndItsNotice_OthersStay(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeTheMapping);
        var old = await FailedDeliveryAsync(db, database, OldDeliveryReasons.NotAcknowledgedBefore);
        var other = await FailedDeliveryAsync(db, database, OtherReason);
        var notice = Notice($"Publicatie op regenboog-x is mislukt: {OldDeliveryReasons.NotAcknowledgedBefore}");
        var otherNotice = Notice($"Publicatie op regenboog-x is mislukt: {OtherReason}");
        db.Notifications.AddRange(notice, otherNotice);
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();

        await using var after = database.NewContext();
        Assert.Equal(OldDeliveryReasons.NotAcknowledged, await ReasonAsync(after, old));
        Assert.Equal(OtherReason, await ReasonAsync(after, other));
        Assert.Equal($"Publicatie op regenboog-x is mislukt: {OldDeliveryReasons.NotAcknowledged}", await TextAsync(after, notice.Id));
        Assert.Equal($"Publicatie op regenboog-x is mislukt: {OtherReason}", await TextAsync(after, otherNotice.Id));
        Assert.Empty(await after.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [AllDatabases]
    public async Task MigratingBack_PutsTheOldSentenceBack(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var id = await FailedDeliveryAsync(db, database, OldDeliveryReasons.NotAcknowledged);

        await db.GetService<IMigrator>().MigrateAsync(BeforeTheMapping);

        await using var after = database.NewContext();
        Assert.Equal(OldDeliveryReasons.NotAcknowledgedBefore, await ReasonAsync(after, id));
    }

    private static async Task<Guid> FailedDeliveryAsync(ProtocolwachtDbContext db, TestDatabase database, string reason)
    {
        var post = Post.CreateDraft(Guid.NewGuid(), "tom.hendriks", new PostContent("Sportdag!", ["regenboog-x"], []), null, database.Time);
        var delivery = Delivery.Create(Guid.NewGuid(), post, "regenboog-x", "x", database.Time.GetUtcNow(), "vingerafdruk");
        delivery.MarkFailed(reason, database.Time.GetUtcNow());
        db.Posts.Add(post);
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    private static Notification Notice(string text) =>
        new() { Id = Guid.NewGuid(), RecipientId = "tom.hendriks", Text = text, Link = "/posts/1", CreatedAt = DateTimeOffset.UnixEpoch };

    private static Task<string?> ReasonAsync(ProtocolwachtDbContext db, Guid id) =>
        db.Deliveries.Where(d => d.Id == id).Select(d => d.LastError).SingleAsync();

    private static Task<string> TextAsync(ProtocolwachtDbContext db, Guid id) =>
        db.Notifications.Where(n => n.Id == id).Select(n => n.Text).SingleAsync();
}
