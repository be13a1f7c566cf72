using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Protocolwacht.TestSupport;

/// <summary>A self-signed certificate in a PFX file, for the Data Protection key ring; deleted on dispose.</summary>
public sealed class TestCertificate : IDisposable
{
    public const string Password = "test-wachtwoord";

    private TestCertificate(string path) => Path = path;

    public string Path { get; }

    public static TestCertificate Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pw-{Guid.NewGuid():N}.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Protocolwacht test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return new TestCertificate(path);
    }

    /// <summary>The settings for a key ring shared through the database and protected with this certificate.</summary>
    public void SharedKeyRing(Dictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["DataProtection:KeysInDatabase"] = "true";
        settings["DataProtection:CertificatePath"] = Path;
        settings["DataProtection:CertificatePassword"] = Password;
    }

    /// <summary>
    /// The settings for the key folder protected with this certificate, as every environment but Development needs
    /// (a Production test's app refuses to start without them).
    /// </summary>
    public void ProtectedKeyFolder(Dictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["DataProtection:CertificatePath"] = Path;
        settings["DataProtection:CertificatePassword"] = Password;
    }

    public void Dispose() => File.Delete(Path);
}
