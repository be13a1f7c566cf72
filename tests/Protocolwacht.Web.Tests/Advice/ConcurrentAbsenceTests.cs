using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Posts;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Posts.Changes;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Advice;

/// <summary>
/// A manager says "I'm back" twice at the same moment (two tabs, a double tap): both requests find the absence and
/// remove it, and until stop 36 the second save, which removed nothing, ended in an error page. Both now end on the
/// advice page; the absence is gone. The same for "I'm away" sent twice at once: both requests find no period and add
/// one, the database lets one in, and until stop 37 the other showed the post workflow's "someone else changed this
/// post". The refused one now runs again, finds the stored period, and ends on the advice page too.
/// </summary>
public class ConcurrentAbsenceTests(ConcurrentAbsenceTests.Apps apps) : IClassFixture<ConcurrentAbsenceTests.Apps>
{
    [Theory]
    [AllDatabases]
    public async Task BackTwiceAtOnce_BothEndOnTheAdvicePage_TheAbsenceIsGone(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");
        var away = await karin.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = "8-12-2099", ["Until"] = "" }, handler: "Absence");
        Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.StaffAbsences.CountAsync(a => a.StaffId == "karin.mulder")));
        apps.Barrier.Arm(parties: 2);

        var responses = await Task.WhenAll(Back(karin), Back(karin));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.StaffAbsences.CountAsync(a => a.StaffId == "karin.mulder")));
    }

    [Theory]
    [AllDatabases]
    public async Task AwayTwiceAtOnce_BothEndOnTheAdvicePage_OnePeriodStored(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var karin = await app.SignInAsync("karin.mulder");
        Assert.Equal(0, await app.WithDbAsync(db => db.StaffAbsences.CountAsync(a => a.StaffId == "karin.mulder")));
        apps.Barrier.Arm(parties: 2); // holds each request's save (it adds the period) until both have arrived

        var responses = await Task.WhenAll(Away(karin), Away(karin));

        var pages = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(pages, p => Assert.DoesNotContain("intussen gewijzigd", p, StringComparison.Ordinal));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var period = await app.WithDbAsync(db => db.StaffAbsences.SingleAsync(a => a.StaffId == "karin.mulder"));
        Assert.Equal((new DateOnly(2099, 12, 8), (DateOnly?)null), (period.From, period.Until));
    }

    private static Task<HttpResponseMessage> Away(AppClient client) =>
        client.PostFormAsync("/advice", new() { ["absent"] = "true", ["From"] = "8-12-2099", ["Until"] = "" }, handler: "Absence");

    private static Task<HttpResponseMessage> Back(AppClient client) =>
        client.PostFormAsync("/advice", new() { ["absent"] = "false" }, handler: "Absence");

    /// <summary>
    /// One app per database for the class, a fresh database for every test (tests18: each case started its own app, four
    /// in all, where the cases differ only in the database). The barrier holds a save that adds or removes an absence, once
    /// a test arms it: before arming (the first test's "away" that sets up the absence) saves pass, and after arming each
    /// test makes only one of the two kinds, so one barrier serves both tests as their own did. Every test starts with it
    /// disarmed (<see cref="SaveBarrierApp.FreshAsync"/>): one that failed before both its saves arrived would leave it
    /// armed, and the next test's "away" would be held as one of its two.
    /// </summary>
    public sealed class Apps() : SaveBarrierApp(new SaveBarrier(t => t.Entries<StaffAbsence>().Any(e => e.State is EntityState.Added or EntityState.Deleted)));
}
