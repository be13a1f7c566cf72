using System.Net;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Protocol;

/// <summary>
/// Who has not yet read the protocol, as the communication advisor reads it (the Kennisname page and her start page):
/// each person's school by its name. Until 2026-12-05 both showed the school's code ("regenboog"), which nobody at a
/// school calls it. Board staff, who belong to no school, work at the "Bestuursbureau" (until stop 50: "bestuur").
/// </summary>
public sealed class AcknowledgementSchoolNameTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task Acknowledgements_PageAndStartPanel_NameTheSchool_NotItsCode()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var page = WebUtility.HtmlDecode(await sanne.GetPageAsync("/protocol/acknowledgements"));
        var start = WebUtility.HtmlDecode(await sanne.GetPageAsync("/"));

        var karin = page[page.IndexOf("data-staff=\"karin.mulder\"", StringComparison.Ordinal)..];
        Assert.StartsWith("data-staff=\"karin.mulder\"><td>Karin Mulder</td><td>directielid</td><td data-testid=\"acknowledgement-school\">Basisschool De Regenboog</td>", karin, StringComparison.Ordinal);
        Assert.Contains("data-staff=\"marieke.jansen\"><td>Marieke Jansen</td><td>lid van het college van bestuur</td><td data-testid=\"acknowledgement-school\">Bestuursbureau</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">regenboog</td>", page, StringComparison.Ordinal);
        Assert.Contains("<span>Karin Mulder</span>", start, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hint\">Basisschool De Regenboog</span>", start, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"hint\">regenboog</span>", start, StringComparison.Ordinal);
    }
}
