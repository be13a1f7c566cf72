using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Consent;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Consent;
using Protocolwacht.Web.Tests.Posts.Changes;

namespace Protocolwacht.Web.Tests.Consent;

/// <summary>
/// The director and the communications adviser both record a parent's withdrawal of a pupil's photo consent, at the same
/// moment, while a published post shows the pupil: both follow-ups find no takedown task yet and both propose one. Before
/// stop 36 that left two tasks for one post (and every administrator told twice); the database now lets one task in, and
/// the other follow-up runs again and finds it. Both people see their change recorded, never an error page.
/// </summary>
public class ConcurrentConsentFollowUpTests
{
    [Theory]
    [AllDatabases]
    public async Task TwoWithdrawalsAtOnce_BothAreRecorded_OneTakedownTask(DatabaseProvider provider)
    {
        var barrier = new SaveBarrier();
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(barrier)));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await ConsentAfterPublicationTests.ComposeWithPhotoAsync(tom, "Onze voorleeskampioen op het podium.", "noah.bos", null);
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        barrier.Arm(parties: 2); // holds each follow-up's save (it adds a task) until both have arrived

        var responses = await Task.WhenAll(
            Withdraw(karin, "Ouder mailde de directeur."),
            Withdraw(sanne, "Ouder mailde communicatie."));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var withdrawals = await app.WithDbAsync(db => db.ConsentChanges.CountAsync(c => c.StudentId == "noah.bos" && c.Note != null && c.Note.StartsWith("Ouder mailde")));
        Assert.Equal(2, withdrawals);
        var task = await app.WithDbAsync(db => db.PostChanges.SingleAsync());
        Assert.Equal((id, PostChangeStatus.Proposed, "noah.bos"), (task.PostId, task.Status, task.StudentId));
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.Text.StartsWith("Een gepubliceerd bericht toont")).Select(n => n.RecipientId).ToListAsync());
        Assert.NotEmpty(told);
        Assert.Equal(told.Distinct(StringComparer.Ordinal).Count(), told.Count); // each administrator told once
    }

    private static Task<HttpResponseMessage> Withdraw(AppClient client, string note) =>
        client.PostAsJsonAsync(new Uri("/api/consent/students/noah.bos", UriKind.Relative),
            new ConsentChangeBody(ConsentPurpose.PhotoOnSocialMedia, "no", "ellen.bos", null, false, note));
}
