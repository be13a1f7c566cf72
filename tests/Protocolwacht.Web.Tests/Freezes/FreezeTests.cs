using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Freezes;

public class FreezeTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Reason = "Ernstig ongeval tijdens het schoolkamp; we communiceren alleen via de directie.";

    [Theory]
    [AllDatabases]
    public async Task ScheduledDelivery_DuringFreeze_IsHeld_AndAfterLiftGoesOutExactlyOnce(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        using var karin = await app.SignInAsync("karin.mulder");

        // Without a freeze, a scheduled post on the account goes out at its moment.
        var control = await fatima.ComposeAsync("Vrijdag is de open dag van onze school.", app.Clock.GetUtcNow().AddHours(1), "regenboog-x");
        await fatima.PublishAsync(control);
        await app.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        var held = await fatima.ComposeAsync("Maandag starten we met het project Ruimte.", app.Clock.GetUtcNow().AddHours(1), "regenboog-x");
        await fatima.PublishAsync(held);
        await StartFreezeAsync(karin, "regenboog");
        await app.AdvanceAsync(TimeSpan.FromHours(2));

        var delivery = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == held));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Contains(Reason, delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));

        var freezeId = await app.WithDbAsync(db => db.PublishingFreezes.Select(f => f.Id).SingleAsync());
        var lift = await karin.PostFormAsync($"/freezes?id={freezeId}", new() { ["Note"] = "Ouders zijn geïnformeerd." }, handler: "Lift", pagePath: "/freezes");
        Assert.Equal(HttpStatusCode.Redirect, lift.StatusCode);
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        await app.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(DeliveryStatus.Published, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == held).Select(d => d.Status).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync(p => p.Text == "Maandag starten we met het project Ruimte.")));
        var record = await app.WithDbAsync(db => db.PublishingFreezes.SingleAsync());
        Assert.Equal(("karin.mulder", "karin.mulder", "Ouders zijn geïnformeerd."), (record.FrozenBy, record.LiftedBy, record.LiftNote));
        Assert.NotNull(record.LiftedAt);
    }

    [Fact]
    public async Task DuringFreeze_ComposerShowsTheReason_AndConfirmationIsRefused()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var before = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        Assert.DoesNotContain("freeze-notice", await tom.GetPageAsync("/compose"), StringComparison.Ordinal);

        await StartFreezeAsync(sanne, "*");

        Assert.Contains(Reason, await tom.GetPageAsync("/compose"), StringComparison.Ordinal);
        await tom.PublishAsync(before);
        Assert.Contains("publicatiestop", await tom.GetPageAsync($"/posts/{before}/publish"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal(PostState.Ready, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == before).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task OnlyDirectorOfTheSchoolOrAdministrator_CanFreeze()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");

        var denied = await tom.GetAsync(new Uri("/freezes", UriKind.Relative));
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        await StartFreezeAsync(karin, "kompas");
        Assert.Contains("Alleen de directeur van deze school", await karin.GetPageAsync("/freezes"), StringComparison.Ordinal);
        await StartFreezeAsync(karin, "*");
        Assert.Equal(0, await app.WithDbAsync(db => db.PublishingFreezes.CountAsync()));

        await StartFreezeAsync(karin, "regenboog");
        Assert.Equal(1, await app.WithDbAsync(db => db.PublishingFreezes.CountAsync()));
    }

    [Fact]
    public async Task Director_SeesTheFreezesOfTheirOwnSchoolAndTheBoard_NotThoseOfAnotherSchool()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var karin = await app.SignInAsync("karin.mulder");
        using var youssef = await app.SignInAsync("youssef.bakker");
        const string kompasReason = "Inbraak in de school; de politie onderzoekt het nog.";
        const string boardReason = "Storing bij alle platforms; we wachten op de leverancier.";

        await StartFreezeAsync(sanne, "kompas", kompasReason);
        await StartFreezeAsync(sanne, "*", boardReason);

        // The director of the school itself and the administrator see why Het Kompas was stopped ...
        Assert.Contains(kompasReason, await youssef.GetPageAsync("/freezes"), StringComparison.Ordinal);
        Assert.Contains(kompasReason, await sanne.GetPageAsync("/freezes"), StringComparison.Ordinal);
        // ... the director of another school sees only the freeze of the whole board.
        var karinsPage = await karin.GetPageAsync("/freezes");
        Assert.Contains(boardReason, karinsPage, StringComparison.Ordinal);
        Assert.DoesNotContain(kompasReason, karinsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_BeforeAnyFreeze_SaysSo_AndShowsTheTableOnceThereIsOne()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");

        var before = await karin.GetPageAsync("/freezes");
        Assert.Contains("data-testid=\"freezes-empty\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"freezes\"", before, StringComparison.Ordinal);

        await StartFreezeAsync(karin, "regenboog");
        var after = await karin.GetPageAsync("/freezes");
        Assert.DoesNotContain("data-testid=\"freezes-empty\"", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"freezes\"", after, StringComparison.Ordinal);
        Assert.Contains(Reason, after, StringComparison.Ordinal);
    }

    private static async Task StartFreezeAsync(AppClient client, string school, string reason = Reason)
    {
        var response = await client.PostFormAsync("/freezes", new() { ["SchoolId"] = school, ["Reason"] = reason }, handler: "Start");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
