namespace Protocolwacht.Checks.Rules.Harmful;

// The judge's guards against false stops: what looks like an evaluation of a group but is not one (an animal the
// group owns, a word of suffering, a remark on a deed after a comma, a single person or reported figures, an
// animal's origin). Each is asked by Find before it reports.
internal static partial class GroupHateJudge
{
    // "hebben een hond", "met hun honden": an animal the group owns or meets, not one it is called, unless a
    // copula or comparison links the two ("zijn net ratten") or it is an exclamation ("wat een beesten").
    private static bool Owned(CheckContext context, Sentence s, int k)
    {
        if (k - 1 < s.First)
        {
            return false;
        }

        var before = context.Tokens[k - 1].Key;
        var article = before is "een" or "de" or "het";
        var possessive = (context.Classes[k - 1] & (Words.FirstPerson | Words.SecondPerson | Words.ThirdPerson)) != 0 && before is not ("die" or "deze" or "zulke");
        return (article || possessive) && !(k - 2 >= s.First && context.Tokens[k - 2].Key == "wat");
    }

    // Twenty-third pass: "Iemand vindt dat vluchtelingen hier niet horen. Wat een achterlijk standpunt.", "die mening over
    // homo's is dom": the word judges an opinion named before the group (or a group carried from the sentence before), not
    // the group. "Homo's hebben een achterlijke mening" says it of the group, named first.
    private static bool OpinionOverGroup(CheckContext context, Sentence s, int group, int k)
    {
        var opinion = InsultJudge.OpinionEvaluated(context, s, k);
        return opinion >= 0 && (opinion < group || (context.Classes[group] & (Words.Group | Words.Slur)) == 0);
    }

    // "slachtoffer van", "worden gepest door": a word of suffering between the group and the evaluation.
    private static bool Suffered(CheckContext context, Sentence s, int group, int k)
    {
        for (var j = group + 1; j < k; j++)
        {
            if ((context.Classes[j] & Words.Victim) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Joodse graven beklad, walgelijk.": a word of disapproval after a comma judges what happened, unless
    // a copula links it to the group in its own clause ("Marokkanen zijn walgelijk").
    private static bool Remark(CheckContext context, Sentence s, int group, int k) =>
        context.ClauseBreakBetween(group, k) || !Linked(context, s, group, k);

    // A word that is only unfavourable by polarity (werkloos, ziek, arm) says something of a whole group, not
    // of one person ("de Somalische vrouw naast ons is ziek"), and not where the sentence cites figures or a
    // source ("zijn vaker werkloos, blijkt uit cijfers van het CBS").
    private static bool Generalised(CheckContext context, Sentence s, int group, int k)
    {
        if ((context.Classes[k] & Words.NegativeAttribute) != 0)
        {
            return true;
        }

        if (s.Has(context.Classes, Words.ReportCue))
        {
            return false;
        }

        var (from, to) = group < k ? (group, k) : (k, group);
        for (var j = from; j <= to; j++)
        {
            if (context.Tokens[j].Key is "is" or "was" or "wordt" or "werd" or "blijft" or "lijkt")
            {
                return Plural(context, s) && context.Tokens[group].Key.EndsWith("en", StringComparison.Ordinal);
            }
        }

        return true;
    }

    // "De Turkse boer fokt paarden", "Poolse kippen vermenigvuldigen zich": breeding is farming when an animal
    // is bred, unless the animal only stands in a comparison ("fokken als konijnen").
    private static bool Farmed(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.Animal) != 0 && !(k - 1 >= s.First && (context.Classes[k - 1] & Words.Comparison) != 0)
                && !(k - 2 >= s.First && (context.Classes[k - 2] & Words.Comparison) != 0))
            {
                return true;
            }
        }

        return false;
    }

    // "kwetsbaar voor het virus", "beschermd tegen de pest": a dehumanising noun governed by a preposition is
    // what the group meets, not what it is called; "als" (a comparison) is no such preposition.
    // A noun joined by "en"/"of" to a governed one is governed too ("tegen de pest en andere ziektes").
    private static bool Governed(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var hop = 0; hop < 2; hop++)
        {
            var j = k - 1;
            if (j >= s.First && t[j].Key is "de" or "het" or "een" or "dat" or "dit" or "die" or "andere" or "alle")
            {
                j--;
            }

            if (j >= s.First && t[j].Key is "voor" or "tegen" or "door" or "aan" or "van" or "met" or "over" or "bij" or "in" or "op" or "uit")
            {
                return true;
            }

            if (j - 1 < s.First || t[j].Key is not ("en" or "of"))
            {
                return false;
            }

            k = j - 1;
        }

        return false;
    }

    // "Ik wil geen Polen in mijn straat", "wij willen hier geen moskee": the author wants the group kept out. A group
    // adjective before a thing ("geen Turkse pizza") describes the thing.
    private static bool Unwanted(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        // Thirty-ninth pass (hate35): "liever geen X in de klas" says the author's preference without "ik".
        var preferred = group - 2 >= s.First && t[group - 2].Key is "liever" or "liefst";
        if (group - 1 < s.First || t[group - 1].Key != "geen" || !(preferred || s.Has(context.Classes, Words.FirstPerson)))
        {
            return false;
        }

        if (group < s.Last && (t[group].Key.EndsWith("se", StringComparison.Ordinal) || t[group].Key.EndsWith("sche", StringComparison.Ordinal))
            && (context.Classes[group + 1] & Words.Target) == 0)
        {
            return false;
        }

        for (var j = group - 2; j >= s.First && j >= group - 4; j--)
        {
            if (t[j].Key is "wil" or "willen" or "wilde" or "wilden" or "hoef" or "hoeven" or "moet" or "moeten" or "liever" or "liefst" or "doe")
            {
                return true;
            }
        }

        return false;
    }

    // "planten zich voort": a separable verb of breeding with its particle later in the clause.
    private static bool SplitBreeding(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[k].Key.Length < 4)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[40];
        for (var p = k + 1; p <= Math.Min(s.Last, k + 4) && !context.ClauseBreakBetween(k, p); p++)
        {
            var particle = t[p].Key;
            if (particle.Length + t[k].Key.Length > buffer.Length || particle.Length < 2)
            {
                continue;
            }

            particle.AsSpan().CopyTo(buffer);
            t[k].Key.AsSpan().CopyTo(buffer[particle.Length..]);
            if ((Language.WordClasses.Default.Of(buffer[..(particle.Length + t[k].Key.Length)]) & Words.Breeding) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Afrikaanse olifanten": a group adjective right before an animal names its origin; a diminutive
    // ("Turkse aapjes") is a sneer at people.
    private static bool Origin(CheckContext context, Sentence s, int k)
    {
        var key = context.Tokens[k].Key;
        return k - 1 >= s.First && (context.Classes[k] & Words.Animal) != 0 && (context.Classes[k - 1] & Words.Group) != 0
            && context.Tokens[k - 1].Key.EndsWith('e') && !key.EndsWith("je", StringComparison.Ordinal) && !key.EndsWith("jes", StringComparison.Ordinal);
    }

    // "de Roma en Sinti die in de oorlog zijn vermoord": a harm verb in the perfect passive tells what was done to
    // the group, not what the author wants done. Without intention, praise or approval only: "ze moeten worden vermoord" and
    // "blij dat ze zijn vermoord" stay hate.
    private static bool DoneTo(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var passive = (k > s.First && t[k - 1].Key is "zijn" or "werden" or "werd" or "waren" or "was" or "is")
            || (k < s.Last && t[k + 1].Key is "zijn" or "werden" or "werd" or "waren" or "was" or "is") || PastPassiveBefore(context, s, k);
        return passive && t[k].Key[^1] is 'd' or 't' && !s.Has(context.Classes, Words.Intention | Words.Positive | Words.Approval);
    }

    // Twenty-sixth pass (hate22): "In de oorlog werden Joden vergast", "Joden werden in de oorlog massaal vermoord": the past
    // auxiliary of the passive up to six words before the participle in its clause tells history as well.
    private static bool PastPassiveBefore(CheckContext context, Sentence s, int k)
    {
        for (var j = k - 2; j >= s.First && j >= k - 6 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (context.Tokens[j].Key is "werden" or "werd")
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-sixth pass (hate22): "Syriërs zijn ontzettend hartelijk", "verschrikkelijk hardwerkend": an adverb of degree
    // (`intensifier`) before another word of its clause says how much of that word, which is judged on its own; an
    // inflected form ("vreselijke mensen") stands before a noun, and the word at the end of a clause is the judgement itself.
    private static bool Intensifies(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k >= s.Last || t[k].Key.EndsWith('e') || context.ClauseBreakBetween(k, k + 1))
        {
            return false;
        }

        return t[k + 1].Key is not ("en" or "of" or "maar" or "want" or "dus" or "die" or "dat" or "als" or "zijn" or "is")
            && (context.Classes[k + 1] & (Words.Negation | Words.Group | Words.Copula)) == 0;
    }

    // Twenty-sixth pass (hate22): "wat een gezellige lui", "aardige lui": a word for people that is also an evaluation
    // ("lui": people, and lazy), uninflected after an inflected positive adjective, is the noun, which judges no one; "zijn
    // lui" and "luie honden" stay evaluations, and so does "die lui" of a group, which is contempt (dev2-365).
    private static bool PeopleWord(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var w = context.Classes[k];
        if ((w & Words.Target) == 0 || (w & Words.NegativeAttribute) == 0 || k == s.First || t[k].Key.EndsWith('e'))
        {
            return false;
        }

        return t[k - 1].Key.EndsWith('e') && (context.Classes[k - 1] & Words.Positive) != 0;
    }

    // Twenty-sixth pass (hate22): "Ik vind dat vluchtelingen niet mogen worden uitgezet", "mogen niet worden weggestuurd":
    // a removal forbidden ("mogen/mag" and a negation up to six words before the verb, no will or duty between) protects
    // the group; "ze mogen niet blijven en moeten uitgezet worden" still wants it. Thirty-second pass (hate28): a duty
    // denied protects it too ("Syriërs moeten niet weggejaagd worden", "hoeven niet weg"): "moeten/hoeven" count as
    // "mogen" when the negation stands between them and the verb; "ze moeten niet blijven, weg ermee" negates another verb
    // in another clause, and "en"/"maar" between start another one ("moeten niet blijven en moeten uitgezet worden").
    private static bool RemovalForbidden(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var (may, not) = (false, false);
        for (var j = k - 1; j >= s.First && j >= k - 6 && !context.ClauseBreakBetween(j, k) && t[j].Key is not ("en" or "maar"); j--)
        {
            if ((context.Classes[j] & Words.Intention) != 0 && t[j].Key is not ("mogen" or "mag") && !(not && DutyDenied(t[j].Key)))
            {
                return false;
            }

            may |= t[j].Key is "mogen" or "mag" || (not && DutyDenied(t[j].Key));
            not |= (context.Classes[j] & Words.Negation) != 0;
        }

        // "… niet uitgezet mogen worden": the modal after the verb.
        may |= k + 1 <= s.Last && t[k + 1].Key is "mogen" or "mag";
        return may && not && !RhetoricalDuty(context, s, k);
    }

    // Review fix: "Waarom moeten al die asielzoekers niet gewoon uitgezet worden?", "Moeten ze niet eens weg?": a question
    // opened by "waarom" or by the verb, or "gewoon", "eens", "toch" before the verb, asks for the removal; it forbids
    // nothing.
    private static bool RhetoricalDuty(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (t[s.First].Key == "waarom" || (DutyDenied(t[s.First].Key) && Asked(context, s)))
        {
            return true;
        }

        for (var j = k - 1; j >= s.First && j >= k - 4; j--)
        {
            if (t[j].Key is "gewoon" or "eens" or "toch")
            {
                return true;
            }
        }

        return false;
    }

    private static bool DutyDenied(string key) => key is "moeten" or "moet" or "hoeven" or "hoeft" or "hoef";

    // Twenty-sixth pass (hate22): "Albanezen zijn echt geen oplichters": the negation before a vice denies the vice, which
    // is praise, not a group denied where it belongs ("zijn echt geen Nederlanders"); so does one before a lessening.
    private static bool NegatedVice(CheckContext context, Sentence s, int not)
    {
        var vice = Words.NegativeAttribute | Words.InsultNoun | Words.InsultInContext | Words.Dehumanising | Words.Slur | Words.Negative;
        for (var j = not + 1; j <= Math.Min(s.Last, not + 2); j++)
        {
            // Thirty-second pass (hate28): "zijn echt niet minder intelligent" denies a lessening.
            if ((context.Classes[j] & vice) != 0 || context.Tokens[j].Key is "minder" or "slechter")
            {
                return true;
            }
        }

        return false;
    }
}
