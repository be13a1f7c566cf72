using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Protocolwacht.Connectors;

/// <summary>
/// A stable hash of an account and a post's text, shared by the publisher (which stores it before the
/// platform call) and the connectors (which compute it for the account's recent posts when
/// reconciling). Normalisation removes what platforms change on the way back: HTML entities, link
/// rewriting (t.co, Mastodon's shortened display), whitespace, case, the instance part of
/// Mastodon mentions and Unicode compatibility forms.
/// </summary>
public static partial class PostFingerprint
{
    // The version prefix lets a later normalisation coexist with fingerprints already stored.
    private const string Version = "v1:";

    /// <param name="accountKey">Any stable id of the account (the host's account id); the same value must be passed when reconciling.</param>
    /// <param name="text">The post's text, plain or as the platform returns it.</param>
    public static string Compute(string accountKey, string text)
    {
        ArgumentNullException.ThrowIfNull(accountKey);
        ArgumentNullException.ThrowIfNull(text);
        var payload = Encoding.UTF8.GetBytes(accountKey + "\n" + Normalise(text));
        return Version + Convert.ToHexStringLower(SHA256.HashData(payload));
    }

    public static bool Matches(string accountKey, string fingerprint, string candidateText) =>
        string.Equals(Compute(accountKey, candidateText), fingerprint, StringComparison.Ordinal);

    /// <summary>The normalised form that is hashed; exposed for tests and diagnostics.</summary>
    public static string Normalise(string text)
    {
        var decoded = WebUtility.HtmlDecode(text).Normalize(NormalizationForm.FormKC);
        var withoutUrls = UrlPattern().Replace(decoded, string.Empty);
        var localMentions = RemoteMentionPattern().Replace(withoutUrls, "@$1");
        var builder = new StringBuilder(localMentions.Length);
        foreach (var rune in localMentions.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"@([\p{L}\p{N}_]+)@[\p{L}\p{N}.\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex RemoteMentionPattern();
}
