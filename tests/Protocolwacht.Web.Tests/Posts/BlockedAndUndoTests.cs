using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

public class BlockedAndUndoTests
{
    [Fact]
    public async Task BlockedPost_CannotBePublishedNorSentForApproval()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var id = await tom.ComposeAsync("Het BSN van Noah is 123456782, bel even.", "regenboog-x");

        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("moet aangepast worden", page, StringComparison.Ordinal);
        Assert.Contains("BSN", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"request-advice\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"blocked\"", await tom.GetPageAsync($"/posts/{id}/publish"), StringComparison.Ordinal);
        await tom.ConfirmPublicationAsync(id);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal(PostState.MustChange, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Undo_WithinThePeriod_PublishesNothing()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite, new Dictionary<string, string> { ["Publishing:UndoPeriod"] = "00:00:03" });
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var id = await fatima.ComposeAsync("Morgen is de schoolreis naar de dierentuin. Vergeet de lunch niet!", "regenboog-x", "regenboog-facebook");
        await fatima.ConfirmPublicationAsync(id);
        Assert.Equal(2, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));

        var page = await fatima.OnPostPageAsync(id, "Cancel");

        Assert.Contains("klaar om te plaatsen", page, StringComparison.Ordinal);
        Assert.Contains("publicatie geannuleerd", page, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync()));
    }

    [Fact]
    public async Task TwoAccounts_EachGetsItsOwnDeliveryAndBothPublish()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var id = await fatima.ComposeAsync("Vandaag openen we de nieuwe bibliotheek!", "regenboog-x", "regenboog-facebook");

        Assert.Equal(HttpStatusCode.Redirect, (await fatima.ConfirmPublicationAsync(id)).StatusCode);

        await app.WaitUntilAsync(db => db.Deliveries.CountAsync(d => d.PostId == id && d.Status == DeliveryStatus.Published).ContinueWith(t => t.Result == 2, TaskScheduler.Default),
            TimeSpan.FromSeconds(20), "both accounts published");
        var accounts = await app.WithDbAsync(db => db.SandboxPublications.Select(p => p.AccountKey).OrderBy(a => a).ToListAsync());
        Assert.Equal(["regenboog-facebook", "regenboog-x"], accounts);
    }

    [Fact]
    public async Task ScheduledPost_WaitsForItsMoment()
    {
        await using var app = await WorkflowApp.StartAsync(Database.Sqlite);
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var inAnHour = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow().AddHours(1), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var response = await fatima.PostFormAsync("/compose", new()
        {
            ["Form.Text"] = "Vrijdag is de open dag van onze school.",
            ["Form.AccountIds"] = "regenboog-x",
            ["Form.ScheduledAt"] = inAnHour.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        }, handler: "Next");
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);

        await fatima.ConfirmPublicationAsync(id);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var delivery = await app.WithDbAsync(db => db.Deliveries.SingleAsync(d => d.PostId == id));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.InRange(delivery.DueAt - TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
        Assert.Equal(0, await app.WithDbAsync(db => db.SandboxPublications.CountAsync()));
    }
}
