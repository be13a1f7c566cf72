using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Protocolwacht.Persistence.Organisation.Pupils;

/// <summary>How a pupil import compares names and groups, and the ids it gives new pupils and parents.</summary>
internal static class PupilNames
{
    /// <summary>"Groep 7" and "7" are one group; the school systems write either.</summary>
    public static string? Group(string? group)
    {
        if (string.IsNullOrWhiteSpace(group))
        {
            return null;
        }

        var trimmed = group.Trim();
        return trimmed.StartsWith("groep ", StringComparison.OrdinalIgnoreCase) ? trimmed[6..].Trim() : trimmed;
    }

    /// <summary>Case, accents and spacing do not make another person ("Zoë van Leeuwen" = "zoe  van leeuwen").</summary>
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>
    /// A new parent's id: from the name and the e-mail address the export gives, so brothers and sisters in one
    /// export share their parent. The address is not stored; the id is a hash and cannot be turned back into it.
    /// </summary>
    public static string ParentId(string name, string? email)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(Key(name) + "\n" + (email ?? string.Empty).Trim().ToLowerInvariant()));
        return "ou-" + Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    public static string StudentId(string pupilNumber) => "ll-" + pupilNumber.Trim();
}
