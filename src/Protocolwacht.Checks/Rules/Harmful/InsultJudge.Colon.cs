namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 49 (lead): the copula left out after a colon or a dash, as captions and headings say it: "De nieuwe directeur van
// het bestuurskantoor: een opgeblazen kalkoen in maatpak", "Onze teamleider – een wandelende slaappil". A person or a
// school role before the colon (in its sentence or, when the colon ends one, the sentence before), and "een" at most
// three words before the insulting noun. "Thema van de week: een slimme vos" names nobody before its colon. Stop 50
// (lead): a question of one short noun phrase answered by the insult stands for the colon too ("Onze nieuwe teamleider?
// Een dom blondje met een rekenmachine"); a question with a verb ("Kent u meester Tom? Een echte …") asks something.
internal static partial class InsultJudge
{
    private static readonly ClassMask ScornAdjective = Language.WordClasses.Default.Mask("scorn-adjective");
    private static readonly ClassMask HavingVerb = Language.WordClasses.Default.Mask("state-verb");
    private static readonly ClassMask Playful = Language.WordClasses.Default.Mask("school-activity") | Language.WordClasses.Default.Mask("celebration") | Words.DressUp;

    // "De directeur: een opgeblazen kalkoen": an animal after an adjective of scorn (harmful.tsv reads it after a copula
    // or "wat een"; here the colon stands for the copula).
    private static int? ScornedAnimalAfterColon(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        return (c[k] & Words.Animal) != 0 && k - 2 >= s.First && (c[k - 1] & ScornAdjective) != 0 && !s.NegatedAt(context, k, 3)
            && !s.Has(c, Words.DressUp | Words.Positive)
            ? ColonApposition(context, s, k)
            : null;
    }

    private static int? ColonApposition(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 3; j--)
        {
            if (t[j].Key != "een")
            {
                continue;
            }

            if (j == 0 || !(ColonOrDashBefore(context, j) || (j == s.First && PhraseAsked(context, j))))
            {
                return null;
            }

            // Review fix (fixchecks3): a caption of a school day ("Onze juf op schoolreis: een echte bangerik in de achtbaan",
            // "Meester Tom: een echte clown op het schoolfeest") plays with the role the person had that day.
            var c = context.Classes;
            if ((context.PostClasses & Playful) != 0)
            {
                return null;
            }

            // The sentence before only when the colon ends it ("een" opens this one); a colon inside this sentence has its
            // person in this sentence.
            var earliest = j == s.First ? t[j].Sentence - 1 : t[j].Sentence;
            for (var m = j - 1; m >= 0 && m >= j - 8 && t[m].Sentence >= earliest; m--)
            {
                if ((c[m] & (Words.SchoolPerson | Words.Person | Words.SportsOfficial)) != 0 || context.PersonStartsAt(m))
                {
                    return NounPhraseBetween(context, m + 1, j - 1) && !Owner(context, m) ? j : null;
                }
            }

            return null;
        }

        return null;
    }

    // "De directeur van het bestuurskantoor:" names the person; "De directeur heeft een nieuwe hond: een dikke labrador"
    // says what the person has or got, and the animal after the colon is the dog: no verb of having or being between the
    // person and the colon.
    private static bool NounPhraseBetween(CheckContext context, int from, int to)
    {
        for (var m = from; m <= to; m++)
        {
            // "het" is a form of "heten" in the copula class, but here the article ("van het bestuurskantoor").
            if ((context.Classes[m] & (Words.Copula | HavingVerb)) != 0 && context.Tokens[m].Key != "het")
            {
                return false;
            }
        }

        return true;
    }

    // "Cadeau van meester Tom voor de klas:": the person after "van" or "voor" (a title or an article between) owns or gets
    // the thing the phrase is about; the person must head it.
    private static bool Owner(CheckContext context, int m)
    {
        var t = context.Tokens;
        for (var p = m - 1; p >= 0 && p >= m - 3 && t[p].Sentence == t[m].Sentence; p--)
        {
            if (t[p].Key is "van" or "voor")
            {
                return true;
            }

            if ((context.Classes[p] & (Words.SchoolPerson | Words.Person)) == 0 && !context.PersonStartsAt(p) && t[p].Key is not ("de" or "het" or "onze" or "ons" or "mijn"))
            {
                return false;
            }
        }

        return false;
    }

    // The sentence before "een" is a question of at most four words that opens with a determiner or a possessive ("Onze
    // nieuwe teamleider?", "Die vader van Milan?") and holds no verb of being or having.
    private static bool PhraseAsked(CheckContext context, int j)
    {
        var t = context.Tokens;
        var gap = context.Text.Folded.AsSpan(t[j - 1].End, t[j].Start - t[j - 1].End);
        if (!gap.Contains('?'))
        {
            return false;
        }

        var first = j - 1;
        while (first > 0 && t[first - 1].Sentence == t[j - 1].Sentence)
        {
            first--;
        }

        return j - first <= 4 && t[first].Key is "de" or "het" or "die" or "deze" or "onze" or "ons" or "mijn" or "jullie" or "zijn" or "haar"
            && NounPhraseBetween(context, first + 1, j - 1);
    }

    private static bool ColonOrDashBefore(CheckContext context, int j)
    {
        var tokens = context.Tokens;
        var gap = context.Text.Folded.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
        return gap.Contains(':') || gap.Contains('–') || gap.Contains('—') || gap.Contains(" - ", StringComparison.Ordinal);
    }
}
