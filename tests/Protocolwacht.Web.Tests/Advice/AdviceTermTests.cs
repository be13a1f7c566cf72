using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Time;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>
/// Issue #14 item 5: every advice request gets a deadline in Dutch working days, a reminder to the manager before it and
/// an escalation after it; the queue shows how long each request has waited.
/// </summary>
[LongRunning(58)]
public class AdviceTermTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private const string DoubtText = "Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!";

    [Theory]
    [AllDatabases]
    public async Task RequestOnAFriday_RemindedOnMonday_EscalatedOnTuesday_NotDuringTheWeekend(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        var friday = NextFridayBeforeAnOrdinaryWeek(DutchTime.Today(app.Clock));
        await app.AdvanceAsync(At(friday, 15) - app.Clock.GetUtcNow());
        await app.AcknowledgeProtocolAsync("fatima.yilmaz");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var id = await fatima.ComposeAsync(DoubtText, "regenboog-x");

        await fatima.RequestAdviceAsync(id);

        var (deadline, reminder) = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id)
            .Select(p => new ValueTuple<DateTimeOffset?, DateTimeOffset?>(p.AdviceDeadline, p.AdviceReminderAt)).SingleAsync());
        Assert.Equal(At(friday.AddDays(4), 15), deadline); // two working days: Monday and Tuesday
        Assert.Equal(At(friday.AddDays(3), 15), reminder);

        await app.AdvanceAsync(At(friday.AddDays(3), 14) - app.Clock.GetUtcNow()); // Monday 14:00: the weekend passed
        Assert.DoesNotContain(app.Smtp.Messages, IsReminderToKarin);
        Assert.Equal("karin.mulder", await ApproverAsync(app, id));

        await app.AdvanceAsync(TimeSpan.FromHours(1)); // Monday 15:00: one working day left
        var mail = await app.Smtp.WaitForAsync(IsReminderToKarin);
        Assert.Contains("Fatima Yilmaz wacht nog op je advies", mail.Body, StringComparison.Ordinal);
        using var karin = await app.SignInAsync("karin.mulder");
        var queue = WebUtility.HtmlDecode(await karin.GetPageAsync("/advice"));
        Assert.Contains("wacht 1 werkdag", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("Termijn verstreken", queue, StringComparison.Ordinal);

        await app.AdvanceAsync(TimeSpan.FromHours(1)); // an hour on: reminded once, not every round
        Assert.Single(app.Smtp.Messages, IsReminderToKarin);

        await app.AdvanceAsync(At(friday.AddDays(4), 15) - app.Clock.GetUtcNow()); // Tuesday 15:00: the deadline
        Assert.Equal("marieke.jansen", await ApproverAsync(app, id));
        await app.Smtp.WaitForAsync(m => m.IsTo("marieke.jansen@konot.nl") && m.Raw.Contains("doorgestuurd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestTheDayBeforeAHoliday_TheHolidayDoesNotCount()
    {
        var app = await apps.FreshAsync();
        var eve = NextDayBeforeAWeekdayHoliday(DutchTime.Today(app.Clock));
        await app.AdvanceAsync(At(eve, 10) - app.Clock.GetUtcNow());
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        var id = await tom.ComposeAsync(DoubtText, "regenboog-x");

        await tom.RequestAdviceAsync(id);

        var deadline = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.AdviceDeadline).SingleAsync());
        Assert.Equal(WorkingDays.Add(At(eve, 10), 2), deadline);
        Assert.True(deadline > At(eve.AddDays(2), 10), $"the holiday {eve.AddDays(1)} counted");
        await app.AdvanceAsync(At(eve.AddDays(2), 10) - app.Clock.GetUtcNow()); // two calendar days, one of them a holiday
        Assert.Equal("karin.mulder", await ApproverAsync(app, id));
        await app.AdvanceAsync(deadline!.Value - app.Clock.GetUtcNow());
        Assert.Equal("marieke.jansen", await ApproverAsync(app, id));
    }

    [Fact]
    public async Task SchoolWithItsOwnTerm_GivesItsStaffThatManyWorkingDays()
    {
        var app = await apps.FreshAsync();
        using var admin = await app.SignInAsync("sanne.deboer");
        var bad = await admin.PostFormAsync("/organisation/schools/regenboog/edit",
            new() { ["Input.Name"] = "Basisschool De Regenboog", ["Input.AdviceWorkingDays"] = "30" });
        Assert.Contains("kies 1 tot en met 20", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await admin.PostFormAsync("/organisation/schools/regenboog/edit",
            new() { ["Input.Name"] = "Basisschool De Regenboog", ["Input.AdviceWorkingDays"] = "5" });
        var monday = NextFridayBeforeAnOrdinaryWeek(DutchTime.Today(app.Clock)).AddDays(3);
        await app.AdvanceAsync(At(monday, 9) - app.Clock.GetUtcNow());
        await app.AcknowledgeProtocolAsync("bas.meijer");
        using var bas = await app.SignInAsync("bas.meijer");
        var id = await bas.ComposeAsync(DoubtText, "regenboog-x");

        await bas.RequestAdviceAsync(id);

        var deadline = await app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.AdviceDeadline).SingleAsync());
        Assert.Equal(WorkingDays.Add(At(monday, 9), 5), deadline);
        Assert.True(deadline >= At(monday.AddDays(7), 9)); // five working days: a week on, or later when a holiday falls in it
    }

    [Fact]
    public async Task OverdueRequestNobodyCanTake_IsMarkedInTheQueueInWords()
    {
        var app = await apps.FreshAsync();
        using var peter = await app.SignInAsync("peter.vandijk");
        await peter.PostFormAsync("/advice", new() { ["absent"] = "true" }, handler: "Absence"); // the other CvB member is away
        await app.AcknowledgeProtocolAsync("sanne.deboer");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var id = await sanne.ComposeAsync(DoubtText, "konot-x");
        await sanne.RequestAdviceAsync(id);
        using (var before = await app.SignInAsync("marieke.jansen"))
        {
            Assert.DoesNotContain("Termijn verstreken", WebUtility.HtmlDecode(await before.GetPageAsync("/advice")), StringComparison.Ordinal);
        }

        await app.AdvanceAsync(TimeSpan.FromDays(14));

        Assert.Equal("marieke.jansen", await ApproverAsync(app, id)); // nobody above her is present
        using var marieke = await app.SignInAsync("marieke.jansen");
        var queue = WebUtility.HtmlDecode(await marieke.GetPageAsync("/advice"));
        Assert.Contains("Termijn verstreken", queue, StringComparison.Ordinal);
        Assert.Contains("1 over de termijn.", queue, StringComparison.Ordinal);
        Assert.Matches("wacht (9|[1-9][0-9]) werkdagen", queue); // two weeks hold at least nine working days
    }

    internal static bool IsReminderToKarin(ReceivedMail mail) =>
        mail.IsTo("karin.mulder@regenboog-esveld.nl") && mail.Raw.Contains("Herinnering", StringComparison.Ordinal);

    /// <summary>The first Friday after <paramref name="today"/> that, with the Monday and Tuesday after it, is a working day.</summary>
    internal static DateOnly NextFridayBeforeAnOrdinaryWeek(DateOnly today)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Friday || !WorkingDays.IsWorkingDay(day)
            || !WorkingDays.IsWorkingDay(day.AddDays(3)) || !WorkingDays.IsWorkingDay(day.AddDays(4)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The first working day after <paramref name="today"/> followed by a national holiday on a weekday.</summary>
    internal static DateOnly NextDayBeforeAWeekdayHoliday(DateOnly today)
    {
        var day = today.AddDays(1);
        while (!WorkingDays.IsWorkingDay(day) || !DutchHolidays.IsHoliday(day.AddDays(1)) || day.AddDays(1).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    internal static DateTimeOffset At(DateOnly date, int hour) => DutchTime.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)));

    internal static Task<string?> ApproverAsync(ProtocolwachtApp app, Guid id) =>
        app.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.ApproverId).SingleAsync());
}
