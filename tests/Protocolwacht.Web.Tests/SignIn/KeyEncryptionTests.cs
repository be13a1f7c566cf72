using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Protocolwacht.TestSupport;

namespace Protocolwacht.Web.Tests.SignIn;

public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task DataProtectionKeys_WithACertificateConfigured_AreEncryptedInTheDatabase()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"pw-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Protocolwacht test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-wachtwoord"));
        }

        try
        {
            await using var app = await ProtocolwachtApp.StartAsync(o =>
            {
                o.Settings["DataProtection:CertificatePath"] = pfx;
                o.Settings["DataProtection:CertificatePassword"] = "test-wachtwoord";
            });
            using var client = await app.SignInAsync("tom.hendriks");

            var keys = await app.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.Select(k => k.Xml).ToList()));

            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("EncryptedData", xml!, StringComparison.Ordinal));
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml!, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
