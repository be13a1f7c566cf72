using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Domain.ProtocolDocument;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Protocol;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>Publishing, like composing, needs "gelezen en begrepen" of the protocol version that is current then.</summary>
public sealed class ProtocolAcknowledgementGateTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static async Task PublishNewProtocolVersionAsync(ProtocolwachtApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProtocolVersions>().PublishAsync(ProtocolDocument.Konot, "Nieuw schooljaar", "sanne.deboer");
    }

    [Theory]
    [AllDatabases]
    public async Task Confirm_AfterANewProtocolVersion_IsRefusedUntilTheAuthorAcknowledgesIt(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await PublishNewProtocolVersionAsync(app);

        var refused = await tom.PublishAsync(id);
        var page = WebUtility.HtmlDecode(await tom.GetPageAsync($"/posts/{id}/publish"));
        var stateAfterRefusal = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync());
        var deliveriesAfterRefusal = await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id));
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        var accepted = await tom.PublishAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Lees eerst de nieuwe versie van het protocol", page, StringComparison.Ordinal);
        Assert.NotEqual(PostState.Queued, stateAfterRefusal);
        Assert.Equal(0, deliveriesAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));
    }

    [Theory]
    [AllDatabases]
    public async Task ScheduledDelivery_AfterANewProtocolVersion_WaitsForTheAuthorsAcknowledgement(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var tomorrow = app.Clock.GetUtcNow().AddDays(1);
        var scheduled = await fatima.ComposeAsync("Vrijdag is de open dag van onze school.", tomorrow, "regenboog-x");
        var control = await fatima.ComposeAsync("Maandag start de kinderboekenweek.", tomorrow, "regenboog-facebook");
        await fatima.PublishAsync(scheduled);
        await fatima.PublishAsync(control);
        // The control post goes out before the new version: the publisher could publish at that moment.
        await app.AdvanceAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(["Maandag start de kinderboekenweek.", "Vrijdag is de open dag van onze school."],
            await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.Text).OrderBy(t => t).ToListAsync()));

        var later = await fatima.ComposeAsync("Woensdag is de sportdag.", app.Clock.GetUtcNow().AddDays(1), "regenboog-x");
        await fatima.PublishAsync(later);
        await PublishNewProtocolVersionAsync(app);
        await app.AdvanceAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var delivery = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == later));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("protocol", delivery.LastError, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SandboxPublications.AnyAsync(p => p.Text == "Woensdag is de sportdag.")));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == "fatima.yilmaz" && n.Text.Contains("protocol"))));

        // After acknowledging, "opnieuw proberen" publishes it.
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        await fatima.OnPostPageAsync(later, "Retry", new() { ["deliveryId"] = delivery.Id.ToString() });
        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.True(await app.WithDbAsync(db => db.SandboxPublications.AnyAsync(p => p.Text == "Woensdag is de sportdag.")));
    }
}
