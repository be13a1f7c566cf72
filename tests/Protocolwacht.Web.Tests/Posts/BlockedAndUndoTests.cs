using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

public class BlockedAndUndoTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task BlockedPost_CannotBePublishedNorSentForApproval()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var allowed = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await tom.PublishAsync(allowed);
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync())); // confirming does queue an allowed post

        var id = await tom.ComposeAsync("Het BSN van Noah is 123456782, bel even.", "regenboog-x");

        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("moet aangepast worden", page, StringComparison.Ordinal);
        Assert.Contains("BSN", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"request-advice\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"blocked\"", await tom.GetPageAsync($"/posts/{id}/publish"), StringComparison.Ordinal);
        await tom.PublishAsync(id);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));
        Assert.Equal(PostState.MustChange, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Undo_WithinThePeriod_PublishesNothing()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var cancelled = await fatima.ComposeAsync("Morgen is de schoolreis naar de dierentuin. Vergeet de lunch niet!", "regenboog-x", "regenboog-facebook");
        var kept = await fatima.ComposeAsync("Vrijdag is de laatste schooldag voor de vakantie.", "regenboog-x");
        await fatima.PublishAsync(cancelled);
        await fatima.PublishAsync(kept);
        Assert.Equal(2, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == cancelled)));

        var page = await fatima.CancelPublicationAsync(cancelled);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));

        Assert.Contains("klaar om te plaatsen", page, StringComparison.Ordinal);
        Assert.Contains("publicatie geannuleerd", page, StringComparison.Ordinal);
        // The publisher did run past both moments: the post that was not cancelled is out, the other is not.
        var published = await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.Text).ToListAsync());
        Assert.Equal(["Vrijdag is de laatste schooldag voor de vakantie."], published);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == cancelled)));
    }

    [Fact]
    public async Task TwoAccounts_EachGetsItsOwnDeliveryAndBothPublish()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var id = await fatima.ComposeAsync("Vandaag openen we de nieuwe bibliotheek!", "regenboog-x", "regenboog-facebook");

        Assert.Equal(HttpStatusCode.Redirect, (await fatima.PublishAsync(id)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod);

        Assert.Equal(2, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id && d.Status == DeliveryStatus.Published)));
        var accounts = await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.AccountKey).OrderBy(a => a).ToListAsync());
        Assert.Equal(["regenboog-facebook", "regenboog-x"], accounts);
    }

    [Fact]
    public async Task ScheduledPost_WaitsForItsMoment()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var inAnHour = app.Clock.GetUtcNow().AddHours(1);
        var id = await fatima.ComposeAsync("Vrijdag is de open dag van onze school.", inAnHour, "regenboog-x");

        await fatima.PublishAsync(id);
        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromMinutes(1));

        var delivery = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == id));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.InRange(delivery.DueAt - inAnHour, -TimeSpan.FromMinutes(1), TimeSpan.Zero); // the form holds minutes
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        await app.AdvanceAsync(delivery.DueAt - app.Clock.GetUtcNow());

        Assert.Equal(DeliveryStatus.Published, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == id).Select(d => d.Status).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
    }
}
