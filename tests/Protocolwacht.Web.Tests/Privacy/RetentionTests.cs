using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>The daily retention job removes each kind of data on the day its period ends, not a day earlier, and records it.</summary>
public sealed class RetentionTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Theory]
    [AllDatabases]
    public async Task RetentionJob_DayBefore_KeepsEverything_DayAfter_RemovesAndRecords(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Retention:AttachmentsWithPupils"] = "10.00:00:00";
            o.Settings["Retention:ConsentHistoryAfterLeaving"] = "10.00:00:00";
            o.Settings["Retention:ClosedIncidents"] = "10.00:00:00";
            o.Settings["Retention:AuditLog"] = "10.00:00:00";
            o.Settings["Retention:SignInRecords"] = "5.00:00:00";
        });
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, "Sportdag!", "noah.bos");
        var today = DutchTime.Today(app.Clock);
        await app.WithDbAsync(async db =>
        {
            (await db.Students.SingleAsync(s => s.Id == "noah.bos")).LeftOn = today;
            var incident = Incident.Report(Guid.NewGuid(), "regenboog", IncidentCategory.PupilBullying, IncidentSeverity.Low, "Pesten in de groepsapp.",
                "karin.mulder", null, [], null, "karin.mulder", app.Clock.GetUtcNow(), out _)!;
            Assert.Null(incident.Close("karin.mulder", "Besproken met de groep.", app.Clock.GetUtcNow()));
            db.Incidents.Add(incident);
            await new AuditLog(db, app.Clock).RecordAsync("sanne.deboer", AuditActions.StudentChanged, "leerling:emma.dewit", "groep");
            return await db.SaveChangesAsync();
        });
        var signIns = await CountAsync(app, AuditActions.SignedIn);
        var otherAudit = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action != AuditActions.SignedIn && e.Action != AuditActions.RetentionRemoved));
        Assert.True(signIns >= 2 && otherAudit >= 1, $"{signIns} sign-ins, {otherAudit} other entries");

        // Sign-ins: 5 days. The day before, all there; the day after, gone under a cut.
        await app.AdvanceAsync(4 * Day);
        Assert.Equal(signIns, await CountAsync(app, AuditActions.SignedIn));
        await app.AdvanceAsync(2 * Day);
        Assert.Equal(0, await CountAsync(app, AuditActions.SignedIn));
        var cut = await app.WithDbAsync(db => db.AuditLogCuts.SingleAsync());
        Assert.Equal(("sign-ins", signIns), (cut.Kind, cut.Removed));

        // The rest: 10 days. Day 9: everything still there.
        await app.AdvanceAsync(3 * Day);
        Assert.Equal(1, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "noah.bos")));
        Assert.True(await app.WithDbAsync(db => db.ConsentChanges.AnyAsync(c => c.StudentId == "noah.bos")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Incidents.CountAsync()));

        await app.AdvanceAsync(2 * Day);
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "noah.bos")));
        Assert.False(await app.WithDbAsync(db => db.ConsentChanges.AnyAsync(c => c.StudentId == "noah.bos")));
        Assert.False(await app.WithDbAsync(db => db.Parents.AnyAsync(p => p.Id == "ellen.bos"))); // Noah was her only child
        Assert.True(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "emma.dewit")));
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        var removals = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.RetentionRemoved).Select(e => e.Subject).ToListAsync());
        Assert.Contains("leerling:noah.bos", removals);
        Assert.Contains(removals, s => s.StartsWith("bijlage:", StringComparison.Ordinal));
        Assert.Contains(removals, s => s.StartsWith("incident:", StringComparison.Ordinal));
        Assert.Contains("auditlog:overig", removals);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action != AuditActions.RetentionRemoved)));
    }

    [Theory]
    [AllDatabases]
    public async Task AuditLog_DeleteWithoutACut_IsRefusedByTheDatabase(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(database);
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.True(await CountAsync(app, AuditActions.SignedIn) > 0);

        var refused = await Record.ExceptionAsync(() => app.WithDbAsync(db => db.AuditEntries.ExecuteDeleteAsync()));

        Assert.NotNull(refused);
        Assert.Contains("bewaartermijn hem heeft afgesloten", refused.ToString(), StringComparison.Ordinal); // the trigger's Dutch refusal (DutchHistoryRefusals)
        Assert.True(await CountAsync(app, AuditActions.SignedIn) > 0);
    }

    private static Task<int> CountAsync(ProtocolwachtApp app, string action) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == action));
}
