namespace Protocolwacht.Morphology;

/// <summary>
/// Candidate inflections of a Dutch lemma by spelling rules (plural, diminutive, adjective, comparative
/// and superlative, verb forms). Over-generation is intended: the dictionary's stemmer keeps only real forms.
/// </summary>
internal static class DutchCandidates
{
    private static readonly string[] NominalSuffixes =
        ["s", "en", "n", "e", "er", "ere", "ers", "st", "ste", "sten", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes", "kje", "kjes", "ën", "s'"];

    public static IEnumerable<string> For(string lemma)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in NominalStems(lemma))
        {
            foreach (var suffix in NominalSuffixes)
            {
                result.Add(stem + suffix);
            }
        }

        foreach (var verb in VerbStems(lemma))
        {
            foreach (var form in VerbForms(lemma, verb))
            {
                result.Add(form);
            }
        }

        return result;
    }

    // idioot → idiot(en), lul → lull(en), wijf → wijv(en), vis → viss(en), roos → roz(en).
    private static IEnumerable<string> NominalStems(string w)
    {
        yield return w;
        if (w.Length < 3)
        {
            yield break;
        }

        var last = w[^1];
        if (IsVowel(last))
        {
            yield break;
        }

        if (IsVowel(w[^2]) && w[^2] == w[^3])
        {
            yield return Voice(w[..^2] + last);
        }

        if (IsVowel(w[^2]) && !IsVowel(w[^3]) && last is not ('w' or 'j'))
        {
            yield return w + last;
        }

        yield return Voice(w);
    }

    /// <summary>
    /// The plural with the final consonant doubled (slet → sletten), for a lemma ending in one vowel letter between
    /// consonants, where that vowel is short when the syllable is stressed; null for any other (boot, maan, idee).
    /// </summary>
    public static string? DoubledPlural(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'j' or 'x') && IsVowel(w[^2]) && !IsVowel(w[^3])
            ? w + w[^1] + "en"
            : null;

    /// <summary>
    /// The plain plural of a lemma like <see cref="DoubledPlural"/> ending in f or s, written as a lengthened vowel
    /// wants it before them (graf → graven, glas → glazen); null for any other.
    /// </summary>
    public static string? VoicedPlural(string w) =>
        DoubledPlural(w) is not null && w[^1] is 'f' or 's' ? Voice(w) + "en" : null;

    /// <summary>The stem of a verb (maken → maak, slaan → sla, zeggen → zeg), or nothing for a non-verb.</summary>
    public static IEnumerable<string> VerbStems(string w)
    {
        // slaan → sla (slaat), doen → doe (doet), gaan → ga (gaat).
        if (w.EndsWith("aan", StringComparison.Ordinal) || w.EndsWith("oen", StringComparison.Ordinal))
        {
            yield return w[..^1];
            yield return w[..^2];
        }

        if (!w.EndsWith("en", StringComparison.Ordinal) || w.Length < 4)
        {
            yield break;
        }

        var s = w[..^2];
        if (s.Length >= 2 && s[^1] == s[^2] && !IsVowel(s[^1]))
        {
            yield return s[..^1];
        }
        else if (s.Length >= 2 && !IsVowel(s[^1]) && IsVowel(s[^2]) && (s.Length < 3 || !IsVowel(s[^3])))
        {
            yield return Devoice(s[..^1] + s[^2] + s[^1]);
            yield return Devoice(s);
        }
        else
        {
            yield return Devoice(s);
        }
    }

    private static IEnumerable<string> VerbForms(string infinitive, string stem)
    {
        yield return stem;
        yield return stem + "t";
        foreach (var past in new[] { "te", "ten", "de", "den" })
        {
            yield return stem + past;
        }

        yield return infinitive + "d";
        yield return infinitive + "de";
        foreach (var prefix in Prefixes(infinitive))
        {
            var rest = infinitive[prefix.Length..];
            var restStems = VerbStems(rest).ToList();
            foreach (var rs in restStems)
            {
                yield return prefix + "ge" + rs + "t";
                yield return prefix + "ge" + rs + "d";
                yield return prefix + "ge" + rest;
            }
        }

        yield return "ge" + stem + "t";
        yield return "ge" + stem + "d";
        yield return "ge" + infinitive;
        yield return stem + "te";
        yield return stem + "de";
        yield return stem + "ende";
    }

    private static IEnumerable<string> Prefixes(string verb)
    {
        foreach (var p in new[] { "af", "op", "neer", "in", "uit", "dood", "plat", "weg", "terug", "aan", "mee", "door", "over", "om", "buiten" })
        {
            if (verb.StartsWith(p, StringComparison.Ordinal) && verb.Length > p.Length + 3)
            {
                yield return p;
            }
        }
    }

    private static string Voice(string stem) => stem[^1] switch
    {
        'f' => stem[..^1] + "v",
        's' => stem[..^1] + "z",
        _ => stem,
    };

    private static string Devoice(string stem) => stem.Length == 0 ? stem : stem[^1] switch
    {
        'v' => stem[..^1] + "f",
        'z' => stem[..^1] + "s",
        _ => stem,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
