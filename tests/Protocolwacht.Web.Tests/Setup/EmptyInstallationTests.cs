using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Domain.Organisation;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Organisation;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.Setup;

/// <summary>Issue #14 item 6: a real installation starts without the demo organisation and guides its administrator.</summary>
public class EmptyInstallationTests
{
    [Fact]
    public async Task Production_StartsEmpty_SignInLeadsToTheGuide_UntilTheOrganisationIsImported()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync(o => o.SeedDemo = false); // the app's own default
        using var visitor = app.Anonymous();

        Assert.Equal(0, await app.WithDbAsync(db => db.Boards.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Staff.CountAsync()));
        var signIn = await visitor.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/installatie", signIn.Headers.Location!.OriginalString);
        var guide = WebUtility.HtmlDecode(await visitor.GetPageAsync("/installatie"));
        Assert.Contains("Deze installatie heeft nog geen organisatie", guide, StringComparison.Ordinal);
        Assert.Contains("protocolwacht org import organisatie.json", guide, StringComparison.Ordinal);
        Assert.Contains("protocolwacht admin invite MEDEWERKER-ID --beheerder", guide, StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationImporter>().ImportAsync(OrganisationModel.Demo, AuditActors.CommandLine);
        }

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/account/signin")).StatusCode);
        var after = await visitor.GetAsync("/installatie");
        Assert.Equal((HttpStatusCode.Redirect, "/"), (after.StatusCode, after.Headers.Location!.OriginalString));
        Assert.False(await app.WithDbAsync(db => db.Boards.AnyAsync(b => b.IsDemo))); // imported, not the seeded demo
    }
}
