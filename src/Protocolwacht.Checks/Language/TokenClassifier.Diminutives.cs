namespace Protocolwacht.Checks.Language;

// Twenty-ninth pass (hate25): the diminutive of a group noun (since hate26 also of a slur) is scorn ("die moslimpjes", "transjes", "joodjes",
// "homootjes", "Marokkaantjes"): it makes adults of a group small, so it is read as a slur as well as the group. A
// diminutive of a group's sign or house is a thing ("hoofddoekje", "moskeetje"), and a few group words have a diminutive
// of their own meaning (`plain-diminutive`: "vrouwtje", "een chineesje").
internal sealed partial class TokenClassifier
{
    // "jes" and "je" after the stem, with the "t", "p" or "k" of "-tje", "-pje", "-kje" or the "et" of "-etje" before them.
    private static bool EndsInDiminutive(string key) =>
        key.Length >= 5 && (key.EndsWith("je", StringComparison.Ordinal) || key.EndsWith("jes", StringComparison.Ordinal));

    /// <summary>The group's and the slur's classes when the word is a diminutive of a group noun, the slur's when of a slur, else none.</summary>
    private ClassMask ScornfulDiminutive(string key)
    {
        if (!EndsInDiminutive(key))
        {
            return 0;
        }

        var stem = key.AsSpan(0, key.Length - (key[^1] == 's' ? 3 : 2));
        if (Scorned(stem) is var scorned && scorned != 0)
        {
            return scorned;
        }

        if (stem.Length > 3 && stem[^1] is 't' or 'p' or 'k' && Scorned(stem[..^1]) is var shorter && shorter != 0)
        {
            return shorter;
        }

        // "-etje" after a doubled consonant: "mannetje" from "man".
        return stem.Length > 5 && stem.EndsWith("et") && stem[^3] == stem[^4] ? Scorned(stem[..^3]) : 0;
    }

    // A group noun or slur as written, or with the long vowel a diminutive writes twice ("homootje" from "homo"): the
    // group's and the slur's classes for a group noun, the slur's for a slur; none for anything else.
    private ClassMask Scorned(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3)
        {
            return 0;
        }

        var mask = _classes.Of(stem);
        if (mask == 0 && stem[^1] == stem[^2] && Vowels.Contains(stem[^1]))
        {
            mask = _classes.Of(stem[..^1]);
        }

        if ((mask & _notScorned) != 0)
        {
            return 0;
        }

        // Thirtieth pass (hate26): a slur's diminutive is as much scorn as a group noun's ("lesbotjes", "negertjes").
        return (mask & _group) != 0 ? _group | _slur : mask & _slur;
    }
}
