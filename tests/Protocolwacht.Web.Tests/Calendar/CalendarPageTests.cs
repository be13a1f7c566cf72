using System.Net;
using Protocolwacht.Domain.Time;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Calendar;

/// <summary>
/// Issue #12 item 4: the calendar shows what is scheduled and published on its day, for all staff once it goes
/// out; a planned post not yet confirmed only to those who may open it; and a school filter leaves other schools out.
/// </summary>
public sealed class CalendarPageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string Queued = "Morgen is de sportdag van De Regenboog, we beginnen om negen uur op het veld.";
    private const string Planned = "Volgende week komt de schoolfotograaf langs voor de groepsfoto's.";

    [Fact]
    public async Task ConfirmedPost_IsOnItsDayForEveryone_PlannedPostOnlyForItsAuthor_AndTheSchoolFilterApplies()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("karin.mulder");
        using var karin = await app.SignInAsync("karin.mulder");
        using var tom = await app.SignInAsync("tom.hendriks");
        var queued = await karin.ComposeAsync(Queued, "regenboog-x");
        await karin.PublishAsync(queued);
        var plannedAt = app.Clock.GetUtcNow().AddDays(2);
        var planned = await karin.ComposeAsync(Planned, plannedAt, "regenboog-x");
        var today = Day(app.Clock.GetUtcNow());

        var karinsWeek = WebUtility.HtmlDecode(await karin.GetPageAsync($"/calendar?date={today}"));
        var karinsPlannedWeek = WebUtility.HtmlDecode(await karin.GetPageAsync($"/calendar?date={Day(plannedAt)}"));
        var tomsWeek = WebUtility.HtmlDecode(await tom.GetPageAsync($"/calendar?date={today}"));
        var tomsPlannedMonth = WebUtility.HtmlDecode(await tom.GetPageAsync($"/calendar?view=month&date={Day(plannedAt)}"));
        var otherSchool = WebUtility.HtmlDecode(await karin.GetPageAsync($"/calendar?date={today}&school=sintjozef"));

        Assert.Contains(Queued[..40], karinsWeek, StringComparison.Ordinal);
        Assert.Contains(Planned[..40], karinsPlannedWeek, StringComparison.Ordinal);
        Assert.Contains($"/posts/{planned}", karinsPlannedWeek, StringComparison.Ordinal);
        Assert.Contains(Queued[..40], tomsWeek, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"calendar-month\"", tomsPlannedMonth, StringComparison.Ordinal);
        Assert.DoesNotContain(Planned[..40], tomsPlannedMonth, StringComparison.Ordinal);
        Assert.DoesNotContain(Queued[..40], otherSchool, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"calendar-week\"", otherSchool, StringComparison.Ordinal);
    }

    private static string Day(DateTimeOffset instant) =>
        DutchTime.DateOf(instant).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
