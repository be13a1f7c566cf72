using System.Net;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Incidents;

public class YearOverviewTests
{
    [Fact]
    public async Task Overview_CountsPerSchoolAndCategory_WithoutPersonalData()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var parent = app.Anonymous();
        foreach (var category in new[] { IncidentCategory.Threat, IncidentCategory.Threat, IncidentCategory.Sexting })
        {
            var response = await parent.PostFormAsync("/melden", new()
            {
                ["Report.SchoolId"] = "kompas",
                ["Report.Category"] = category.ToString(),
                ["Report.Description"] = "Bericht van Jan Jansen, telefoon 06-12345678, aan een leerling.",
                ["Report.ReporterContact"] = "ouder@example.org",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var sanne = await app.SignInAsync("sanne.deboer");
        var page = await sanne.GetPageAsync("/incidents/overview");

        Assert.Contains("data-category=\"Threat\">2</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-category=\"Sexting\">1</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Jansen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ouder@example.org", page, StringComparison.Ordinal);
        using var karin = await app.SignInAsync("karin.mulder");
        Assert.Equal(HttpStatusCode.Redirect, (await karin.GetAsync(new Uri("/incidents/overview", UriKind.Relative))).StatusCode); // administrators only
    }
}
