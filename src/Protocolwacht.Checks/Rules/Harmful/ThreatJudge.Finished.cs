namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-sixth pass: "afmaken" is killing with a person as its object ("ik maak hem af", "die oplichter moeten ze
// afmaken") and finishing with a thing ("haar tekening afmaken", "hun werkstuk afmaken", "die puzzel van duizend stukjes
// afmaken"). Walking back through the clause from the verb, the first object met decides: a determiner or possessive
// before a word of no person class is a thing; a person word, an object pronoun or a subject met first (the object was
// put in front: "die oplichter moeten ze afmaken") keeps it a threat. Thieves and burglars are `hazard` words.
internal static partial class ThreatJudge
{
    private const int FinishedObjectReach = 6;

    public static bool ThingFinished(CheckContext context, Sentence s, int k)
    {
        return (context.Classes[k] & Words.Finishing) != 0 && ObjectIsThing(context, s, k);
    }

    // The first object met walking back through the clause from k: a determiner before a word of no person class is a
    // thing; a person word, an object pronoun or a subject keeps it a person.
    private static bool ObjectIsThing(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var t = context.Tokens;
        var people = Words.Target | Words.Kin | Words.Companion | Words.Villain | Words.InsultNoun | Words.NegativeAttribute | Words.Hazard | Words.SecondPerson | Words.ThirdPerson;
        for (var j = k - 1; j >= s.First && j >= k - FinishedObjectReach && !context.ClauseBreakBetween(j, k); j--)
        {
            var key = t[j].Key;
            // "ik ga haar afmaken", "moeten ze afmaken": a pronoun right before the verb is a person.
            if (j == k - 1 && key is "haar" or "je" or "ze" or "die" or "zijn" or "hun")
            {
                return false;
            }

            if (j + 1 < k && Determiner(key) && (c[j + 1] & people) == 0 && !Adverbial(context, j + 1))
            {
                return true;
            }

            if ((c[j] & people) != 0 || key is "hem" or "hen" or "jou" or "mij" or "ik" or "we" or "wij" or "jij" or "ie")
            {
                return false;
            }
        }

        return false;
    }

    private static bool Determiner(string key) =>
        key is "de" or "het" or "een" or "haar" or "zijn" or "z" or "hun" or "mijn" or "je" or "jouw" or "uw" or "onze" or "ons" or "die" or "dat" or "deze" or "dit";

    // "ik ga haar morgen afmaken": a time or a particle after the pronoun makes it the object, not a possessive.
    private static bool Adverbial(CheckContext context, int j) =>
        (context.Classes[j] & (Words.ModalParticle | Words.RoutineTime)) != 0
        || context.Tokens[j].Key is "morgen" or "vanavond" or "vannacht" or "straks" or "vandaag" or "even" or "zo" or "helemaal" or "nog" or "eens" or "snel" or "dadelijk" or "zometeen" or "meteen" or "later";
}
