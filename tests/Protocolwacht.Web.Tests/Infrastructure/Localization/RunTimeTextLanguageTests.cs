using System.Net;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Infrastructure.Localization;

/// <summary>
/// Texts a page model or use case chooses at run time reach an English reader in English: a validation attribute's
/// message, a start-page panel title with a school's name in it, a page model's message with a staff id in it. The
/// same requests in Dutch show the Dutch text unchanged. (UiTextResourceTests.RunTime checks every such text has an
/// entry; these show the entries are used.)
/// </summary>
public sealed class RunTimeTextLanguageTests
{
    [Fact]
    public async Task RunTimeTexts_InEnglish_AreTranslated_AndStayDutchInDutch()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var dutchVisitor = app.Anonymous();
        using var englishVisitor = English(app.Anonymous());
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");

        var dutchSignIn = await Html(await dutchVisitor.PostFormAsync("/account/signin", new() { ["UserName"] = "", ["Password"] = "" }));
        var englishSignIn = await Html(await englishVisitor.PostFormAsync("/account/signin", new() { ["UserName"] = "", ["Password"] = "" }));
        var dutchHome = await karin.GetPageAsync("/");
        var englishHome = await English(karin).GetPageAsync("/");
        var englishInvite = await Html(await English(sanne).PostFormAsync("/staff-accounts", new() { ["staffId"] = "niemand.bekend" }, "Invite"));

        Assert.Contains("Vul je gebruikersnaam in.", dutchSignIn, StringComparison.Ordinal);
        Assert.Contains("Enter your user name.", englishSignIn, StringComparison.Ordinal);
        Assert.DoesNotContain("Vul je gebruikersnaam in.", englishSignIn, StringComparison.Ordinal);
        Assert.Contains("De Regenboog: deze week", dutchHome, StringComparison.Ordinal);
        Assert.Contains("De Regenboog: this week", englishHome, StringComparison.Ordinal);
        Assert.DoesNotContain("deze week", englishHome, StringComparison.Ordinal);
        Assert.Contains("There is no sign-in account for staff member &#x27;niemand.bekend&#x27;.", englishInvite, StringComparison.Ordinal);
    }

    private static AppClient English(AppClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static async Task<string> Html(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
