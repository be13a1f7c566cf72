namespace Protocolwacht.Checks.Rules.Harmful;

// A claim someone else made, reported and then answered by the author: a sentence that is only a verdict on it, a norm of
// speaking, or a reaction that neither names the group again nor agrees.
internal static partial class CounterSpeech
{
    // "'X zijn een kostenpost': dat las ik vandaag online. Walgelijk.": a claim someone else made, or the author read
    // or heard, followed by a sentence that is nothing but a verdict on it. "Ik zeg het: X zijn … Walgelijk volk." is
    // no report (the author makes the claim) and its second sentence is more than a verdict.
    private static bool Verdict(CheckContext context, List<Sentence> sentences, int si)
    {
        if (si + 1 >= sentences.Count || !Reported(context, sentences[si]))
        {
            return false;
        }

        var next = sentences[si + 1];
        var verdict = false;
        for (var k = next.First; k <= next.Last; k++)
        {
            if ((context.Classes[k] & Words.Disapproval) != 0)
            {
                verdict = true;
            }
            else if (context.Tokens[k].Key is not ("echt" or "zo" or "wat" or "gewoon" or "te" or "ronduit" or "diep"))
            {
                return false;
            }
        }

        return verdict;
    }

    // "'…' hoorde ik op een verjaardag. Ik ben weggelopen. Zo praat je niet over mensen.": a reported claim answered,
    // within the next two sentences, by a norm of speaking ("zo praat je niet", "zoiets zeg je niet", "dat zeg je niet").
    private static bool NormFollows(CheckContext context, List<Sentence> sentences, int si)
    {
        if (!Reported(context, sentences[si]))
        {
            return false;
        }

        for (var j = si + 1; j <= Math.Min(sentences.Count - 1, si + 2); j++)
        {
            var s = sentences[j];
            if (context.Tokens[s.First].Key is not ("zo" or "zoiets" or "dat") || s.Has(context.Classes, Words.Group | Words.Slur))
            {
                continue;
            }

            for (var k = s.First + 1; k <= Math.Min(s.Last, s.First + 2); k++)
            {
                if ((context.Classes[k] & Words.ClaimVerb) != 0 && k + 2 <= s.Last && ((context.Classes[k + 1] & Words.Negation) != 0 || (context.Classes[k + 2] & Words.Negation) != 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A sentence that reports a claim: the author read or heard it, or a third party said it.
    private static bool Reported(CheckContext context, Sentence s, bool namedSpeaker = false)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if (t[k].Key is "las" or "lazen" or "gelezen" or "hoorde" or "hoorden" or "gehoord")
            {
                return true;
            }

            if ((context.Classes[k] & Words.ClaimVerb) == 0)
            {
                continue;
            }

            // The speaker before the verb ("iemand schreef") or right after it ("…', schreef iemand"); with namedSpeaker
            // also a relative or a person ("zei mijn opa", "een man riep").
            for (var j = Math.Max(s.First, k - 3); j <= Math.Min(s.Last, k + 2); j++)
            {
                if (t[j].Key is "iemand" or "mensen" or "men" or "sommigen" or "hij" or "zij"
                    || (namedSpeaker && (context.Classes[j] & (Words.Kin | Words.Person)) != 0 && (context.Classes[j] & Words.Group) == 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Het is schandalig dat mensen zeggen dat …": a word of disapproval, then a verb of claiming, then the claim.
    // "Iemand riep … 'X' tegen een oudere vrouw. Niemand zei iets. Ik wel.", "'…', zei mijn opa vroeger. Gelukkig denken
    // we daar nu anders over.": a claim someone else made, followed by the author's reaction, in which no group is named
    // again and nothing agrees with it ("hij heeft gelijk", "klopt", "inderdaad"). The claim is told, not made.
    private static bool ReactionFollows(CheckContext context, List<Sentence> sentences, int si)
    {
        if (si + 1 >= sentences.Count || !Reported(context, sentences[si], namedSpeaker: true))
        {
            return false;
        }

        for (var j = si + 1; j < sentences.Count; j++)
        {
            if (sentences[j].Has(context.Classes, Words.Group | Words.Slur) || Agrees(context, sentences[j]))
            {
                return false;
            }
        }

        return true;
    }

    // Agreement with what was reported: a word of endorsement (`endorsement`), "(heeft) gelijk", "mee eens".
    private static bool Agrees(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.Endorsement) != 0
                || (k > s.First && ((t[k].Key == "gelijk" && t[k - 1].Key is "heeft" or "had" or "hebben" or "hadden" or "heb" or "groot") || (t[k].Key == "eens" && t[k - 1].Key == "mee"))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReportedClaim(CheckContext context, Sentence s)
    {
        var disapproval = s.Find(context.Classes, Words.Disapproval);
        return disapproval >= 0 && s.Find(context.Classes, Words.ClaimVerb, disapproval + 1) > disapproval;
    }
}
