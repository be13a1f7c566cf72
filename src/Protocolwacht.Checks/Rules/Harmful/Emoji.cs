namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>Emoji the judges read as a tone (weary, ironic, menacing): each set is a list of code points.</summary>
internal static class Emoji
{
    /// <summary>True when the text holds one of <paramref name="set"/> (emoji outside the BMP, as a surrogate pair).</summary>
    public static bool AnyOf(string text, int[] set)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && Array.IndexOf(set, char.ConvertToUtf32(text[i], text[i + 1])) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds any emoji: a pictograph outside the BMP, or a symbol of U+2600–U+27BF (☕, ⚽, ✨).</summary>
    public static bool Any(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsHighSurrogate(ch) || ch is >= '\u2600' and <= '\u27BF')
            {
                return true;
            }
        }

        return false;
    }
}
