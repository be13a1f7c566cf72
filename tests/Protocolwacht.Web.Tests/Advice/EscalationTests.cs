using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>Who gives advice when the manager is away or does not answer in time (R9).</summary>
public class EscalationTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Fact]
    public async Task NoAdviceBeforeTheDeadline_RequestGoesToTheNextManager()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(DoubtText, app.Clock.GetUtcNow().AddDays(1), "regenboog-x");
        await tom.RequestAdviceAsync(id);

        await app.AdvanceAsync(TimeSpan.FromHours(21)); // before the deadline (two hours before the moment)
        Assert.Equal("karin.mulder", await ApproverAsync(app, id));

        await app.AdvanceAsync(TimeSpan.FromHours(2)); // past the deadline, before the moment itself

        Assert.Equal("marieke.jansen", await ApproverAsync(app, id));
        var page = await tom.GetPageAsync($"/posts/{id}");
        Assert.Contains("doorgestuurd", page, StringComparison.Ordinal);
        Assert.Contains("Marieke Jansen", page, StringComparison.Ordinal);
        await app.Smtp.WaitForAsync(m => m.IsTo("marieke.jansen@konot.nl"));
        await app.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Equal("marieke.jansen", await ApproverAsync(app, id)); // she has until halfway to the moment, not one round
    }

    [Fact]
    public async Task ManagerAway_RequestGoesToTheNextOneUp()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        await karin.PostFormAsync("/advice", new() { ["absent"] = "true" }, handler: "Absence");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");

        var page = await tom.RequestAdviceAsync(id);

        Assert.Contains("Marieke Jansen", page, StringComparison.Ordinal);
        Assert.Equal("marieke.jansen", await ApproverAsync(app, id));
        Assert.Contains("Er wachten geen adviesvragen op jou.", System.Net.WebUtility.HtmlDecode(await karin.GetPageAsync("/advice")), StringComparison.Ordinal);
    }

    private static Task<string?> ApproverAsync(ProtocolwachtApp app, Guid id) =>
        app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.ApproverId).SingleAsync());
}
