using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Shared;

/// <summary>
/// The header's "Aangemeld als": the person's name from the organisation, read at every request (a name the organisation
/// changes shows at the next page), the login id only where the organisation knows no name; until 2026-12-05 it showed
/// the login id ("linda.koster") to everyone.
/// </summary>
public sealed class HeaderTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Fact]
    public async Task SignedIn_HeaderShowsTheOrganisationsName_TheLoginIdOnlyWhereTheNameIsUnknown()
    {
        var app = await apps.FreshAsync();
        using var linda = await app.SignInAsync("linda.koster");

        var page = WebUtility.HtmlDecode(await linda.GetPageAsync("/"));
        Assert.Contains("<strong data-testid=\"signed-in-user\" title=\"linda.koster\">Linda Koster</strong>", page, StringComparison.Ordinal);

        await RenameAsync(app, "linda.koster", "Linda de Koster-Jansen");
        page = WebUtility.HtmlDecode(await linda.GetPageAsync("/protocol"));
        Assert.Contains(">Linda de Koster-Jansen</strong>", page, StringComparison.Ordinal);

        await RenameAsync(app, "linda.koster", "");
        page = WebUtility.HtmlDecode(await linda.GetPageAsync("/protocol"));
        Assert.Contains("<strong data-testid=\"signed-in-user\">linda.koster</strong>", page, StringComparison.Ordinal);
    }

    private static Task RenameAsync(ProtocolwachtApp app, string staffId, string name) =>
        app.WithDbAsync(db => db.Staff.Where(s => s.Id == staffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, name)));
}
