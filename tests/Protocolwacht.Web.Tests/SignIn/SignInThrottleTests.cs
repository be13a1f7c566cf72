using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.Persistence.Identity;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// Issue #7 item 4: wrong passwords never lock a colleague out, guessing is throttled per client address
/// and per account, and an unknown user name is answered exactly like a known one.
/// </summary>
public class SignInThrottleTests
{
    private const string Failed = "Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet.";
    private const string Throttled = "Te veel aanmeldpogingen";

    [Fact]
    public async Task WrongPasswordsOfSomeoneElse_DoNotLockTheDirectorOut()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var attacker = app.Anonymous();
        for (var i = 0; i < 8; i++)
        {
            var wrong = await attacker.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = $"raden-{i}" });
            Assert.Contains(Failed, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var karin = app.Anonymous();
        var response = await karin.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = ProtocolwachtApp.DemoPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ManyAttemptsFromOneClient_AreThrottled_WithADutchMessage()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["SignIn:Throttle:PermitsPerClient"] = "4");
        using var guesser = app.Anonymous();
        string[] names = ["tom.hendriks", "fatima.yilmaz", "bas.meijer", "eva.degroot"];
        foreach (var name in names)
        {
            var answer = await guesser.PostFormAsync("/account/signin", new() { ["UserName"] = name, ["Password"] = "zomer2026" });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode); // each of the first four is judged
        }

        var fifth = await guesser.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = ProtocolwachtApp.DemoPassword });

        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Contains(Throttled, await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(fifth.Headers.RetryAfter is not null, "Retry-After tells when to try again");
    }

    [Fact]
    public async Task ManyAttemptsOnOneAccount_AreThrottled_ButNotOnABrowserTheOwnerSignedInWithBefore()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["SignIn:Throttle:PermitsPerAccount"] = "4"; // Karin's earlier sign-in and three guesses
            o.Settings["SignIn:Throttle:PermitsPerClient"] = "100";
        });
        using var karin = await app.SignInAsync("karin.mulder"); // her own browser, signed in before
        using var attacker = app.Anonymous();
        for (var i = 0; i < 2; i++) // with Karin's own sign-in, three of the four attempts
        {
            await attacker.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = $"raden-{i}" });
        }

        var third = await attacker.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = "raden-3" });
        var fourth = await attacker.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = ProtocolwachtApp.DemoPassword });
        var fromOwnBrowser = await karin.PostFormAsync("/account/signin", new() { ["UserName"] = "karin.mulder", ["Password"] = ProtocolwachtApp.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode); // even the right password waits: guessing is throttled
        Assert.Equal(HttpStatusCode.Redirect, fromOwnBrowser.StatusCode);
    }

    [Fact]
    public async Task UnknownAndKnownUserNames_GetTheSameMessage_AndTheSamePasswordWork()
    {
        var hasher = new CountingHasher();
        await using var app = await ProtocolwachtApp.StartAsync(o => o.Services = s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher));
        using var client = app.Anonymous();

        var knownBefore = hasher.Verifications;
        var known = await client.PostFormAsync("/account/signin", new() { ["UserName"] = "tom.hendriks", ["Password"] = "fout-wachtwoord" });
        var knownWork = hasher.Verifications - knownBefore;
        var unknownBefore = hasher.Verifications;
        var unknown = await client.PostFormAsync("/account/signin", new() { ["UserName"] = "tom.hendrikz", ["Password"] = "fout-wachtwoord" });
        var unknownWork = hasher.Verifications - unknownBefore;

        Assert.Equal(1, knownWork); // the hasher is what makes a known name slow: 75-100 ms against 3-4 ms
        Assert.Equal(knownWork, unknownWork);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Contains(Failed, await known.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Failed, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The real hasher, counted: verifying a password is the work that takes the time.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _real = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(StaffUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
