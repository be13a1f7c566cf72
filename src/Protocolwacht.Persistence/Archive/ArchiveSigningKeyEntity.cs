namespace Protocolwacht.Persistence.Archive;

/// <summary>
/// A tree-head signing key: the public half in the clear (anyone may verify), the private half
/// (PKCS#8) encrypted with ASP.NET Core Data Protection like the platform tokens. Append-only.
/// </summary>
public class ArchiveSigningKeyEntity
{
    public string KeyId { get; set; } = string.Empty;
    public byte[] PublicKey { get; set; } = [];
    public string ProtectedPrivateKey { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
}
