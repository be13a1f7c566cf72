namespace Protocolwacht.Checks.Rules.Harmful;

// Nineteenth pass: the fear of being replaced by a group. A place said to be no longer the majority's in a sentence that
// names the group ("straks is dit geen Nederlandse school meer"), the group as the subject of taking everything or what
// is ours ("X nemen hier alles over", "ze hebben de hele straat overgenomen"), or the group said to rule here soon
// ("straks zijn de X hier de baas"). Without a group ("straks is dit geen saaie school meer", "mijn oma nam alles over")
// nothing is said of people.
internal static partial class GroupHateJudge
{
    private static readonly ClassMask PowerDomain = Language.WordClasses.Default.Mask("power-domain");

    private static bool Replaced(CheckContext context, List<Sentence> sentences, int si, Sentence s, int group) =>
        NoLongerNative(context, s, group) || TakesOver(context, s, group) || RulesHere(context, s, group)
        || (LikeAbroadSoon(context, s) && (s.Has(context.Classes, Words.Group | Words.Slur) || si == 0 || !Friendly(context, sentences[si - 1])));

    // A copula, then "geen", a `native` adjective, a noun and "meer": "is dit geen Hollandse wijk meer".
    private static bool NoLongerNative(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First + 1; k + 3 <= s.Last; k++)
        {
            if (t[k].Key != "geen" || (c[k + 1] & Words.Native) == 0 || t[k + 3].Key != "meer" || k + 1 == group)
            {
                continue;
            }

            for (var j = k - 1; j >= s.First && j >= k - 4 && !context.ClauseBreakBetween(j, k); j--)
            {
                if ((c[j] & Words.Copula) != 0 || t[j].Key is "wordt" or "worden" or "blijft")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The group, then a verb of `takeover` in its clause (joined, or split with its particle ending the clause: "nemen … over"),
    // with "alles", "de hele …" or something of ours ("ons", "onze") taken; negated it is denied.
    private static bool TakesOver(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var taken = -1;
        for (var m = group + 1; m <= s.Last && m <= group + 8 && !context.ClauseBreakBetween(group, m) && taken < 0; m++)
        {
            if ((c[m] & Words.Takeover) != 0 || ((c[m] & Words.Particle) != 0 && (m == s.Last || context.ClauseBreakBetween(m, m + 1)) && SplitBefore(context, group, m)))
            {
                taken = m;
            }
        }

        if (taken < 0 || s.NegatedAt(context, taken, 5))
        {
            return false;
        }

        for (var j = group + 1; j <= Math.Min(s.Last, taken + 3) && !context.ClauseBreakBetween(group, j); j++)
        {
            // Thirty-eighth pass (hate34): an institution a conspiracy says the group holds ("X hebben de gemeenteraad overgenomen"),
            // unless the claim is dismissed as a story ("dat verhaaltje dat X de overheid overnemen is een hoax").
            if (t[j].Key is "alles" or "allemaal" or "hele" or "heel" || (j > group + 1 && Ours(t[j].Key) && t[j].Key is not ("deze" or "dit"))
                || ((c[j] & PowerDomain) != 0 && !StoryDismissed(context, s)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SplitBefore(CheckContext context, int group, int particle)
    {
        for (var v = group + 1; v < particle; v++)
        {
            if (SplitVerb.Joins(context.Tokens[particle], context.Tokens[v], Words.Takeover))
            {
                return true;
            }
        }

        return false;
    }

    // "straks zijn de X hier de baas", "binnenkort hebben X het hier voor het zeggen": rule over us ("hier", "ons"), soon;
    // "binnenkort zijn de vrouwen de baas in het bestuur" names no place of ours.
    private static bool RulesHere(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var soon = false;
        var rule = false;
        var here = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            soon |= t[j].Key is "straks" or "binnenkort" || (t[j].Key == "nog" && j < s.Last && t[j + 1].Key == "even");
            rule |= j > group && j + 1 <= s.Last && ((t[j].Key == "de" && t[j + 1].Key == "baas") || (t[j].Key == "het" && t[j + 1].Key == "zeggen"));
            here |= t[j].Key is "hier" or "ons" or "onze";
        }

        return soon && rule && here;
    }

    // Stop 48 (lead): our place said to become like a foreign country soon ("binnenkort is het hier net Syrië", "straks lijkt
    // Nederland wel Afghanistan"), in a sentence about the group or right after one (the caller carries the group on).
    // Without "soon" it is a comparison of today ("het is hier net Italië, zo warm"); approval or a positive word
    // ("heerlijk", "lekker") makes it a wish, not a fear.
    private static bool LikeAbroadSoon(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var soon = false;
        var here = false;
        var like = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            soon |= t[j].Key is "straks" or "binnenkort";
            here |= t[j].Key == "hier" || (c[j] & Words.Homeland) != 0;
            if (t[j].Key is "net" or "wel" or "zoals")
            {
                // "net Syrië", "zoals in Afghanistan", "net als in Marokko".
                var place = j + 1;
                while (place < s.Last && place <= j + 2 && t[place].Key is "als" or "in")
                {
                    place++;
                }

                like |= place <= s.Last && t[place].Has(Normalisation.TokenFlags.Capitalised) && (c[place] & Words.Homeland) == 0;
            }
        }

        return soon && here && like && !s.Has(c, Words.Approval | Words.Gratitude | Words.Positive);
    }

    // A sentence about the group that is kind to it: praise or thanks ("Onze Syrische buren koken zo lekker"), or the group
    // as the author's own people ("Onze Turkse ouders verrasten het team met baklava"). A "soon like abroad" after it is a
    // joke about the treat, not a fear; the group carried over from it is no target.
    private static bool Friendly(CheckContext context, Sentence before)
    {
        var c = context.Classes;
        if (before.Has(c, Words.Approval | Words.Gratitude | Words.Positive))
        {
            return true;
        }

        for (var j = before.First + 1; j <= before.Last; j++)
        {
            if ((c[j] & Words.Group) != 0 && context.Tokens[j - 1].Key is "onze" or "ons" or "mijn")
            {
                return true;
            }
        }

        return false;
    }

    // A dismissal ("hoax", "complottheorie", "onzin": `claim-dismissal`), a condemnation, or the claim called a story. The story
    // words stay here: as dismissals they would cancel the rumour lines of `confidential.tsv` ("het verhaal gaat rond dat …").
    private static bool StoryDismissed(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Condemnation | Words.ClaimDismissal)) != 0
                || context.Tokens[k].Key is "verhaal" or "verhaaltje" or "praatje")
            {
                return true;
            }
        }

        return false;
    }
}
