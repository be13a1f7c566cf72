using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Accounts;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Posts.Changes;

namespace Protocolwacht.Web.Tests.PlatformAccounts;

/// <summary>
/// Two administrators (or one in two tabs) add an account with the same id at the same moment: both pass the page's
/// "already exists" check, and until stop 36 the second save ended in an error page. The key lets one in; the other
/// gets the page back with the check's own Dutch sentence, and nothing of theirs is stored.
/// </summary>
public class ConcurrentAccountCreationTests
{
    [Theory]
    [AllDatabases]
    public async Task SameNewAccountTwiceAtOnce_OneIsCreated_TheOtherHearsItExists(DatabaseProvider provider)
    {
        var barrier = new SaveBarrier(t => t.Entries<OfficialAccountEntity>().Any(e => e.State == EntityState.Added));
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(barrier)));
        using var sanne = await app.SignInAsync("sanne.deboer");
        barrier.Arm(parties: 2);

        var responses = await Task.WhenAll(Create(sanne, "@kompasnieuws"), Create(sanne, "@kompas_nieuws"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Er bestaat al een account met id 'kompas-nieuws'.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.OfficialAccounts.CountAsync(a => a.Id == "kompas-nieuws")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.AccountSettingsChanged && a.Subject == "account:kompas-nieuws")));
    }

    private static Task<HttpResponseMessage> Create(AppClient client, string handle) =>
        client.PostFormAsync("/accounts/edit", new()
        {
            ["Form.Id"] = "kompas-nieuws",
            ["Form.Channel"] = "instagram",
            ["Form.Handle"] = handle,
            ["Form.SchoolId"] = "kompas",
        });
}
