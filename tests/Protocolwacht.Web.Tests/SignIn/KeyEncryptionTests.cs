using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Protocolwacht.TestSupport;
using Protocolwacht.Web.Features.PlatformAccounts;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// The Data Protection key ring encrypts sign-in cookies and platform tokens, so it never sits unprotected
/// beside the tokens: by default it is a folder in the data directory only the app's user can open; shared
/// through the database (several instances) only when a certificate encrypts it. Outside Development the folder's keys
/// are encrypted with the certificate too (keys are secrets at rest, and a disk copy or backup ignores 0700).
/// </summary>
public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task KeyRing_ByDefault_IsInTheDataDirectory_OwnerOnly_AndNotInTheDatabase()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var client = await app.SignInAsync("tom.hendriks");

        var keysInDatabase = await app.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Count()));
        var folder = Path.Combine(app.DataDirectory, "keys");

        Assert.Equal(0, keysInDatabase);
        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        // Development keeps the key in the clear (ASP.NET Core warns so in the log): what Production must not do.
        Assert.All(Directory.GetFiles(folder, "key-*.xml"), f => Assert.Contains("<masterKey", File.ReadAllText(f), StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
    }

    [Fact]
    public async Task KeyRingInTheDatabase_WithoutACertificate_RefusesToStartWithAClearMessage()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await ProtocolwachtApp.StartAsync(o => o.Settings["DataProtection:KeysInDatabase"] = "true");
        });

        var message = error.GetBaseException().Message;
        Assert.Contains("DataProtection:CertificatePath", message, StringComparison.Ordinal);
        Assert.Contains("Protocolwacht start niet", message, StringComparison.Ordinal);
        Assert.Contains("Protocolwacht does not start", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyFolder_InProduction_WithoutACertificate_RefusesToStartWithAClearMessage()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await ProtocolwachtApp.StartAsync(o => o.Environment = "Production");
        });

        var message = error.GetBaseException().Message;
        Assert.Contains("DataProtection:CertificatePath", message, StringComparison.Ordinal);
        Assert.Contains("Protocolwacht start niet", message, StringComparison.Ordinal);
        Assert.Contains("encrypted at rest", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyFolder_InProduction_WithACertificate_HoldsOnlyEncryptedKeys()
    {
        await using var app = await ProtocolwachtApp.StartInProductionAsync();
        await app.SetPasswordAsync("tom.hendriks", "Een-lang-wachtwoord-2026");
        using var client = await app.SignInAsync("tom.hendriks", "Een-lang-wachtwoord-2026");

        var files = Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "key-*.xml");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Contains("EncryptedData", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("<masterKey", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task KeyRingInTheDatabase_WithACertificate_IsEncryptedThere()
    {
        using var certificate = TestCertificate.Create();
        await using var app = await ProtocolwachtApp.StartAsync(o => certificate.SharedKeyRing(o.Settings));
        using var client = await app.SignInAsync("tom.hendriks");

        var keys = await app.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Select(k => k.Xml).ToList()));

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("EncryptedData", xml!, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "keys")) && Directory.GetFiles(Path.Combine(app.DataDirectory, "keys")).Length > 0);
    }

    [Fact]
    public async Task KeyRing_LeftInTheDatabaseByAnEarlierVersion_IsMovedToTheKeyFolder_AndTokensStayReadable()
    {
        await using var app = await ProtocolwachtApp.StartAsync();
        using var sanne = await app.SignInAsync("sanne.deboer");
        var put = await sanne.PutAsJsonAsync(new Uri("/api/accounts/regenboog-x/credential", UriKind.Relative), new CredentialBody("oud-token-42", null, "42", null));
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        // What an earlier version left: the key ring in the database, no key folder.
        var folder = Path.Combine(app.DataDirectory, "keys");
        var files = Directory.GetFiles(folder, "key-*.xml");
        await app.WithDbAsync(async db =>
        {
            db.DataProtectionKeys.AddRange(files.Select(f => new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(f), Xml = File.ReadAllText(f) }));
            return await db.SaveChangesAsync();
        });
        Directory.Delete(folder, recursive: true);

        await using var upgraded = await app.StartSecondInstanceAsync();
        var credentials = await upgraded.Service<AccountCredentials>().ReadAsync("regenboog-x", CancellationToken.None);

        Assert.Equal(0, await upgraded.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        Assert.Equal(files.Length, Directory.GetFiles(folder, "key-*.xml").Length);
        Assert.Equal("oud-token-42", credentials!.Credentials.AccessToken);
    }
}
