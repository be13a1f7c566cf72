using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>One post from doubt through advice and approval to the sandbox timeline, over HTTP, on both databases.</summary>
public class AdviceToPublicationTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task DoubtfulPost_AdviceApprovalAndUndoPeriod_PublishedOnceOnTheSandbox(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");

        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        Assert.Contains("twijfel: vraag advies", await tom.GetPageAsync($"/posts/{id}"), StringComparison.Ordinal);

        var asked = await tom.RequestAdviceAsync(id, "Mag de naam erin?");
        Assert.Contains("advies gevraagd", asked, StringComparison.Ordinal);
        Assert.Contains("Karin Mulder", asked, StringComparison.Ordinal);
        await app.RunBackgroundJobsAsync();
        var toManager = await app.Smtp.WaitForAsync(m => m.IsTo("karin.mulder@regenboog-esveld.nl"));
        Assert.Contains($"/posts/{id}", toManager.Body, StringComparison.Ordinal);

        using var karin = await app.SignInAsync("karin.mulder");
        Assert.Contains("1 bericht wacht op jouw advies.", await karin.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.Contains($"/posts/{id}", await karin.GetPageAsync("/advice"), StringComparison.Ordinal);
        var approved = await karin.ApproveAsync(id, "Ouders hebben het goed gevonden.");
        Assert.Contains("goedgekeurd", approved, StringComparison.Ordinal);
        await app.RunBackgroundJobsAsync();
        var toAuthor = await app.Smtp.WaitForAsync(m => m.IsTo("tom.hendriks@regenboog-esveld.nl") && m.Raw.Contains("goedgekeurd", StringComparison.Ordinal));
        Assert.Contains($"/posts/{id}", toAuthor.Body, StringComparison.Ordinal);

        var confirmation = await tom.GetPageAsync($"/posts/{id}/publish");
        Assert.Contains("@RegenboogEsveld", confirmation, StringComparison.Ordinal);
        Assert.Contains("Daan Kok", confirmation, StringComparison.Ordinal); // the finding is shown before confirming
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PublishAsync(id)).StatusCode);
        await app.AdvanceAsync(app.UndoPeriod - TimeSpan.FromSeconds(1));
        Assert.Equal(DeliveryStatus.Pending, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == id).Select(d => d.Status).SingleAsync()));

        await app.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(DeliveryStatus.Published, await app.WithDbAsync(db => db.Deliveries.Where(d => d.PostId == id).Select(d => d.Status).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.SandboxPublications.CountAsync(p => p.Text == DoubtText)));
        Assert.Contains(DoubtText, await tom.GetPageAsync("/sandbox"), StringComparison.Ordinal);
        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("gepubliceerd", page, StringComparison.Ordinal);
        foreach (var step in new[] { "aangemaakt", "advies gevraagd", "goedgekeurd", "publicatie bevestigd", "Ouders hebben het goed gevonden." })
        {
            Assert.Contains(step, page, StringComparison.Ordinal);
        }

        Assert.Contains($"/posts/{id}", await tom.GetPageAsync("/notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedPost_TextChanged_NeedsApprovalAgain()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(id);
        await karin.ApproveAsync(id);

        var edit = await tom.PostFormAsync($"/compose/{id}", new() { ["Form.Text"] = DoubtText + " Proficiat!", ["Form.AccountIds"] = "regenboog-x" }, handler: "Save");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("twijfel: vraag advies", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"publish-post\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PublishAsync(id)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));

        // Approved again, the same confirmation does queue it: the refusal above was the changed text.
        await tom.RequestAdviceAsync(id);
        await karin.ApproveAsync(id);
        await tom.PublishAsync(id);
        Assert.Equal(1, await app.WithDbAsync(db => db.Deliveries.CountAsync(d => d.PostId == id)));
    }
}
