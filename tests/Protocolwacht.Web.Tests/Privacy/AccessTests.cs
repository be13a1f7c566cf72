using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;
using Protocolwacht.TestSupport.Ordering;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Privacy;

/// <summary>The right of access: an administrator exports everything about one pupil or staff member; nobody else can; every export is logged.</summary>
[LongRunning(70)]
public sealed class AccessTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task PupilExport_HoldsPupilParentsConsentAndPosts_AsHtmlAndJson_AndIsAuditLogged(DatabaseProvider database)
    {
        var app = await apps.FreshAsync(database);
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        await PrivacySteps.ComposeWithPhotoAsync(app, tom, karin, "Wat een sportdag!", "noah.bos");

        Assert.Contains("/privacy/pupils/noah.bos/export", await sanne.GetPageAsync("/organisation/pupils/noah.bos/edit"), StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await sanne.GetPageAsync("/privacy/pupils/noah.bos/export"));
        var json = await sanne.GetAsync(new Uri("/privacy/pupils/noah.bos/export?format=json", UriKind.Relative));

        Assert.Contains("Noah Bos", html, StringComparison.Ordinal);
        Assert.Contains("Ellen Bos", html, StringComparison.Ordinal); // the parent
        Assert.Contains("Wat een sportdag!", html, StringComparison.Ordinal); // the post with the photo
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var sections = document.RootElement.GetProperty("Sections").EnumerateArray().ToDictionary(s => s.GetProperty("Title").GetString()!, s => s.GetProperty("Rows"));
        Assert.Equal("Ellen Bos", sections["Ouders en verzorgers"][0].GetProperty("naam").GetString());
        Assert.True(sections["Toestemmingsgeschiedenis"].GetArrayLength() > 0);
        Assert.Equal("sportdag.png", sections["Berichten waarin de leerling staat of genoemd wordt"][0].GetProperty("bijlagen").GetString());
        var logged = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.PersonalDataExported).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([("sanne.deboer", "leerling:noah.bos", "Inzage als HTML-rapport"), ("sanne.deboer", "leerling:noah.bos", "Inzage als JSON")],
            logged.Select(e => (e.Actor, e.Subject, e.Details)));
    }

    [Fact]
    public async Task StaffExport_HoldsTheAccountAndAuthoredPosts_OthersAreDenied()
    {
        var app = await apps.FreshAsync();
        await app.AcknowledgeProtocolAsync("tom.hendriks");
        using var tom = await app.SignInAsync("tom.hendriks");
        using var karin = await app.SignInAsync("karin.mulder");
        using var sanne = await app.SignInAsync("sanne.deboer");
        await tom.ComposeAsync("Morgen is de schoolreis naar de dierentuin.", "regenboog-x");

        var html = WebUtility.HtmlDecode(await sanne.GetPageAsync("/privacy/staff/tom.hendriks/export"));
        var denied = await karin.GetAsync(new Uri("/privacy/staff/tom.hendriks/export", UriKind.Relative));
        var deniedJson = await tom.GetAsync(new Uri("/privacy/pupils/noah.bos/export?format=json", UriKind.Relative));

        Assert.Contains("Tom Hendriks", html, StringComparison.Ordinal);
        Assert.Contains("Morgen is de schoolreis naar de dierentuin.", html, StringComparison.Ordinal);
        Assert.Contains("sign-in.succeeded", html, StringComparison.Ordinal); // his own sign-ins
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deniedJson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await karin.GetAsync(new Uri("/account/denied", UriKind.Relative))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.PersonalDataExported))); // only Sanne's
    }

    [Fact]
    public async Task PrivacyOfficer_ExportsAndReadsTheRegister_ButCannotErase()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        var before = await fatima.GetAsync(new Uri("/privacy/pupils/noah.bos/export", UriKind.Relative));
        Assert.StartsWith("/account/denied", before.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        await sanne.PostFormAsync("/roles", new() { ["staffId"] = "fatima.yilmaz", ["role"] = AppRoles.PrivacyOfficer }, handler: "Grant");
        await app.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Contains("Noah Bos", WebUtility.HtmlDecode(await fatima.GetPageAsync("/privacy/pupils/noah.bos/export")), StringComparison.Ordinal);
        Assert.Contains("Verwerkingsregister", await fatima.GetPageAsync("/privacy/verwerkingsregister"), StringComparison.OrdinalIgnoreCase);
        var erase = await fatima.GetAsync(new Uri("/privacy/pupils/noah.bos/erase", UriKind.Relative));
        Assert.StartsWith("/account/denied", erase.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.PersonalDataExported && e.Actor == "fatima.yilmaz")));
    }
}
