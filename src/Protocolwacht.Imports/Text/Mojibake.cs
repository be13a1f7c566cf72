using System.Text;
using System.Text.Unicode;

namespace Protocolwacht.Imports.Text;

/// <summary>
/// Repairs the text of Facebook's and Instagram's "Download your information" exports, which write
/// every UTF-8 byte as its own <c>\u00XX</c> escape: "café" arrives as "cafÃ©" and an emoji as four
/// Latin-1 characters. A string is repaired only when all its characters fit in one byte and those
/// bytes are valid UTF-8, so text that was exported correctly is left as it is.
/// </summary>
public static class Mojibake
{
    public static string Repair(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var needsRepair = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text;
            }

            needsRepair |= c >= '\u0080';
        }

        if (!needsRepair)
        {
            return text;
        }

        var bytes = Encoding.Latin1.GetBytes(text);
        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : text;
    }
}
