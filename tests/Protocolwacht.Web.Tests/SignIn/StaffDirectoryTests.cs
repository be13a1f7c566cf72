using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Tests.Support;
using Protocolwacht.Web.Features.SignIn;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// How an OpenID Connect identity (e-mail or upn) is mapped to a staff member. The look-ups share one app
/// (<see cref="SharedApp"/>): each stores the same e-mail address for Linda, so none changes what another reads; the
/// test with OpenID Connect switched on starts its own.
/// </summary>
public sealed class StaffDirectoryTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("tom.hendriks@regenboog-esveld.nl", "tom.hendriks")]
    [InlineData("Sanne.DeBoer@KONOT.nl", "sanne.deboer")]
    [InlineData("tom.hendriks@gmail.com", null)]
    [InlineData("onbekend@konot.nl", null)]
    [InlineData("geen-adres", null)]
    [InlineData("juf.linda@sintjozef-holterveen.nl", "linda.koster")]
    public async Task FindStaffId_MatchesStoredEmailOrStaffIdOnOurDomains(string address, string? expected)
    {
        var app = shared.App;
        await app.WithDbAsync(db => db.Staff.Where(s => s.Id == "linda.koster").ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, "juf.linda@sintjozef-holterveen.nl")));
        await using var scope = app.Services.CreateAsyncScope();

        var found = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().FindStaffIdAsync(address);

        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task OpenIdConnect_WhenEnabled_OffersTheProviderOnTheSignInPage()
    {
        await using var app = await ProtocolwachtApp.StartAsync(o =>
        {
            o.Settings["Authentication:OpenIdConnect:Enabled"] = "true";
            o.Settings["Authentication:OpenIdConnect:Authority"] = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";
            o.Settings["Authentication:OpenIdConnect:ClientId"] = "protocolwacht-test";
        });
        using var client = app.Anonymous();
        await using var plain = await ProtocolwachtApp.StartAsync();
        using var plainClient = plain.Anonymous();

        var enabled = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        var disabled = await plainClient.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        var schemes = await app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSignIn.Scheme);

        Assert.Contains("Aanmelden met Microsoft Entra ID", enabled, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanmelden met", disabled, StringComparison.Ordinal);
        Assert.NotNull(schemes);
    }
}
