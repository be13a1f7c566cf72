using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.SignIn;

/// <summary>
/// The Data Protection key ring encrypts sign-in cookies and platform tokens, so it never sits unprotected
/// beside the tokens: by default it is a folder in the data directory only the app's user can open; shared
/// through the database (several instances) only when a certificate encrypts it.
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
}
