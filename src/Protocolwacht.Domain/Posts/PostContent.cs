using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Domain.Posts;

/// <summary>
/// Everything an approval is about: the text, the accounts and the attachments. Two contents with
/// the same <see cref="Fingerprint"/> are the same post as far as the protocol is concerned.
/// </summary>
public sealed record PostContent(string Text, IReadOnlyList<string> AccountIds, IReadOnlyList<PostAttachment> Attachments)
{
    /// <summary>
    /// The longest draft text, in UTF-16 characters: far above every platform's limit (Facebook's 63,206 is
    /// for long pages, not school news), small enough that a check stays fast. Documented in the README.
    /// </summary>
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// The Dutch refusal of a text longer than <see cref="MaxTextLength"/>, as a template: {0} the limit, {1} the text's
    /// length. The web layer fills it in with the numbers written as its reader writes them and says it in the reader's
    /// language (its resources hold this template as a key).
    /// </summary>
    public const string TooLongText = "Een concept mag maximaal {0} tekens hebben; deze tekst heeft er {1}.";

    /// <summary>A SHA-256 over the normalised content, hex; stable across processes and databases.</summary>
    public string Fingerprint
    {
        get
        {
            var builder = new StringBuilder();
            builder.Append(Text.ReplaceLineEndings("\n")).Append('\u001e');
            foreach (var account in AccountIds.Order(StringComparer.Ordinal))
            {
                builder.Append(account).Append('\u001f');
            }

            foreach (var a in Attachments)
            {
                builder.Append('\u001e').Append(a.BlobId).Append('|').Append(a.Kind).Append('|').Append(a.Source)
                    .Append('|').Append(a.Permission).Append('|').Append(a.UnidentifiedPeople).Append('|').Append(a.Logo)
                    .Append('|').Append(string.Join(',', a.DepictedStudentIds.Order(StringComparer.Ordinal)));
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
        }
    }
}
