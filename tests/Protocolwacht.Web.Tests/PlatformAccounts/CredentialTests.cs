using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.Persistence.Database;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.PlatformAccounts;

namespace Protocolwacht.Web.Tests.PlatformAccounts;

public sealed class CredentialTests
{
    private const string Secret = "geheim-token-ABC123xyz";

    [Theory]
    [AllDatabases]
    public async Task Credential_IsStoredEncrypted_AndNeverReturned(DatabaseProvider provider)
    {
        await using var app = await ProtocolwachtApp.StartAsync(provider);
        using var sanne = await app.SignInAsync("sanne.deboer");

        var put = await sanne.PutAsJsonAsync(new Uri("/api/accounts/regenboog-x/credential", UriKind.Relative), new CredentialBody(Secret, "verversing-geheim-999", "12345", null));
        var stored = await app.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == "regenboog-x"));
        var listJson = await sanne.GetStringAsync(new Uri("/api/accounts", UriKind.Relative));
        var page = await sanne.GetStringAsync(new Uri("/accounts", UriKind.Relative));
        var edit = await sanne.GetStringAsync(new Uri("/accounts/edit/regenboog-x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.NotNull(stored.ProtectedCredential);
        Assert.DoesNotContain(Secret, stored.ProtectedCredential, StringComparison.Ordinal);
        Assert.DoesNotContain("verversing-geheim", stored.ProtectedCredential, StringComparison.Ordinal);
        Assert.NotNull(stored.CredentialSetAt);
        foreach (var shown in new[] { listJson, page, edit })
        {
            Assert.DoesNotContain(Secret, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(stored.ProtectedCredential, shown, StringComparison.Ordinal);
        }

        var accounts = await sanne.GetFromJsonAsync<List<AccountDto>>(new Uri("/api/accounts", UriKind.Relative));
        Assert.True(accounts!.Single(a => a.Id == "regenboog-x").CredentialSet);
        Assert.False(accounts!.Single(a => a.Id == "kompas-facebook").CredentialSet);
        Assert.Contains("ingesteld op", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_SetByAdminOnTheEditPage_IsEncryptedToo()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");

        var post = await sanne.PostFormAsync("/accounts/edit/kompas-instagram", new()
        {
            ["Form.Channel"] = "instagram",
            ["Form.Handle"] = "@kckompas",
            ["Form.SchoolId"] = "kompas",
            ["Form.AccessToken"] = Secret,
        });
        var stored = await app.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == "kompas-instagram"));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.NotNull(stored.ProtectedCredential);
        Assert.DoesNotContain(Secret, stored.ProtectedCredential, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credential_SetByNonAdministrator_IsForbidden()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var karin = await app.SignInAsync("karin.mulder");

        var put = await karin.PutAsJsonAsync(new Uri("/api/accounts/regenboog-x/credential", UriKind.Relative), new CredentialBody(Secret, null, null, null));
        var stored = await app.WithDbAsync(db => db.OfficialAccounts.AsNoTracking().SingleAsync(a => a.Id == "regenboog-x"));

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Null(stored.ProtectedCredential);
    }
}
