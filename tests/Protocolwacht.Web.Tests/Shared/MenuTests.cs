using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>The pages of the safety registers are found from the menu by exactly those who may use them.</summary>
public class MenuTests
{
    [Theory]
    [InlineData("tom.hendriks", true, false, false)]
    [InlineData("karin.mulder", true, true, false)]
    [InlineData("sanne.deboer", true, true, true)]
    public async Task Menu_ShowsIncidentsToStaff_TheFreezeToDirectorsAndAdministrators_DecisionsToAdministrators(
        string staffId, bool incidents, bool freeze, bool decisions)
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = await app.SignInAsync(staffId);

        var page = await client.GetPageAsync("/");

        Assert.Equal(incidents, page.Contains("data-menu=\"/incidents\"", StringComparison.Ordinal));
        Assert.Equal(freeze, page.Contains("data-menu=\"/freezes\"", StringComparison.Ordinal));
        Assert.Equal(decisions, page.Contains("data-menu=\"/platform-decisions\"", StringComparison.Ordinal));
    }
}
