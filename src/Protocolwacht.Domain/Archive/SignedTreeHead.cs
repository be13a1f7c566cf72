using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Domain.Archive;

/// <summary>
/// A statement, signed with the archive's ECDSA P-256 key, that the first <see cref="TreeSize"/> records
/// have Merkle root <see cref="RootHash"/> at <see cref="Timestamp"/> (UTC, whole milliseconds). Someone
/// outside Konot who keeps one can later demand a consistency proof from it to any newer head: a record
/// changed or removed after the head was issued can then no longer be hidden.
/// </summary>
public sealed record SignedTreeHead(long TreeSize, byte[] RootHash, DateTimeOffset Timestamp, string KeyId, byte[] Signature)
{
    /// <summary>The exact bytes that are signed: a fixed label, the size, the time in Unix ms and the root in hex, one per line.</summary>
    public static byte[] SignedData(long treeSize, DateTimeOffset timestamp, byte[] rootHash) =>
        Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"protocolwacht-tree-head-v1\n{treeSize}\n{timestamp.ToUnixTimeMilliseconds()}\n{Convert.ToHexStringLower(rootHash)}\n"));

    public static SignedTreeHead Sign(long treeSize, byte[] rootHash, DateTimeOffset timestamp, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = ArchiveRecord.Timestamp(timestamp);
        var signature = key.SignData(SignedData(treeSize, at, rootHash), HashAlgorithmName.SHA256);
        return new SignedTreeHead(treeSize, rootHash, at, KeyIdOf(key.ExportSubjectPublicKeyInfo()), signature);
    }

    /// <summary>True when <paramref name="publicKey"/> (SubjectPublicKeyInfo) made the signature over this head's size, time and root.</summary>
    public bool IsSignedBy(byte[] publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (KeyIdOf(publicKey) != KeyId)
        {
            return false;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
            return key.VerifyData(SignedData(TreeSize, Timestamp, RootHash), Signature, HashAlgorithmName.SHA256);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>The first 16 bytes of SHA-256 over the public key, hex: names the key without trusting the store.</summary>
    public static string KeyIdOf(byte[] publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey).AsSpan(0, 16));
}
