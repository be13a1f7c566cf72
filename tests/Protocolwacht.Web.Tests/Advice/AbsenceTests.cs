using System.Net;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>Issue #14 item 5: a manager who reports being away hands their open requests on, and the authors hear of it.</summary>
public class AbsenceTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task ManagerReportsAbsent_OpenRequestsGoToTheNextOneUp_AndTheAuthorIsTold(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        await app.AcknowledgeProtocolAsync("eva.degroot");
        using var eva = await app.SignInAsync("eva.degroot");
        var id = await eva.ComposeAsync(DoubtText, "regenboog-x");
        await eva.RequestAdviceAsync(id);
        Assert.Equal("karin.mulder", await AdviceTermTests.ApproverAsync(app, id));
        using var karin = await app.SignInAsync("karin.mulder");

        var response = await karin.PostFormAsync("/advice", new() { ["absent"] = "true" }, handler: "Absence");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await karin.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("1 open adviesvraag is doorgestuurd", page, StringComparison.Ordinal);
        Assert.Contains("Er wachten geen adviesvragen op jou.", page, StringComparison.Ordinal);
        Assert.Equal("marieke.jansen", await AdviceTermTests.ApproverAsync(app, id));
        await app.RunBackgroundJobsAsync();
        var told = await app.Smtp.WaitForAsync(m => m.IsTo("eva.degroot@regenboog-esveld.nl") && m.Raw.Contains("doorgestuurd", StringComparison.Ordinal));
        Assert.Contains("Karin Mulder is afwezig", told.Body, StringComparison.Ordinal);
        Assert.Contains("Marieke Jansen", told.Body, StringComparison.Ordinal);
        using var marieke = await app.SignInAsync("marieke.jansen");
        Assert.Contains(id.ToString(), await marieke.GetPageAsync("/advice"), StringComparison.Ordinal);
        Assert.Contains("is afwezig", WebUtility.HtmlDecode(await eva.GetPageAsync($"/posts/{id}")), StringComparison.Ordinal);
    }
}
