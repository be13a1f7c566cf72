using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Posts;

/// <summary>The manager's start page counts the advice requests waiting for them in a whole sentence: one post, two posts, in Dutch and English.</summary>
public sealed class StartPageAdviceCountTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task WaitingAdvice_IsCountedInSingularThenPlural_InDutchAndEnglish()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");

        var before = await karin.GetPageAsync("/");
        await tom.RequestAdviceAsync(await tom.ComposeAsync("Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!", "regenboog-x"), "Mag de naam erin?");
        var one = await karin.GetPageAsync("/");
        await tom.RequestAdviceAsync(await tom.ComposeAsync("Sanne de Vries uit groep 6 heeft de tekenwedstrijd gewonnen!", "regenboog-x"), "Mag de naam erin?");
        var two = await karin.GetPageAsync("/");
        using var toEnglish = await karin.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/" }, pagePath: "/");
        var english = await karin.GetPageAsync("/");

        Assert.DoesNotContain("wacht op jouw advies", before, StringComparison.Ordinal);
        Assert.Contains("1 bericht wacht op jouw advies.", one, StringComparison.Ordinal);
        Assert.Contains("2 berichten wachten op jouw advies.", two, StringComparison.Ordinal);
        Assert.DoesNotContain("bericht(en)", two, StringComparison.Ordinal);
        Assert.Contains("2 posts are waiting for your advice.", english, StringComparison.Ordinal);
    }
}
