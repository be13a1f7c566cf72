using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Incidents;

public class PublicReportTests
{
    [Theory]
    [AllDatabases]
    public async Task PublicReport_WithoutAccount_GoesToTheSchoolsContactPerson_HoneypotDropsIt_RateLimitStopsFlood(DatabaseProvider database)
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = database;
            o.Settings["Incidents:ReportsPerWindow"] = "3";
        });
        using var parent = app.Anonymous();

        var sent = await parent.PostFormAsync("/melden", Report("regenboog", "ouder@example.org"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("bedankt=True", sent.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var incident = await app.WithDbAsync(db => db.Incidents.SingleAsync());
        Assert.Equal(("regenboog", "eva.degroot", "ouder@example.org", true), (incident.SchoolId, incident.HandlerId, incident.ReporterContact, incident.ReportedPublicly));
        Assert.Equal([new IncidentPerson("leerling", "groep 7")], incident.People);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == "eva.degroot" && n.Link == $"/incidents/{incident.Id}")));

        var bot = Report("regenboog", null);
        bot["Website"] = "http://goedkope-pillen.example";
        Assert.Equal(HttpStatusCode.Redirect, (await parent.PostFormAsync("/melden", bot)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Incidents.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await parent.PostFormAsync("/melden", Report("kompas", null))).StatusCode);
        Assert.Equal("youssef.bakker", await app.WithDbAsync(db => db.Incidents.Where(i => i.SchoolId == "kompas").Select(i => i.HandlerId).SingleAsync())); // no contact person: the director

        var flood = await parent.PostFormAsync("/melden", Report("regenboog", null));
        Assert.Equal(HttpStatusCode.TooManyRequests, flood.StatusCode);
        Assert.Contains("te veel meldingen", await flood.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task PublicReport_WithoutDescription_IsRefusedInDutch_NothingStored()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var pupil = app.Anonymous();
        var fields = Report("regenboog", null);
        fields["Report.Description"] = "  ";

        var response = await pupil.PostFormAsync("/melden", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beschrijf wat er is gebeurd.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    private static Dictionary<string, string> Report(string school, string? contact) => new()
    {
        ["Report.SchoolId"] = school,
        ["Report.Category"] = nameof(IncidentCategory.PupilBullying),
        ["Report.Description"] = "In een groepsapp wordt een leerling uitgescholden en buitengesloten.",
        ["Report.People[0].Role"] = "leerling",
        ["Report.People[0].Description"] = "groep 7",
        ["Report.ReporterContact"] = contact ?? "",
        ["Website"] = "",
    };
}
