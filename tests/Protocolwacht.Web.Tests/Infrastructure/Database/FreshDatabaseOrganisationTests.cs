using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Checks;

namespace Protocolwacht.Web.Tests.Infrastructure.Database;

/// <summary>
/// An app moved to a fresh database (<see cref="ProtocolwachtApp.UseFreshDatabaseAsync"/>) works with the seeded
/// organisation at once, even when the test before changed the organisation and moved the clock: the checker snapshot
/// trusts its cached organisation for <see cref="CheckerSnapshot.MaxAge"/> without reading the stamp, and a clock a test
/// moved on stays there, so the next test was inside those seconds (tests17's unexplained 400 in AutosaveTests).
/// </summary>
public sealed class FreshDatabaseOrganisationTests
{
    [Fact]
    public async Task AfterTheMove_AnAccountTheTestBeforeMovedToAnotherSchool_IsBackAtItsSeededSchool()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.FreshDatabases = true);
        var snapshot = app.Services.GetRequiredService<CheckerSnapshot>();
        using (var sanne = await app.SignInAsync("sanne.deboer"))
        {
            var moved = await sanne.PostFormAsync("/accounts/edit/regenboog-facebook", new()
            {
                ["Form.Channel"] = "facebook",
                ["Form.Handle"] = "Basisschool De Regenboog",
                ["Form.SchoolId"] = "kompas",
            });
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        await app.AdvanceAsync(CheckerSnapshot.MaxAge + TimeSpan.FromSeconds(1));
        // The live check's view after the move: the cached organisation now has the account at Het Kompas.
        Assert.Equal("kompas", (await snapshot.OrganisationAsync(CancellationToken.None)).FindAccount("regenboog-facebook")!.SchoolId);

        await app.UseFreshDatabaseAsync();

        Assert.Equal("regenboog", (await snapshot.OrganisationAsync(CancellationToken.None)).FindAccount("regenboog-facebook")!.SchoolId);
    }
}
