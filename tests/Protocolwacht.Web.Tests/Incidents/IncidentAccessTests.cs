using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Incidents;

public class IncidentAccessTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task StaffReport_OnlyHandlersAndAdministratorsSeeIt_EveryViewRecorded()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        var reported = await tom.PostFormAsync("/incidents/new", new()
        {
            ["Report.SchoolId"] = "regenboog",
            ["Report.Category"] = nameof(IncidentCategory.Impersonation),
            ["Report.Severity"] = nameof(IncidentSeverity.High),
            ["Report.Description"] = "Er is een nepaccount op Instagram met ons logo dat ouders om geld vraagt.",
        });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var id = await app.WithDbAsync(db => db.Incidents.Select(i => i.Id).SingleAsync());

        foreach (var outsider in new[] { "tom.hendriks", "fatima.yilmaz", "youssef.bakker" })
        {
            using var client = outsider == "tom.hendriks" ? null : await app.SignInAsync(outsider);
            var response = await (client ?? tom).GetAsync(new Uri($"/incidents/{id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.IncidentViews.CountAsync()));
        Assert.Contains("no-incidents", await tom.GetPageAsync("/incidents"), StringComparison.Ordinal);

        foreach (var handler in new[] { "eva.degroot", "karin.mulder", "sanne.deboer" })
        {
            using var client = await app.SignInAsync(handler);
            Assert.Contains("nepaccount op Instagram", await client.GetPageAsync($"/incidents/{id}"), StringComparison.Ordinal);
        }

        var viewers = await app.WithDbAsync(db => db.IncidentViews.Where(v => v.IncidentId == id).Select(v => v.StaffId).OrderBy(s => s).ToListAsync());
        Assert.Equal(["eva.degroot", "karin.mulder", "sanne.deboer"], viewers);
    }
}
