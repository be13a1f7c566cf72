using System.Net;
using System.Net.Http.Json;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.Protocol;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// With the key ring shared through the database (and protected by a certificate), a sign-in cookie from
/// one instance works on another.
/// </summary>
public sealed class SharedSignInTests
{
    [Theory]
    [AllDatabases]
    public async Task SignInOnOneInstance_IsValidOnAnother(DatabaseProvider provider)
    {
        using var certificate = TestCertificate.Create();
        await using var first = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Database = provider;
            certificate.SharedKeyRing(o.Settings);
        });
        await using var second = await first.StartSecondInstanceAsync();
        var cookies = new CookieContainer();
        using var firstClient = first.Anonymous(cookies);
        using var secondClient = second.Anonymous(cookies);
        var before = await secondClient.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        await firstClient.SignInAsync("tom.hendriks");
        var onSecond = await secondClient.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        var keysInDatabase = await first.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Count()));

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode); // the second instance does check the cookie
        Assert.True(keysInDatabase > 0);
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal("tom.hendriks", (await onSecond.Content.ReadFromJsonAsync<MyAcknowledgementDto>())!.StaffId);
    }
}
