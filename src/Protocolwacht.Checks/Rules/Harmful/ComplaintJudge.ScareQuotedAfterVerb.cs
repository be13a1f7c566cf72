namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-ninth pass (school25): a policy word in scare quotes after the verb that puts it on the thing (convention 7,
// doubt). On a personal account, a quote of at most three words starting in lower case (a word, not a title or a name):
// - after a naming verb whose subject or object is "ze", "dat" or "dit" ("Dat noemen ze dan 'inspraak'", "Dit heet
//   'ontzorgen'", "Bij ons heet dat 'professionele ruimte'"): the author holds up what others call it. A pupil's or the
//   class's own name for a thing ("Sara noemt het 'de rekenberg'", "noemen we de toets 'de rekenberg'") has no such
//   subject, and a title ("Ons thema heet 'Op reis door de tijd'") starts with a capital;
// - one word after a modal ("de 'verbinding' moet erin", "We mogen weer 'meedenken'") with the organisation, its leaders,
//   a change of the organisation or "we/ons" in the sentence or the one before;
// - one word after a copula in a sentence naming the organisation or its leaders, or after one that does ("Het plan van
//   de directie is 'maatwerk'").
// - right after "zogenaamde" or "zogeheten" (thirty-first pass, school27: "De zogenaamde 'verbetering' van het rooster
//   betekent …") with the organisation, a change of it, a thing of the school or a measure of the work in the sentence or
//   the one before. "we/ons" alone is not enough there: "in de zogenaamde 'gouden weken' bouwen we aan de groep" names a
//   term of the trade.
// Praise outside the quote takes the word up gladly, as in `ScareQuoted`.
internal static partial class ComplaintJudge
{
    private static readonly ClassMask SenderOrChange = Sender | Language.WordClasses.Default.Mask("organisation-change");
    private static readonly ClassMask Leadership = Language.WordClasses.Default.Mask("leadership");
    private static readonly ClassMask SoCalledOf = SenderOrChange | Language.WordClasses.Default.Mask("school-facility")
        | Language.WordClasses.Default.Mask("work-measure");

    private static (int, int)? ScareQuotedAfterVerb(CheckContext context, List<Sentence> sentences)
    {
        var spans = context.QuoteSpans;
        if (!context.IsPersonal || spans.Count == 0)
        {
            return null;
        }

        var t = context.Tokens;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            for (var k = s.First + 1; k <= s.Last; k++)
            {
                var held = QuoteSpans.Holding(spans, t[k].Start);
                if (held < 0 || QuoteSpans.Holding(spans, t[k - 1].Start) == held || !StartsLower(context, k))
                {
                    continue;
                }

                var words = QuotedWords(context, s, k, held);
                if (words <= 3 && PutOnByVerb(context, sentences, si, k, words) && !PleasedOutsideQuotes(context, s))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // The token's first character in the original text: folding moves positions (an emoji folds to one space, "…" to
    // "..."), so the folded position is mapped back before the original is read.
    private static bool StartsLower(CheckContext context, int k)
    {
        var (o, _) = context.Text.ToOriginal(context.Tokens[k].Start, context.Tokens[k].Start + 1);
        return o < context.Request.Text.Length && char.IsLower(context.Request.Text[o]);
    }

    // How many words the quote opened at `k` holds (up to four: more is a title or a sentence, never a scare quote).
    private static int QuotedWords(CheckContext context, Sentence s, int k, int held)
    {
        var n = 1;
        while (k + n <= s.Last && n < 4 && QuoteSpans.Holding(context.QuoteSpans, context.Tokens[k + n].Start) == held)
        {
            n++;
        }

        return n;
    }

    // The verb up to five words before the quote: a naming verb with "ze/dat/dit" beside it, or (for one quoted word) a
    // modal or a copula with the organisation's side in view.
    private static bool PutOnByVerb(CheckContext context, List<Sentence> sentences, int si, int k, int words)
    {
        var t = context.Tokens;
        var s = sentences[si];
        if (t[k - 1].Key is "zogenaamde" or "zogenaamd" or "zogeheten")
        {
            return ClassInView(context, sentences, si, SoCalledOf);
        }

        for (var j = k - 1; j >= s.First && j >= k - 5; j--)
        {
            if (t[j].Key is "noemen" or "noemt" or "noem" or "noemde" or "noemden" or "genoemd" or "heet" or "heten" or "heette" or "heetten")
            {
                return NamedByThem(context, s, j, k);
            }

            if (words > 1)
            {
                continue;
            }

            if (t[j].Key is "moet" or "moeten" or "mag" or "mogen" or "mocht" or "mochten")
            {
                return OursInView(context, sentences, si, SenderOrChange);
            }

            if ((context.Classes[j] & Words.Copula) != 0 && j >= k - 2)
            {
                return OthersSenderIn(context, s) || (si > 0 && OthersSenderIn(context, sentences[si - 1]));
            }
        }

        return false;
    }

    // "dat noemen ze", "ze noemen het", "dit heet", "heet dat": the unnamed "they" or a pointing word within two words of
    // the verb, before the quote. With "we/wij/ik" beside the verb the name is the author's own ("Dit noemen we 'hakken
    // en plakken'"), not one held up.
    private static bool NamedByThem(CheckContext context, Sentence s, int verb, int quote)
    {
        var t = context.Tokens;
        var them = false;
        for (var i = Math.Max(s.First, verb - 2); i <= verb + 2 && i < quote; i++)
        {
            if (i == verb)
            {
                continue;
            }

            if (t[i].Key is "we" or "wij" or "ik")
            {
                return false;
            }

            them |= t[i].Key is "ze" or "zij" or "men" or "dat" or "dit";
        }

        return them;
    }

    // The organisation or its leaders as others: a leader ("de directie", "onze directie"), or another word of the
    // organisation's side not owned by the author ("het plan", not "het motto van onze school").
    private static bool OthersSenderIn(CheckContext context, Sentence s)
    {
        for (var i = s.First; i <= s.Last; i++)
        {
            if ((context.Classes[i] & Leadership) != 0)
            {
                return true;
            }

            if ((context.Classes[i] & Sender) != 0 && (i == s.First || context.Tokens[i - 1].Key is not ("onze" or "ons" or "mijn")))
            {
                return true;
            }
        }

        return false;
    }

    // The organisation, its leaders or a change of it, or "we/ons", in the sentence or the one before.
    private static bool OursInView(CheckContext context, List<Sentence> sentences, int si, in ClassMask mask)
    {
        var first = si > 0 ? sentences[si - 1].First : sentences[si].First;
        var t = context.Tokens;
        for (var i = first; i <= sentences[si].Last; i++)
        {
            if ((context.Classes[i] & mask) != 0 || t[i].Key is "we" or "wij" or "ons" or "onze")
            {
                return true;
            }
        }

        return false;
    }

    // A word of the class in the sentence or the one before.
    private static bool ClassInView(CheckContext context, List<Sentence> sentences, int si, in ClassMask mask) =>
        sentences[si].Has(context.Classes, mask) || (si > 0 && sentences[si - 1].Has(context.Classes, mask));
}
