using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// A separable verb of harm split over a main clause: "die knopen we op", "we maken ze allemaal af",
/// "schiet ze maar neer", "hangen we op aan …". The verb's form and the particle at the end of its clause
/// (or before a preposition) are joined and looked
/// up as one word; only pronouns, quantifiers and intention words may stand between them, so "we maken
/// het project af" (a thing in between) is not read as "afmaken".
/// </summary>
internal static class SplitVerb
{
    private const int MaxGap = 4;

    /// <summary>True when token <paramref name="k"/> is a verb whose particle later in the clause makes a verb of harm.</summary>
    public static bool IsHarm(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var tokens = context.Tokens;
        if ((c[k] & Words.Particle) != 0 || tokens[k].Key.Length < 3)
        {
            return false;
        }

        for (var p = k + 1; p <= Math.Min(s.Last, k + MaxGap + 1); p++)
        {
            if (context.ClauseBreakBetween(k, p))
            {
                return false;
            }

            if ((c[p] & Words.Particle) != 0 && (p == s.Last || context.ClauseBreakBetween(p, p + 1) || (c[p + 1] & Words.Particle) != 0 || ClauseOpens(tokens[p + 1].Key)))
            {
                return Joined(tokens[p], tokens[k], Words.HarmVerb);
            }

            // Thirty-fourth pass (hate30): "ik steek die Roma neer": a group or slur between is the one harmed, no thing.
            if ((c[p] & (Words.FirstPerson | Words.SecondPerson | Words.ThirdPerson | Words.Quantifier | Words.Intention | Words.Group | Words.Slur)) == 0
                && tokens[p].Key is not ("maar" or "eens" or "even"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The particle that ends the clause of the verb at <paramref name="k"/> and joined to it makes a word of
    /// <paramref name="mask"/>, with any words between ("het bestuur schaft de vrije middag af", "Konot legt alle scholen
    /// een methode op"), or null. Unlike <see cref="IsHarm"/> an object may stand between: a decision has one.
    /// </summary>
    public static int? Particle(CheckContext context, Sentence s, int k, ClassMask mask)
    {
        var c = context.Classes;
        var tokens = context.Tokens;
        if ((c[k] & Words.Particle) != 0 || tokens[k].Key.Length < 3 || !tokens[k].Has(TokenFlags.Letters))
        {
            return null;
        }

        var scanned = 0;
        for (var p = k + 1; p <= Math.Min(s.Last, k + 12); p++)
        {
            if (context.ClauseBreakWalked(k, p, ref scanned))
            {
                return null;
            }

            if ((c[p] & Words.Particle) != 0 && (p == s.Last || context.ClauseBreakBetween(p, p + 1) || ClauseOpens(tokens[p + 1].Key)))
            {
                return Joined(tokens[p], tokens[k], mask) ? p : null;
            }
        }

        return null;
    }

    // "ik steek je neer als ik je zie": a conjunction after the particle opens the next clause.
    private static bool ClauseOpens(string key) => key is "als" or "wanneer" or "zodra" or "omdat" or "want" or "en" or "maar" or "dan" or "tot" or "voordat";

    /// <summary>
    /// True when token <paramref name="k"/> is the verb of a split infinitive ("om mensen op te lichten", "om in te
    /// breken") whose particle and verb together are a word of <paramref name="mask"/>.
    /// </summary>
    public static bool IsSplitInfinitive(CheckContext context, Sentence s, int k, ClassMask mask)
    {
        var tokens = context.Tokens;
        return k - 2 >= s.First && tokens[k - 1].Key == "te" && (context.Classes[k - 2] & Words.Particle) != 0 && Joined(tokens[k - 2], tokens[k], mask);
    }

    /// <summary>True when the particle and the verb, joined, are a word of <paramref name="mask"/> ("in" + "gooi" → "ingooi").</summary>
    public static bool Joins(in Token particle, in Token verb, ClassMask mask) => Joined(particle, verb, mask);

    // Each part is read as written and as its other reading (a typo mended: "ik maak je kappot").
    private static bool Joined(in Token particle, in Token verb, ClassMask mask) =>
        Joined(particle.Key, verb.Key, mask)
        || (particle.AltKey is { } p && Joined(p, verb.Key, mask))
        || (verb.AltKey is { } v && (Joined(particle.Key, v, mask) || (particle.AltKey is { } p2 && Joined(p2, v, mask))));

    /// <summary>
    /// <see cref="Joins"/>, or the two as written joined into an infinitive ("dicht" + "spijker" + "en" → "dichtspijkeren"):
    /// a class lists the infinitive of a separable verb, not always the imperative's stem.
    /// </summary>
    public static bool JoinsAsInfinitive(in Token particle, in Token verb, ClassMask mask) =>
        Joined(particle, verb, mask) || Joined(particle.Key, verb.Key, "en", mask) || Joined(particle.Key, verb.Key, "n", mask);

    private static bool Joined(string particle, string verb, ClassMask mask) => Joined(particle, verb, "", mask);

    private static bool Joined(string particle, string verb, string ending, ClassMask mask)
    {
        Span<char> buffer = stackalloc char[particle.Length + verb.Length + ending.Length];
        particle.AsSpan().CopyTo(buffer);
        verb.AsSpan().CopyTo(buffer[particle.Length..]);
        ending.AsSpan().CopyTo(buffer[(particle.Length + verb.Length)..]);
        return (WordClasses.Default.Of(buffer) & mask) != 0;
    }
}
