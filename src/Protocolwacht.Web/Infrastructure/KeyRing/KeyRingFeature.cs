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
/// certificate (<c>DataProtection:CertificatePath</c>): without one the app refuses to start. Outside Development the
/// key folder is encrypted with that certificate too: 0700 keeps other users out, not a copy of the disk or a backup,
/// and the keys are secrets like the tokens they protect. Development (and the tests, which run as Development) keeps
/// plain keys in the folder, so ASP.NET Core's warning that keys are stored unencrypted is expected there.
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

    public const string UnencryptedKeyFolder =
        "Protocolwacht start niet: buiten Development moeten de sleutels van Data Protection versleuteld op schijf staan, maar geen "
        + "certificaat versleutelt ze. Stel " + CertificatePath + " (en " + CertificatePassword + ") in, zie docs/deployment.md. "
        + "/ Protocolwacht does not start: outside Development the Data Protection keys must be encrypted at rest, but no certificate "
        + "protects them. Set " + CertificatePath + " (and " + CertificatePassword + "), see docs/deployment.md.";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <exception cref="InvalidOperationException">
    /// The key ring is shared through the database without a certificate, or kept in the key folder without one outside Development.
    /// </exception>
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
            if (string.IsNullOrWhiteSpace(certificate) && !builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(UnencryptedKeyFolder);
            }

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
