using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Language;

/// <summary>
/// Texts that differ from an entry only in their first letter's case ("advies gevraagd" beside "Advies gevraagd") are
/// shown in English in the case asked for; a Dutch word with two meanings has two entries ("Van" a date, "Eigenaar").
/// </summary>
public sealed class EnglishCaseVariantTests
{
    [Fact]
    public async Task LowerCaseState_IsEnglish_AndTheAccountsOwnerIsNotADate()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        await tom.RequestAdviceAsync(await tom.ComposeAsync("Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!", "regenboog-x"), "Mag de naam erin?");
        using var admin = await app.SignInAsync("sanne.deboer");

        var dutchPosts = await tom.GetPageAsync("/posts");
        var dutchAccounts = await admin.GetPageAsync("/accounts");
        using var tomEnglish = await tom.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/" }, pagePath: "/");
        using var adminEnglish = await admin.PostFormAsync("/taal", new() { ["culture"] = "en", ["returnUrl"] = "/" }, pagePath: "/");
        var posts = await tom.GetPageAsync("/posts");
        var accounts = await admin.GetPageAsync("/accounts");
        var search = await admin.GetPageAsync("/search");

        Assert.Contains("— advies gevraagd", dutchPosts, StringComparison.Ordinal);
        Assert.Contains(">Eigenaar</th>", dutchAccounts, StringComparison.Ordinal);
        Assert.Contains("— advice requested", posts, StringComparison.Ordinal);
        Assert.DoesNotContain("advies gevraagd", posts, StringComparison.Ordinal);
        Assert.Contains(">Owner</th>", accounts, StringComparison.Ordinal);
        Assert.Contains(">From</label>", search, StringComparison.Ordinal);
    }
}
