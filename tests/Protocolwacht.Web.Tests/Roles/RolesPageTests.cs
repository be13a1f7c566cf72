using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Domain.Incidents;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.Roles;

/// <summary>Administrators manage who is beheerder, privacyfunctionaris and incidentbehandelaar at /roles.</summary>
public sealed class RolesPageTests(FreshDatabaseApp apps) : IClassFixture<FreshDatabaseApp>
{
    [Theory]
    [AllDatabases]
    public async Task GrantAndRevoke_ChangeTheRole_AreAuditLogged_AndReachTheSessionWithinAMinute(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.Equal(HttpStatusCode.Redirect, (await tom.GetAsync(new Uri("/roles", UriKind.Relative))).StatusCode);

        var granted = await sanne.PostFormAsync("/roles", new() { ["staffId"] = "tom.hendriks", ["role"] = AppRoles.Admin }, handler: "Grant");
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Contains("tom.hendriks is nu beheerder.", await granted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("data-role=\"admin\"", await tom.GetPageAsync("/roles"), StringComparison.Ordinal);

        var revoked = await sanne.PostFormAsync("/roles", new() { ["staffId"] = "tom.hendriks", ["role"] = AppRoles.Admin }, handler: "Revoke");
        Assert.Contains("tom.hendriks is geen beheerder meer.", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.AdvanceAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await tom.GetAsync(new Uri("/roles", UriKind.Relative))).StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.RoleGranted || e.Action == AuditActions.RoleRevoked)
            .OrderBy(e => e.Id).Select(e => new { e.Actor, e.Action, e.Subject, e.Details }).ToListAsync());
        Assert.Equal(
            [
                ("sanne.deboer", AuditActions.RoleGranted, "medewerker:tom.hendriks", AppRoles.Admin),
                ("sanne.deboer", AuditActions.RoleRevoked, "medewerker:tom.hendriks", AppRoles.Admin),
            ],
            entries.Select(e => (e.Actor, e.Action, e.Subject, e.Details)));
    }

    [Theory]
    [AllDatabases]
    public async Task LastAdministrator_CannotBeRemoved_WithADutchError_AndNothingChanges(DatabaseProvider provider)
    {
        var app = await apps.FreshAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");
        // With a second administrator the first can go: the refusal below is about being the last one.
        await sanne.PostFormAsync("/roles", new() { ["staffId"] = "karin.mulder", ["role"] = AppRoles.Admin }, handler: "Grant");
        var first = await sanne.PostFormAsync("/roles", new() { ["staffId"] = "sanne.deboer", ["role"] = AppRoles.Admin }, handler: "Revoke");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["karin.mulder"], await AdminsAsync(app));

        using var karin = await app.SignInAsync("karin.mulder");
        var last = await karin.PostFormAsync("/roles", new() { ["staffId"] = "karin.mulder", ["role"] = AppRoles.Admin }, handler: "Revoke");

        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("Je kunt de laatste beheerder niet verwijderen", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["karin.mulder"], await AdminsAsync(app));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RoleRevoked)));
    }

    [Fact]
    public async Task RolesPage_ForATeacher_Answers403_AndAPostChangesNothing()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        using var sanne = await app.SignInAsync("sanne.deboer");
        var form = await sanne.GetPageAsync("/roles");
        Assert.Contains("data-testid=\"grant-form\"", form, StringComparison.Ordinal);

        var page = await tom.GetAsync(new Uri("/roles", UriKind.Relative));
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await tom.GetAsync(page.Headers.Location)).StatusCode);
        // The token of a page tom may open; the post itself is refused before the handler runs.
        var post = await tom.PostFormAsync("/roles?handler=Grant", new() { ["staffId"] = "tom.hendriks", ["role"] = AppRoles.Admin }, pagePath: "/incidents/new");
        Assert.StartsWith("/account/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["sanne.deboer"], await AdminsAsync(app));
    }

    [Fact]
    public async Task PrivacyOfficerAndIncidentHandlerRoles_OpenTheIncidentsTheyAreFor()
    {
        var app = await apps.FreshAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        using var tom = await app.SignInAsync("tom.hendriks");
        var reported = await tom.PostFormAsync("/incidents/new", new()
        {
            ["Report.SchoolId"] = "regenboog",
            ["Report.Category"] = nameof(IncidentCategory.Impersonation),
            ["Report.Severity"] = nameof(IncidentSeverity.High),
            ["Report.Description"] = "Er is een nepaccount op Instagram met ons logo.",
        });
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var id = await app.WithDbAsync(db => db.Incidents.Select(i => i.Id).SingleAsync());
        using var fatima = await app.SignInAsync("fatima.yilmaz");
        Assert.Equal(HttpStatusCode.NotFound, (await fatima.GetAsync(new Uri($"/incidents/{id}", UriKind.Relative))).StatusCode);

        await sanne.PostFormAsync("/roles", new() { ["staffId"] = "fatima.yilmaz", ["role"] = AppRoles.IncidentHandler }, handler: "Grant");
        await app.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Contains("nepaccount op Instagram", await fatima.GetPageAsync($"/incidents/{id}"), StringComparison.Ordinal);
    }

    private static Task<List<string>> AdminsAsync(ProtocolwachtApp app) => app.WithDbAsync(db => (
        from link in db.UserRoles
        join role in db.Roles on link.RoleId equals role.Id
        join user in db.Users on link.UserId equals user.Id
        where role.Name == AppRoles.Admin
        orderby user.StaffId
        select user.StaffId).ToListAsync());
}
