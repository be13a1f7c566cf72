using System.Net;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Audit;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.TwoFactor;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.TwoFactor;

/// <summary>
/// Two-factor sign-in with an authenticator app; the app's codes are computed with Otp.NET from the shared key. The tests
/// with two-factor required for administrators share one app, a fresh database each (<see cref="RequiredApps"/>); the
/// two with other settings start their own.
/// </summary>
public sealed class TwoFactorTests(TwoFactorTests.RequiredApps apps) : IClassFixture<TwoFactorTests.RequiredApps>
{
    private const string Required = "SignIn:TwoFactor:RequiredForAdministrators";

    /// <summary>
    /// Two-factor required for administrators. The sign-in throttle's windows stay in memory between the tests of the
    /// class, and together they sign Sanne in more often than her account's window allows in a quarter of an hour, so
    /// the windows are wide here; the throttle has its own tests (SignInThrottleTests).
    /// </summary>
    public sealed class RequiredApps : FreshDatabaseApp
    {
        protected override void Configure(ProtocolwachtAppOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Settings[Required] = "true";
            options.Settings["SignIn:Throttle:PermitsPerClient"] = "1000";
            options.Settings["SignIn:Throttle:PermitsPerAccount"] = "1000";
        }
    }

    [Fact]
    public async Task Administrator_WithoutTwoFactor_IsSentToEnrolment_WrongCodeRefused_RightCodeShowsRecoveryCodes()
    {
        var app = await apps.FreshAsync();
        using var tom = await app.SignInAsync("tom.hendriks");
        Assert.Equal(HttpStatusCode.OK, (await tom.GetAsync(new Uri("/posts", UriKind.Relative))).StatusCode); // not an administrator
        using var sanne = await app.SignInAsync("sanne.deboer");

        var sent = await sanne.GetAsync(new Uri("/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/account/two-factor?returnUrl=%2Faudit", sent.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await sanne.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative))).StatusCode);
        var page = await sanne.GetPageAsync("/account/two-factor");
        Assert.Contains("src=\"data:image/png;base64,", page, StringComparison.Ordinal);
        var key = Authenticator.KeyOnPage(page);

        var wrong = await sanne.PostFormAsync("/account/two-factor", new() { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("De code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await sanne.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);

        var right = await sanne.PostFormAsync("/account/two-factor?returnUrl=%2Faudit", new() { ["Code"] = Authenticator.Code(key) }, pagePath: "/account/two-factor?returnUrl=%2Faudit");
        var codes = Authenticator.RecoveryCodesOnPage(await right.Content.ReadAsStringAsync());
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await sanne.GetAsync(new Uri("/audit", UriKind.Relative))).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.StaffId == "sanne.deboer").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.TwoFactorChanged && e.Actor == "sanne.deboer")));
        // Shown once: the page now says it is on, without the codes.
        Assert.Empty(Authenticator.RecoveryCodesOnPage(await sanne.GetPageAsync("/account/two-factor")));
    }

    [Fact]
    public async Task SignIn_WithTwoFactorOn_AsksForTheCode_RefusesAWrongOne_AndSignsInWithTheRightOne()
    {
        var app = await apps.FreshAsync();
        var (key, _) = await EnrolAsync(app, "sanne.deboer");
        using var client = app.Anonymous();

        var password = await client.PostFormAsync("/account/signin?ReturnUrl=%2Froles", new() { ["UserName"] = "sanne.deboer", ["Password"] = ProtocolwachtApp.DemoPassword }, pagePath: "/account/signin?ReturnUrl=%2Froles");
        Assert.StartsWith("/account/two-factor/code?returnUrl=%2Froles", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/signin", (await client.GetAsync(new Uri("/roles", UriKind.Relative))).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var code = password.Headers.Location.OriginalString;

        var wrong = await client.PostFormAsync(code, new() { ["Code"] = WrongCode(key) }, pagePath: code);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("De code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/account/signin", (await client.GetAsync(new Uri("/roles", UriKind.Relative))).Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var right = await client.PostFormAsync(code, new() { ["Code"] = Authenticator.Code(key) }, pagePath: code);
        Assert.Equal("/roles", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/roles", UriKind.Relative))).StatusCode);
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Actor == "sanne.deboer" && (e.Action == AuditActions.SignedIn || e.Action == AuditActions.SignInFailed))
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Details }).ToListAsync());
        Assert.Equal(
            [(AuditActions.SignedIn, "wachtwoord"), (AuditActions.SignInFailed, "authenticator-app klopt niet"), (AuditActions.SignedIn, "wachtwoord + authenticator-app")],
            entries.Select(e => (e.Action, e.Details)));
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_AndIsRefusedTheSecondTime()
    {
        var app = await apps.FreshAsync();
        var (_, codes) = await EnrolAsync(app, "sanne.deboer");

        using var first = app.Anonymous();
        var once = await SignInWithRecoveryCodeAsync(first, codes[3]);
        Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/roles", UriKind.Relative))).StatusCode);

        using var second = app.Anonymous();
        var again = await SignInWithRecoveryCodeAsync(second, codes[3]);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("al gebruikt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(second, codes[4])).StatusCode);
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredAsHashes_AndTheStoredFormIsNoCode()
    {
        var app = await apps.FreshAsync();
        var (_, codes) = await EnrolAsync(app, "sanne.deboer");

        var stored = await app.WithDbAsync(db => db.UserTokens.Where(t => t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync());

        Assert.Equal(EnrolModel.RecoveryCodeCount, codes.Count);
        Assert.All(codes, code => Assert.DoesNotContain(code, stored!, StringComparison.Ordinal));
        Assert.Contains(HashedRecoveryCodeStore.Hash(codes[0]), stored!, StringComparison.Ordinal);
        using var thief = app.Anonymous();
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInWithRecoveryCodeAsync(thief, HashedRecoveryCodeStore.Hash(codes[0]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(thief, codes[0])).StatusCode);

        // Codes an earlier version stored in plain text still sign in once, so nobody is locked out by the change.
        await app.WithDbAsync(db => db.UserTokens.Where(t => t.Name == "RecoveryCodes").ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, "oud12-code3")));
        using var before = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(before, "oud12-code3")).StatusCode);
        using var again = app.Anonymous();
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInWithRecoveryCodeAsync(again, "oud12-code3")).StatusCode);
    }

    [Fact]
    public async Task RequiredForEveryone_SendsATeacherToEnrolment()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["SignIn:TwoFactor:RequiredForEveryone"] = "true");
        using var tom = await app.SignInAsync("tom.hendriks");

        var response = await tom.GetAsync(new Uri("/posts", UriKind.Relative));

        Assert.Equal("/account/two-factor?returnUrl=%2Fposts", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Production_RequiresItForAdministrators_EvenWhenASettingSaysOtherwise()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync(o => o.Settings[Required] = "false");
        await app.SetPasswordAsync("sanne.deboer", "Een-lang-wachtwoord-1");
        await app.SetPasswordAsync("tom.hendriks", "Een-lang-wachtwoord-2");
        using var sanne = await app.SignInAsync("sanne.deboer", "Een-lang-wachtwoord-1");
        using var tom = await app.SignInAsync("tom.hendriks", "Een-lang-wachtwoord-2");

        Assert.Equal("/account/two-factor?returnUrl=%2Froles", (await sanne.GetAsync(new Uri("/roles", UriKind.Relative))).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await tom.GetAsync(new Uri("/posts", UriKind.Relative))).StatusCode);
    }

    /// <summary>Enrols through the pages and signs out; returns the shared key and the recovery codes.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(ProtocolwachtApp app, string staffId)
    {
        using var client = await app.SignInAsync(staffId);
        var key = Authenticator.KeyOnPage(await client.GetPageAsync("/account/two-factor"));
        var enrolled = await client.PostFormAsync("/account/two-factor", new() { ["Code"] = Authenticator.Code(key) });
        var codes = Authenticator.RecoveryCodesOnPage(await enrolled.Content.ReadAsStringAsync());
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(AppClient client, string recoveryCode)
    {
        var password = await client.PostFormAsync("/account/signin", new() { ["UserName"] = "sanne.deboer", ["Password"] = ProtocolwachtApp.DemoPassword });
        return await client.PostFormAsync(password.Headers.Location!.OriginalString, new() { ["RecoveryCode"] = recoveryCode });
    }

    /// <summary>A code of the right shape that none of the accepted time steps (now ± 90 s) gives.</summary>
    private static string WrongCode(string key)
    {
        var now = TimeProvider.System.GetUtcNow();
        var accepted = Enumerable.Range(-3, 7).Select(i => Authenticator.Code(key, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }
}
