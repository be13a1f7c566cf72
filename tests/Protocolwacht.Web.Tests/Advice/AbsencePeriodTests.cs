using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>
/// Issue #14 item 5: a manager reports a period away (Dutch dates). While it runs, open and new advice requests go to the
/// next manager up, recorded in the request's history; afterwards new requests come to them again and the ones handed on
/// stay where they went. One app per database for the class, a fresh database per test (<see cref="FreshDatabaseApp"/>).
/// </summary>
public class AbsencePeriodTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task PeriodAway_HandsOnOpenAndNewRequestsWhileItRuns_AndNewOnesComeBackAfterIt(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var monday = NextMonday(DutchTime.Today(app.Clock));
        await app.AdvanceAsync(At(monday, 9) - app.Clock.GetUtcNow());
        foreach (var author in new[] { "eva.degroot", "tom.hendriks", "bas.meijer" })
        {
            await app.AcknowledgeProtocolAsync(author);
        }

        using var eva = await app.SignInAsync("eva.degroot");
        using var karin = await app.SignInAsync("karin.mulder");
        var open = await eva.ComposeAsync(DoubtText, "regenboog-x");
        await eva.RequestAdviceAsync(open);

        // Away on Tuesday only, reported on Monday: nothing moves yet.
        var tuesday = monday.AddDays(1);
        var response = await karin.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = Dutch(tuesday), ["Until"] = Dutch(tuesday) }, handler: "Absence");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await karin.GetPageAsync("/advice"));
        Assert.Contains($"Je bent afwezig van {Dutch(tuesday)} tot en met {Dutch(tuesday)}", page, StringComparison.Ordinal);
        Assert.Equal("karin.mulder", await AdviceTermTests.ApproverAsync(app, open));

        // Tuesday morning: the period has started, the open request goes to the next one up, and the history says why.
        await app.AdvanceAsync(At(tuesday, 8) - app.Clock.GetUtcNow());
        Assert.Equal("marieke.jansen", await AdviceTermTests.ApproverAsync(app, open));
        Assert.Contains("is afwezig", WebUtility.HtmlDecode(await eva.GetPageAsync($"/posts/{open}")), StringComparison.Ordinal);
        using var tom = await app.SignInAsync("tom.hendriks");
        var duringPeriod = await tom.ComposeAsync(DoubtText, "regenboog-x");
        await tom.RequestAdviceAsync(duringPeriod);
        Assert.Equal("marieke.jansen", await AdviceTermTests.ApproverAsync(app, duringPeriod));

        // Wednesday: Karin is back. New requests reach her; what was handed on stays with Marieke.
        await app.AdvanceAsync(At(tuesday.AddDays(1), 8) - app.Clock.GetUtcNow());
        using var bas = await app.SignInAsync("bas.meijer");
        var afterwards = await bas.ComposeAsync(DoubtText, "regenboog-x");
        await bas.RequestAdviceAsync(afterwards);
        Assert.Equal("karin.mulder", await AdviceTermTests.ApproverAsync(app, afterwards));
        Assert.Equal("marieke.jansen", await AdviceTermTests.ApproverAsync(app, open));
        Assert.DoesNotContain("Je bent afwezig", WebUtility.HtmlDecode(await karin.GetPageAsync("/advice")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31-2-2099", "", "Eerste dag: '31-2-2099' is geen datum")]
    [InlineData("8-12-2099", "7-12-2099", "De laatste dag ligt vóór de eerste dag")]
    [InlineData("2099-12-08", "", "Eerste dag: '2099-12-08' is geen datum")]
    public async Task BadPeriod_IsRefusedInDutch_AndNothingIsStored(string from, string until, string expected)
    {
        var app = await apps.FreshAsync(DatabaseProvider.Sqlite);
        using var karin = await app.SignInAsync("karin.mulder");

        var response = await karin.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = from, ["Until"] = until }, handler: "Absence");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.StaffAbsences.CountAsync()));

        // The same form with a good period is stored: the refusal above was about the dates.
        await karin.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = "8-12-2099", ["Until"] = "" }, handler: "Absence");
        Assert.Equal(1, await app.WithDbAsync(db => db.StaffAbsences.CountAsync()));
    }

    private static string Dutch(DateOnly day) => day.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    private static DateOnly NextMonday(DateOnly today)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => DutchTime.ToUtc(day.ToDateTime(new TimeOnly(hour, 0)));
}
