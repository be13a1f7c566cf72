using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// The pages of the safety registers are found from the menu by exactly those who may use them. The three people only
/// read their start page, so they share one app (<see cref="SharedApp"/>).
/// </summary>
public class MenuTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("tom.hendriks", true, false, false)]
    [InlineData("karin.mulder", true, true, false)]
    [InlineData("sanne.deboer", true, true, true)]
    public async Task Menu_ShowsIncidentsToStaff_TheFreezeToDirectorsAndAdministrators_DecisionsToAdministrators(
        string staffId, bool incidents, bool freeze, bool decisions)
    {
        using var client = await shared.App.SignInAsync(staffId);

        var page = await client.GetPageAsync("/");

        Assert.Equal(incidents, page.Contains("data-menu=\"/incidents\"", StringComparison.Ordinal));
        Assert.Equal(freeze, page.Contains("data-menu=\"/freezes\"", StringComparison.Ordinal));
        Assert.Equal(decisions, page.Contains("data-menu=\"/platform-decisions\"", StringComparison.Ordinal));
    }
}
