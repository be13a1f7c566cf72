using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>
/// A post that shows a pupil waits in the queue. An administrator erases the pupil while the director records the
/// parents' withdrawal of the pupil's photo consent, at the same moment: the withdrawal's follow-up has read the post's
/// delivery to hold it, and the erasure withdraws (deletes) that same delivery. The erasure's save goes first (on SQLite
/// its transaction holds the write lock from its start, so it is always first there; on PostgreSQL the test lets it go
/// first), then the follow-up's: its update finds no row. Before stop 38 that answered the director with a 500 on both
/// databases (the consent change stored, the follow-up lost); now the follow-up runs again, finds the pupil erased and
/// nothing left to hold, and the director gets the same answer as after an erasure that came first.
/// </summary>
public class ConcurrentErasureOfQueuedPostTests
{
    [Theory]
    [AllDatabases]
    public async Task ErasureAndWithdrawalOfAQueuedPost_NoErrorPage_PupilErased_NothingLeftToPublish(DatabaseProvider provider)
    {
        var order = new OneAfterTheOther(Changes(EntityState.Deleted), Changes(EntityState.Modified));
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(order)));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, "Onze voorleeskampioen op het podium.", "noah.bos", app.Clock.GetUtcNow().AddDays(2));
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id && d.Status == DeliveryStatus.Pending)));
        order.Arm();

        // The withdrawal first, up to its follow-up's save (the delivery read and marked as held); then the erasure.
        var withdrawn = karin.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, "Ouder mailde de directeur."));
        await order.OneArrived;
        var erased = sanne.PostFormAsync("/privacy/pupils/noah.bos/erase", new() { ["Reason"] = "Verzoek van de ouders.", ["Confirm"] = "true" });
        var responses = await Task.WhenAll(erased, withdrawn);

        // The erasure committed first, so the withdrawal answers as for a pupil who is no longer there.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (responses[0].StatusCode, responses[1].StatusCode));
        Assert.False(await app.WithDbAsync(db => db.Students.AnyAsync(s => s.Id == "noah.bos")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.PupilErased)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.StoredAttachments.CountAsync()));
    }

    private static Func<ChangeTracker, bool> Changes(EntityState state) => tracker =>
        tracker.Entries<Delivery>().Any(e => e.State == state);
}
