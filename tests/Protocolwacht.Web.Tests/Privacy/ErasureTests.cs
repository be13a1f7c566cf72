using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Archive;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Archive;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Privacy;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// The right to erasure: after an administrator erases a pupil, no table of the database holds their name,
/// the archive still verifies, a scheduled post that showed them does not go out, and a published one gets a
/// takedown task that a second person approves.
/// </summary>
public sealed partial class ErasureTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Name = "Noah Bos";

    [Theory]
    [AllDatabases]
    public async Task ErasePupil_NameGoneFromEveryTable_ArchiveVerifies_ScheduledPostHeld_PublishedPostTakenDown(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var published = await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, $"{Name} won vandaag de sportdag!", "noah.bos");
        await tom.PublishAsync(published);
        await app.AdvanceAsync(app.UndoPeriod);
        var scheduled = await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, "Foto's van de sportdag.", "noah.bos", app.Clock.GetUtcNow().AddDays(2));
        await tom.PublishAsync(scheduled);

        // Before: the name is in the database and the archive, and the scheduled delivery is waiting to go out.
        Assert.NotEmpty(await TablesHoldingAsync(app, Name));
        Assert.False(await app.WithDbAsync(db => db.PostChanges.AnyAsync()));
        Assert.Equal(DeliveryStatus.Pending, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == scheduled).Select(d => d.Status).SingleAsync()));
        Assert.Contains(Name, WebUtility.HtmlDecode(await sanne.GetPageAsync("/privacy/pupils/noah.bos/erase")), StringComparison.Ordinal);

        var unconfirmed = WebUtility.HtmlDecode(await (await sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = "Verzoek van de ouders." })).Content.ReadAsStringAsync());
        Assert.Contains("Vink aan dat u begrijpt", unconfirmed, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "noah.bos")));

        var erased = await (await sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = $"Verzoek van de ouders van {Name}.", ["Confirm"] = "true" })).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"erased\"", erased, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"takedowns\"", erased, StringComparison.Ordinal);

        // Nowhere in the database any more (the redaction records name record numbers, not the pupil).
        Assert.Empty(await TablesHoldingAsync(app, Name));
        Assert.False(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "noah.bos")));
        Assert.False(await app.WithDbAsync(db => db.ConsentChanges.AnyAsync(c => c.StudentId == "noah.bos")));
        Assert.False(await app.WithDbAsync(db => db.Parents.AnyAsync(p => p.Id == "ellen.bos")));
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        var redaction = await app.WithDbAsync(db => db.ArchiveRecords.SingleAsync(r => r.Type == ArchiveRecordTypes.Redaction));
        Assert.Equal(1, redaction.RedactsSequence);
        var report = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(report.Intact, string.Join("; ", report.Problems.Select(p => p.Message)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PupilErased));
        Assert.Equal(("sanne.deboer", "leerling:noah.bos"), (audit.Actor, audit.Subject));

        // The scheduled post was held: back to draft without the photo, and nothing goes out at its time.
        var held = await app.WithDbAsync(db => db.Posts.AsNoTracking().SingleAsync(p => p.Id == scheduled));
        Assert.Equal((PostState.Draft, 0), (held.State, held.Attachments.Count));
        await app.AdvanceAsync(TimeSpan.FromDays(3));
        Assert.False(await app.WithDbAsync(db => db.Deliveries.AnyAsync(d => d.PostId == scheduled)));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        // The published post is still on the platform: it got a takedown task without the pupil's id, which an
        // administrator takes up and a second person approves; then it is gone there too.
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        Assert.Equal((published, PostChangeStatus.Proposed, PupilErasure.Origin, (string?)null), (task.PostId, task.Status, task.Origin, task.StudentId));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == "sanne.deboer" && n.Link.Contains(published.ToString()))));
        await sanne.OnPostPageAsync(published, "TakeUp", new() { ["changeId"] = task.Id.ToString(), ["reason"] = task.Reason });
        await karin.OnPostPageAsync(published, "Decide", new() { ["changeId"] = task.Id.ToString(), ["approve"] = "true" });
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
        var after = await app.WithDbAsync(db => new ArchiveStore(db).VerifyAsync());
        Assert.True(after.Intact, string.Join("; ", after.Problems.Select(p => p.Message)));
        Assert.Empty(await TablesHoldingAsync(app, Name));
    }

    /// <summary>Every table of the app's database with a value that contains <paramref name="text"/> (<see cref="NameScan"/>).</summary>
    private static async Task<List<string>> TablesHoldingAsync(ProtocolwachtApp app, string text) =>
        [.. (await NameScan.HoldingAsync(app, text, NoFirstName(), "noah.bos")).Select(h => h.Table).Distinct()];

    [GeneratedRegex("(?!)")]
    private static partial Regex NoFirstName();
}
