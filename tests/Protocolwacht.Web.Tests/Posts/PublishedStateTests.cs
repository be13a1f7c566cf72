using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>
/// Issue #7 item 14: a published post says so everywhere, its history records the publication, its page
/// no longer offers doubt advice as current (how the page follows the publication: PostEventStreamTests).
/// </summary>
public class PublishedStateTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task PublishedPost_IsGepubliceerd_InMyPostsOnItsPageAndInItsHistory()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");
        await tom.PublishAsync(id);
        // The list's entries read "<text> — <state>" (the state filter above it names every state, so look for the entry's form).
        Assert.Contains("— ingepland voor publicatie", await tom.GetPageAsync("/posts"), StringComparison.Ordinal); // before the undo period ends

        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        var list = await tom.GetPageAsync("/posts");
        var page = await tom.GetPageAsync($"/posts/{id}");

        Assert.Equal(PostState.Published, await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));
        Assert.Contains("— gepubliceerd", list, StringComparison.Ordinal);
        Assert.DoesNotContain("— ingepland voor publicatie", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"post-state\">gepubliceerd<", page, StringComparison.Ordinal);
        Assert.Contains("<strong>gepubliceerd</strong> door het systeem", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-post\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedDoubtPost_OncePublished_DoesNotAskForAdviceAsIfCurrent()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await tom.ComposeAsync("Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!", "regenboog-x");
        var before = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("Twijfel: vraag je leidinggevende om advies", before, StringComparison.Ordinal); // the advice is current here
        await tom.RequestAdviceAsync(id);
        await karin.ApproveAsync(id);
        await tom.PublishAsync(id);

        await app.AdvanceAsync(app.UndoPeriod + TimeSpan.FromSeconds(1));
        var page = await tom.GetPageAsync($"/posts/{id}");

        Assert.Contains("data-testid=\"post-state\">gepubliceerd<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Twijfel: vraag je leidinggevende om advies", page, StringComparison.Ordinal);
        Assert.Contains("Twijfel, goedgekeurd door Karin Mulder", page, StringComparison.Ordinal);
    }
}
