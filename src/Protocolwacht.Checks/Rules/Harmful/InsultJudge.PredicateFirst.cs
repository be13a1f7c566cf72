namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-first pass: the predicate first, after a colon, a dash or a question. "Die nieuwe buren uit Syrië: parasieten
// zijn het", "Asielzoekers – ratten zijn het allemaal", "De ouders van mijn klas? Bloedzuigers zijn het." Read: a word
// that insults (dehumanising, an insult noun, one that insults in context, a predator) opens its clause and is followed by
// "zijn het" / "is het"; the people it is said of stand before it in the sentence (a person or group word, a name, or
// "die/deze" pointing at them; or in the sentence before, when it opens the sentence), and no animal is named there ("twee nieuwe huisdieren: ratten zijn het" are pets).
// Twenty-second pass: after a question word only people named after it count (an answer to "wat zijn die …?").
internal static partial class InsultJudge
{
    private static int? PredicateFirst(CheckContext context, List<Sentence> sentences, int si, int k)
    {
        var s = sentences[si];
        var c = context.Classes;
        var t = context.Tokens;
        if ((c[k] & (Words.Insulting | Words.InsultInContext | Words.Predator)) == 0 || k + 2 > s.Last || t[k + 1].Key is not ("zijn" or "is") || t[k + 2].Key != "het"
            || context.IsMention(k) || Quoted(context, k))
        {
            return null;
        }

        if (k > s.First && (context.ClauseBreakBetween(k - 1, k) || DashBetween(context, k - 1, k)))
        {
            return PeopleBefore(context, s, k - 1) ? s.First : null;
        }

        if (k == s.First && si > 0 && PeopleBefore(context, sentences[si - 1], sentences[si - 1].Last))
        {
            return k;
        }

        return null;
    }

    // "Asielzoekers – ratten zijn het": a dash standing apart between two words opens a clause as a colon does
    // ("Noord-Holland" has no space around its hyphen).
    private static bool DashBetween(CheckContext context, int first, int second)
    {
        var folded = context.Text.Folded;
        for (var i = context.Tokens[first].End; i < context.Tokens[second].Start && i < folded.Length; i++)
        {
            if (folded[i] is '-' or '\u2013' or '\u2014' && i > 0 && char.IsWhiteSpace(folded[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PeopleBefore(CheckContext context, Sentence s, int last)
    {
        var c = context.Classes;
        var people = false;
        var asked = -1;
        for (var j = s.First; j <= last; j++)
        {
            // Twenty-second pass: "Wat zijn die zwarte vlekjes? Lieveheersbeestjes zijn het", "Quizvraag: wie bestuiven
            // onze bloemen? Bijen zijn het": after a question word the predicate answers it. Only people named after the
            // question word make it said of someone ("Wie zijn die nieuwe buren? Ratten zijn het"); a bare "die" there
            // points at the thing asked about.
            if (context.Tokens[j].Key is "wat" or "welke" or "welk" or "wie" or "hoe")
            {
                asked = j;
                people = false;
                continue;
            }

            if ((c[j] & Words.Animal) != 0)
            {
                return false;
            }

            // "Die nieuwe buren uit Syrië:": a demonstrative before the colon points at people unless an animal is named.
            // A group adjective before a thing describes the thing ("die zwarte vlekjes", "Turkse pizza"): no people.
            people |= ((c[j] & (Words.Target | Words.Group)) != 0 && !GroupHateJudge.ThingDescribed(context, s, j)) || context.PersonStartsAt(j)
                || (asked < 0 && context.Tokens[j].Key is "die" or "deze");
        }

        return people;
    }
}
