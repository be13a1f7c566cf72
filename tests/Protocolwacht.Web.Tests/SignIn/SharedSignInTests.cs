using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Protocolwacht.Persistence.Database;
using Protocolwacht.Web.Features.Protocol;
using Protocolwacht.Web.Tests.Support;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>Data Protection keys live in the database, so a sign-in cookie from one instance works on another.</summary>
public sealed class SharedSignInTests
{
    [Theory]
    [AllDatabases]
    public async Task SignInOnOneInstance_IsValidOnAnother(DatabaseProvider provider)
    {
        await using var first = await ProtocolwachtApplicationFactory.CreateAsync(provider);
        await using var second = first.SecondInstance();
        var cookies = new CookieContainer();
        using var firstClient = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var secondClient = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        await ProtocolwachtApplicationFactory.PostFormAsync(firstClient, "/account/signin", "/account/signin",
            new() { ["UserName"] = "tom.hendriks", ["Password"] = ProtocolwachtApplicationFactory.DemoPassword });
        var onSecond = await secondClient.GetAsync(new Uri("/api/protocol/acknowledgements/me", UriKind.Relative));

        var keysInDatabase = await first.WithDatabaseAsync(db => Task.FromResult(db.DataProtectionKeys.Count()));

        Assert.True(keysInDatabase > 0);
        Assert.Equal(HttpStatusCode.OK, onSecond.StatusCode);
        Assert.Equal("tom.hendriks", (await onSecond.Content.ReadFromJsonAsync<MyAcknowledgementDto>())!.StaffId);
    }
}
