using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>Issue #12 item 4: "Mijn berichten" searches the author's own posts by a word and filters them by state.</summary>
public sealed class MyPostsSearchTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string SportDay = "Morgen is de Sportdag van De Regenboog, we beginnen om negen uur op het veld.";
    private const string Photographer = "Volgende week komt de schoolfotograaf langs voor de groepsfoto's.";

    [Fact]
    public async Task Search_FindsByAWordInAnyCase_AndTheStateFilterLeavesOtherStatesOut()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("karin.mulder");
        using var karin = await app.SignInAsync("karin.mulder");
        var sportDay = await karin.ComposeAsync(SportDay, "regenboog-x");
        await karin.ComposeAsync(Photographer, "regenboog-x");
        await karin.PublishAsync(sportDay);

        var all = WebUtility.HtmlDecode(await karin.GetPageAsync("/posts"));
        var bySearch = WebUtility.HtmlDecode(await karin.GetPageAsync("/posts?q=SPORTDAG"));
        var queued = WebUtility.HtmlDecode(await karin.GetPageAsync("/posts?state=Queued"));
        var nothing = WebUtility.HtmlDecode(await karin.GetPageAsync("/posts?q=zwembad"));

        Assert.Contains(SportDay[..40], all, StringComparison.Ordinal);
        Assert.Contains(Photographer[..40], all, StringComparison.Ordinal);
        Assert.Contains(SportDay[..40], bySearch, StringComparison.Ordinal);
        Assert.DoesNotContain(Photographer[..40], bySearch, StringComparison.Ordinal);
        Assert.Contains(SportDay[..40], queued, StringComparison.Ordinal);
        Assert.DoesNotContain(Photographer[..40], queued, StringComparison.Ordinal);
        Assert.Contains("Geen berichten gevonden.", nothing, StringComparison.Ordinal);
    }
}
