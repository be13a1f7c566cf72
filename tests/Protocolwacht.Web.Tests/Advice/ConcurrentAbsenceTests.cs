using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Posts.Changes;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>
/// A manager says "I'm back" twice at the same moment (two tabs, a double tap): both requests find the absence and
/// remove it, and until stop 36 the second save, which removed nothing, ended in an error page. Both now end on the
/// advice page; the absence is gone.
/// </summary>
public class ConcurrentAbsenceTests
{
    [Theory]
    [AllDatabases]
    public async Task BackTwiceAtOnce_BothEndOnTheAdvicePage_TheAbsenceIsGone(DatabaseProvider provider)
    {
        var barrier = new SaveBarrier(t => t.Entries<StaffAbsence>().Any(e => e.State == EntityState.Deleted));
        await using var app = await ProtocolwachtApp.StartAsync(o => (o.Database, o.Services) = (provider, s => s.AddSingleton<IInterceptor>(barrier)));
        using var karin = await app.SignInAsync("karin.mulder");
        var away = await karin.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = "8-12-2099", ["Until"] = "" }, handler: "Absence");
        Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.StaffAbsences.CountAsync(a => a.StaffId == "karin.mulder")));
        barrier.Arm(parties: 2);

        var responses = await Task.WhenAll(Back(karin), Back(karin));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.StaffAbsences.CountAsync(a => a.StaffId == "karin.mulder")));
    }

    private static Task<HttpResponseMessage> Back(AppClient client) =>
        client.PostFormAsync("/advice", new() { ["absent"] = "false" }, handler: "Absence");
}
