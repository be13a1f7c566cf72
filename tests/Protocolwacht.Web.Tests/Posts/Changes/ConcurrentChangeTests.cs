using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Posts;
using Protocolwacht.Web.Features.Posts.Changes;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts.Changes;

/// <summary>
/// Two steps on one published post at the same moment (two people asking for its deletion, two approvers deciding
/// one request): both append the post's next transition, and the transition log's key lets only one in. The other
/// person must hear in Dutch that someone was first, with nothing of their step stored, not get an error page
/// (stop 34's fresh-clone run saw a 500 on "RequestDeletion"; <see cref="ConcurrentApprovalTests"/> is the advice step's twin).
/// </summary>
public class ConcurrentChangeTests(ConcurrentChangeTests.Apps apps) : IClassFixture<ConcurrentChangeTests.Apps>
{
    private const string Text = "Vandaag openden de leerlingen van groep 8 de nieuwe bibliotheek op het plein.";
    private const string ChangedMeanwhile = "Iemand anders wijzigde dit bericht tegelijk. Bekijk de pagina opnieuw.";

    [Theory]
    [AllDatabases]
    public async Task TwoDeletionRequestsAtOnce_OneIsRecorded_TheOtherIsRefusedInDutch(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var id = await PublishedPostAsync(app);
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        apps.Barrier.Arm(parties: 2);

        // Both pass their checks (no open request yet), then save together.
        var results = await Task.WhenAll(
            RequestDeletionAsync(first, id, "tom.hendriks", "Er staat een verkeerde datum in."),
            RequestDeletionAsync(second, id, "sanne.deboer", "Op verzoek van een ouder."));

        Assert.Single(results, r => r.Succeeded);
        var lost = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ChangedMeanwhile, lost.Error);
        var requesters = await app.WithDbAsync(db => db.PostChanges.Select(c => c.RequestedBy).ToListAsync());
        Assert.Single(requesters);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.PostDeletionRequested).Select(a => a.Actor).ToListAsync());
        Assert.Equal(requesters, audited.Select(a => (string?)a)); // the refused step left no audit entry behind
    }

    [Theory]
    [AllDatabases]
    public async Task TwoDecisionsOnOneRequestAtOnce_OneCounts_TheOtherIsRefusedInDutch(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var id = await PublishedPostAsync(app);
        using var tom = await app.SignInAsync("tom.hendriks");
        await tom.OnPostPageAsync(id, "RequestDeletion", new() { ["reason"] = "Er staat een verkeerde datum in." });
        var changeId = await app.WithDbAsync(db => db.PostChanges.Select(c => c.Id).SingleAsync());
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        apps.Barrier.Arm(parties: 2);

        // Tom's manager approves while an administrator refuses, in the same instant.
        var results = await Task.WhenAll(
            DecideAsync(first, id, changeId, "karin.mulder", isAdmin: false, approve: true),
            DecideAsync(second, id, changeId, "sanne.deboer", isAdmin: true, approve: false));

        var won = Assert.Single(results, r => r.Succeeded);
        var lost = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ChangedMeanwhile, lost.Error);
        var approved = won == results[0];
        Assert.Equal(approved ? PostChangeStatus.InProgress : PostChangeStatus.Refused, await app.WithDbAsync(db => db.PostChanges.Select(c => c.Status).SingleAsync()));
        Assert.Equal(approved ? 1 : 0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.Kind == DeliveryKind.Delete)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.PostChangeApproved || a.Action == AuditActions.PostChangeRefused)));
    }

    private static async Task<WorkflowResult> RequestDeletionAsync(AsyncServiceScope scope, Guid id, string actorId, string reason)
    {
        var post = await scope.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<PostChanges>().RequestDeletionAsync(post!, actorId, reason, CancellationToken.None);
    }

    private static async Task<WorkflowResult> DecideAsync(AsyncServiceScope scope, Guid id, Guid changeId, string actorId, bool isAdmin, bool approve)
    {
        var post = await scope.ServiceProvider.GetRequiredService<PostWorkflow>().FindAsync(id, CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<PostChanges>().DecideAsync(post!, changeId, actorId, isAdmin, approve, CancellationToken.None);
        return result ?? WorkflowResult.Refused("403");
    }

    private static async Task<Guid> PublishedPostAsync(ProtocolwachtApp app)
    {
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(Text, "regenboog-x");
        await tom.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod);
        Assert.Equal(PostState.Published, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));
        return id;
    }

    /// <summary>
    /// One app per database for the class, a fresh database for every test (tests18: each case started its own app, four
    /// in all, where the cases differ only in the database). The barrier is registered once and holds nothing until a
    /// test arms it. Every test starts with it disarmed (<see cref="SaveBarrierApp.FreshAsync"/>): a test that failed before
    /// both its saves arrived would leave it armed, and the next test's own set-up (the deletion request a decision needs)
    /// would be held as one of its two.
    /// </summary>
    public sealed class Apps() : SaveBarrierApp(new SaveBarrier());
}
