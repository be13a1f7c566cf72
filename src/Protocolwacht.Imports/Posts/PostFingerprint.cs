using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Imports.Posts;

/// <summary>
/// A stable id for a post whose export has none (Facebook, Instagram, a CSV without URLs): the same
/// post in a re-downloaded export gets the same id, so a re-import adds nothing.
/// </summary>
internal static class PostFingerprint
{
    public static string Of(string prefix, params string?[] parts)
    {
        var joined = string.Join('\u001F', parts.Select(p => p ?? string.Empty));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return $"{prefix}-{Convert.ToHexStringLower(hash.AsSpan(0, 12))}";
    }
}
