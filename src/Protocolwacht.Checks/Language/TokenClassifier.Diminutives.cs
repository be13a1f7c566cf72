namespace Protocolwacht.Checks.Language;

// Twenty-ninth pass (hate25): the diminutive of a group noun is scorn ("die moslimpjes", "transjes", "joodjes",
// "homootjes", "Marokkaantjes"): it makes adults of a group small, so it is read as a slur as well as the group. A
// diminutive of a group's sign or house is a thing ("hoofddoekje", "moskeetje"), and a few group words have a diminutive
// of their own meaning (`plain-diminutive`: "vrouwtje", "een chineesje").
internal sealed partial class TokenClassifier
{
    // "jes" and "je" after the stem, with the "t", "p" or "k" of "-tje", "-pje", "-kje" or the "et" of "-etje" before them.
    private static bool EndsInDiminutive(string key) =>
        key.Length >= 5 && (key.EndsWith("je", StringComparison.Ordinal) || key.EndsWith("jes", StringComparison.Ordinal));

    /// <summary>The group's and the slur's classes when the word is a diminutive of a group noun, else none.</summary>
    private ClassMask ScornfulDiminutive(string key)
    {
        if (!EndsInDiminutive(key))
        {
            return 0;
        }

        var stem = key.AsSpan(0, key.Length - (key[^1] == 's' ? 3 : 2));
        if (Scorned(stem))
        {
            return _group | _slur;
        }

        if (stem.Length > 3 && stem[^1] is 't' or 'p' or 'k' && Scorned(stem[..^1]))
        {
            return _group | _slur;
        }

        // "-etje" after a doubled consonant: "mannetje" from "man".
        return stem.Length > 5 && stem.EndsWith("et") && stem[^3] == stem[^4] && Scorned(stem[..^3]) ? _group | _slur : 0;
    }

    // A group noun as written, or with the long vowel a diminutive writes twice ("homootje" from "homo").
    private bool Scorned(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        var mask = _classes.Of(stem);
        if (mask == 0 && stem[^1] == stem[^2] && Vowels.Contains(stem[^1]))
        {
            mask = _classes.Of(stem[..^1]);
        }

        return (mask & _group) != 0 && (mask & _notScorned) == 0;
    }
}
