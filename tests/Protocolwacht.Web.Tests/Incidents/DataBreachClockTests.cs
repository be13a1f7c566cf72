using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Incidents;

public class DataBreachClockTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [AllDatabases]
    public async Task Reminders_At24And48HoursAfterDiscovery_EachOnce_AlsoAcrossARestart(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        using var karin = await app.SignInAsync("karin.mulder");
        var discovered = TruncateToMinute(app.Clock.GetUtcNow());
        var id = await ReportBreachAsync(app, karin, discovered);

        await app.AdvanceAsync(discovered.AddHours(24).AddMinutes(-1) - app.Clock.GetUtcNow());
        Assert.Equal(0, await RemindersAsync(app, id, "eva.degroot"));

        await app.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RemindersAsync(app, id, "eva.degroot")); // the handler (the school's contact person)
        Assert.Equal(1, await RemindersAsync(app, id, "sanne.deboer")); // no privacy officer configured: the administrators
        Assert.Contains("nog 48 uur en 0 minuten", await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientId == "eva.degroot" && n.Link == $"/incidents/{id}" && n.Text.StartsWith("Datalek")).Select(n => n.Text).SingleAsync()), StringComparison.Ordinal);

        // A restart: a new instance knows only the database; its clock reads the same moment.
        await using var restarted = await app.StartSecondInstanceAsync();
        restarted.Clock.Advance(app.Clock.GetUtcNow() - restarted.Clock.GetUtcNow());
        await restarted.RunBackgroundJobsAsync();
        Assert.Equal(1, await RemindersAsync(app, id, "eva.degroot"));

        await restarted.AdvanceAsync(TimeSpan.FromHours(24));
        await app.AdvanceAsync(TimeSpan.FromHours(24));
        Assert.Equal(2, await RemindersAsync(app, id, "eva.degroot"));

        var decided = await karin.PostFormAsync($"/incidents/{id}", new() { ["reported"] = "true", ["reference"] = "AP-2026-0042", ["informed"] = "true" }, handler: "BreachDecision");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var incident = await app.WithDbAsync(db => db.Incidents.SingleAsync(i => i.Id == id));
        Assert.Equal((true, "AP-2026-0042", true, "karin.mulder"), (incident.ReportedToAuthority, incident.AuthorityReference, incident.PeopleInformed, incident.AuthorityDecisionBy));
    }

    [Fact]
    public async Task DiscoveredBeforeTheClockChange_DeadlineShownInDutchTimeWithDate()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");
        var discovered = new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.Zero); // 12:00 summer time, before the clocks went back

        var id = await ReportBreachAsync(app, karin, discovered);

        Assert.Equal(discovered, await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.DiscoveredAt).SingleAsync()));
        var page = await karin.GetPageAsync($"/incidents/{id}");
        Assert.Contains("27-10-2026 11:00", page, StringComparison.Ordinal);
        Assert.Contains("termijn verstreken", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeLeft_ForAnEnglishReader_IsEnglish_OnTheIncidentAndInTheList()
    {
        var app = await apps.FreshAsync();
        using var karin = await app.SignInAsync("karin.mulder");
        var id = await ReportBreachAsync(app, karin, TruncateToMinute(app.Clock.GetUtcNow()).AddHours(-2));
        var dutch = await karin.GetPageAsync($"/incidents/{id}");
        await Infrastructure.Localization.EnglishReaderDetailsTests.InEnglishAsync(karin);

        var english = await karin.GetPageAsync($"/incidents/{id}");
        var list = await karin.GetPageAsync("/incidents");

        Assert.Matches(@"nog (69|70) uur en \d+ minuten", dutch);
        Assert.Matches(@"(69|70) hours and \d+ minutes left", english);
        Assert.Matches(@"(69|70) hours and \d+ minutes left", list);
        Assert.DoesNotContain(" uur en ", english, StringComparison.Ordinal);
    }

    private static async Task<Guid> ReportBreachAsync(ProtocolwachtApp app, AppClient client, DateTimeOffset discovered)
    {
        var response = await client.PostFormAsync("/incidents/new", new()
        {
            ["Report.SchoolId"] = "regenboog",
            ["Report.Category"] = nameof(IncidentCategory.PrivacyBreach),
            ["Report.Severity"] = nameof(IncidentSeverity.High),
            ["Report.Description"] = "De klassenlijst met adressen is per ongeluk naar alle ouders gemaild.",
            ["Report.DiscoveredAt"] = TimeZoneInfo.ConvertTime(discovered, Amsterdam).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.Incidents.OrderByDescending(i => i.ReportedAt).Select(i => i.Id).FirstAsync());
    }

    private static Task<int> RemindersAsync(ProtocolwachtApp app, Guid id, string recipient) =>
        app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == recipient && n.Link == $"/incidents/{id}" && n.Text.StartsWith("Datalek")));

    private static DateTimeOffset TruncateToMinute(DateTimeOffset moment) => new(moment.Ticks - (moment.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
}
