using System.Text.Json;
using System.Text.Json.Serialization;
using Protocolwacht.Domain.Archive;

namespace Protocolwacht.Cli.Archive;

/// <summary>
/// The form in which a signed tree head leaves the app (<c>archive tree-head</c>) and comes back
/// (<c>archive verify --tree-head</c>): everything an outsider needs to check the signature themselves.
/// The signature is ECDSA P-256 with SHA-256 (IEEE P1363, r||s) over <c>signedData</c>.
/// </summary>
internal sealed record TreeHeadJson(
    [property: JsonPropertyName("treeSize")] long TreeSize,
    [property: JsonPropertyName("rootHash")] string RootHash,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("publicKey")] string PublicKey,
    [property: JsonPropertyName("signature")] string Signature,
    [property: JsonPropertyName("signedData")] string SignedData)
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static TreeHeadJson From(SignedTreeHead head, byte[] publicKey) => new(
        head.TreeSize,
        Convert.ToHexStringLower(head.RootHash),
        head.Timestamp,
        head.KeyId,
        Convert.ToBase64String(publicKey),
        Convert.ToBase64String(head.Signature),
        System.Text.Encoding.ASCII.GetString(SignedTreeHead.SignedData(head.TreeSize, head.Timestamp, head.RootHash)));

    public (SignedTreeHead Head, byte[] PublicKey) ToDomain() =>
        (new SignedTreeHead(TreeSize, Convert.FromHexString(RootHash), Timestamp.ToUniversalTime(), KeyId, Convert.FromBase64String(Signature)),
         Convert.FromBase64String(PublicKey));
}
