namespace Protocolwacht.Checks.Rules.Harmful;

// A decision taken without the team, told without "zonder" (twenty-fourth pass): nobody asked us ("Niemand heeft ons iets
// gevraagd over het nieuwe rapport", "er is ons als team niets gevraagd"), or the organisation's decision told by a
// separable verb split over its clause ("het bestuur schaft de vrije middag af", "Konot voert een nieuw rapport in",
// "legt alle scholen een methode op") with the team left out ("zonder dat één directeur is gehoord", "het team hoort het
// uit de nieuwsbrief"). Imposing ("legt … op") is unilateral by itself. A government's decision is national policy.
internal static partial class ComplaintJudge
{
    // The masks are read here, not from another file's fields (SchoolJudgeMaskTests).
    private static readonly ClassMask AskingWord = Language.WordClasses.Default.Mask("consultation");
    private static readonly ClassMask Imposing = Language.WordClasses.Default.Mask("imposition");
    private static readonly ClassMask Deciding = Language.WordClasses.Default.Mask("decision-verb") | Language.WordClasses.Default.Mask("organisation-change");
    private static readonly ClassMask Published = Language.WordClasses.Default.Mask("publication");
    private static readonly ClassMask Satisfied = Words.Positive | Language.WordClasses.Default.Mask("gratitude");
    private static readonly ClassMask Concession = Language.WordClasses.Default.Mask("concession");
    private static readonly ClassMask Thanks = Language.WordClasses.Default.Mask("thanks") | Language.WordClasses.Default.Mask("gratitude");

    private static (int, int)? NotAsked(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (s.Has(c, Words.NationalGovernment | Satisfied))
            {
                continue;
            }

            if (ConcededWithThanks(context, sentences, s.First))
            {
                continue;
            }

            // The split verb's look-ahead is asked only in a sentence that names the organisation.
            var organisation = s.Has(c, Words.OrganisationTarget);
            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & AskingWord) != 0 && NoOneAskedUs(context, s, k))
                {
                    return (s.First, s.Last);
                }

                if (organisation && SplitVerb.Particle(context, s, k, Imposing | Deciding) is { } particle && DecidedAlone(context, s, k, particle))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether what the sentence holding token <paramref name="at"/> says is followed by a concession in that sentence and
    /// thanks in it or the next (twenty-fifth pass): "Niemand heeft ons iets gevraagd, toch hebben twintig ouders het plein
    /// opgeknapt. Hartelijk dank!" tells that help nobody asked for came, not that the team was passed over.
    /// </summary>
    public static bool ConcededWithThanks(CheckContext context, List<Sentence> sentences, int at)
    {
        var si = Sentence.IndexOf(sentences, at);
        if (si < 0)
        {
            return false;
        }

        var s = sentences[si];
        var c = context.Classes;
        if (s.Find(c, Concession, at + 1) < 0)
        {
            return false;
        }

        return s.Has(c, Thanks) || (si + 1 < sentences.Count && sentences[si + 1].Has(c, Thanks));
    }

    // A word of asking with a negation up to five words before it in its clause and "ons" or a school role between:
    // "niemand heeft ons iets gevraagd", "ons is niets gevraagd", "de leerkrachten zijn niet gehoord".
    private static bool NoOneAskedUs(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (k == s.First && HeardWeNot(context, s, k))
        {
            return true;
        }

        for (var n = k - 1; n >= Math.Max(s.First, k - 5); n--)
        {
            if ((c[n] & Words.Negation) == 0 || context.ClauseBreakBetween(n, k))
            {
                continue;
            }

            for (var j = Math.Max(s.First, n - 4); j < k; j++)
            {
                if (t[j].Key == "ons" || (c[j] & Words.SchoolPerson) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The participle put first, the negation after (twenty-sixth pass): "Gehoord worden we niet.", "Gevraagd is ons niets.",
    // "Betrokken werden de leerkrachten niet": "we", "ons" or a school role between it and a negation at most four words on.
    private static bool HeardWeNot(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var us = false;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 4); j++)
        {
            if ((c[j] & Words.Negation) != 0)
            {
                return us && !context.ClauseBreakBetween(k, j);
            }

            us |= t[j].Key is "ons" or "we" or "wij" || (c[j] & Words.SchoolPerson) != 0;
        }

        return false;
    }

    // The organisation (named in the sentence) deciding by the split verb at k: imposing, or deciding with the team left out (not asked, over
    // its head, or learning it afterwards or from a publication).
    private static bool DecidedAlone(CheckContext context, Sentence s, int k, int particle)
    {
        if (SplitVerb.Joins(context.Tokens[particle], context.Tokens[k], Imposing))
        {
            return true;
        }

        for (var j = s.First; j <= s.Last; j++)
        {
            if (OverTheHeads(context, s, j) || Eenzijdig(context, j) || (WithoutAsking(context, s, j) && !s.NegatedAt(context, j, 3)) || LearntAfterwards(context, s, j))
            {
                return true;
            }
        }

        return false;
    }

    // "het team hoort het uit de nieuwsbrief", "wij horen het achteraf": told after the decision, not asked before it.
    private static bool LearntAfterwards(CheckContext context, Sentence s, int k)
    {
        if ((context.Classes[k] & AskingWord) == 0)
        {
            return false;
        }

        for (var j = k + 1; j <= Math.Min(s.Last, k + 5); j++)
        {
            if (context.Tokens[j].Key == "achteraf" || (context.Classes[j] & Published) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
