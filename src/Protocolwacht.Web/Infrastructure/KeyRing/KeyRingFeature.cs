using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Protocolwacht.Persistence;
using Protocolwacht.Persistence.Database;

namespace Protocolwacht.Web.Infrastructure.KeyRing;

/// <summary>
/// Where the ASP.NET Core Data Protection keys live. They encrypt sign-in cookies and the platform tokens in
/// the database, so by default they are kept out of that database: in <c>&lt;data directory&gt;/keys</c>,
/// a folder only the app's own user may open (0700). Several instances that share PostgreSQL share the key
/// ring through the database instead (<c>DataProtection:KeysInDatabase</c>), and then only encrypted with a
/// certificate (<c>DataProtection:CertificatePath</c>): without one the app refuses to start.
/// </summary>
public static class KeyRingFeature
{
    public const string KeysInDatabase = "DataProtection:KeysInDatabase";
    public const string CertificatePath = "DataProtection:CertificatePath";
    public const string CertificatePassword = "DataProtection:CertificatePassword";

    public const string MissingCertificate =
        "Protocolwacht start niet: " + KeysInDatabase + " staat aan (instanties delen de sleutels via de database), maar geen certificaat "
        + "versleutelt die sleutels. Stel " + CertificatePath + " (en " + CertificatePassword + ") in, zie README. "
        + "/ Protocolwacht does not start: " + KeysInDatabase + " is on (instances share the keys through the database) but no certificate "
        + "protects them. Set " + CertificatePath + " (and " + CertificatePassword + "), see README.";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <exception cref="InvalidOperationException">The key ring is shared through the database without a certificate.</exception>
    public static WebApplicationBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var protection = builder.Services.AddDataProtection().SetApplicationName("Protocolwacht");
        var certificate = configuration[CertificatePath];
        if (configuration.GetValue<bool>(KeysInDatabase))
        {
            if (string.IsNullOrWhiteSpace(certificate))
            {
                throw new InvalidOperationException(MissingCertificate);
            }

            protection.PersistKeysToDbContext<ProtocolwachtDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(KeyFolder(configuration, builder.Environment.ContentRootPath)));
        }

        if (!string.IsNullOrWhiteSpace(certificate))
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, configuration[CertificatePassword]));
        }

        return builder;
    }

    /// <summary>The key folder in the data directory, created (or tightened) to owner-only.</summary>
    public static string KeyFolder(IConfiguration configuration, string contentRootPath)
    {
        var folder = Path.Combine(DatabaseSettings.DataDirectoryFrom(configuration, contentRootPath), "keys");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly);
            File.SetUnixFileMode(folder, OwnerOnly);
        }

        return folder;
    }
}
