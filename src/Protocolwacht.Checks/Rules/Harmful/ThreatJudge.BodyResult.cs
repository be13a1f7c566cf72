namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-first pass: a threat told by what the body will look like afterwards, with no verb of harm. "Als die vader nog
// één keer zo tegen mij tekeergaat, ligt hij volgende week in het gips", "volgende keer loopt meester Joost met een blauw
// oog rond, dat beloof ik", "jij eindigt nog eens op de eerste hulp als je mijn kind blijft straffen". Read: someone other
// than the author, a `body-result` after "in/op (het/de/een)" ("in het gips", "op krukken", "op de brancard"), "met een"
// + a `bruise` or `injury` + a `body-part` ("met een dikke lip", "met een gebroken kaak"), or "op de eerste hulp"; with a
// condition or a near time and the author in the sentence (ik, mijn, "dat beloof ik"). A mishap ("na die val"), the
// past ("lag vorig seizoen in het gips") or only the author ("ik zit straks in het gips") is news. Twenty-third pass
// (rules19): the care or repair a body part will need ("kan zijn neus laten zetten", "kan meteen door naar de EHBO").
internal static partial class ThreatJudge
{
    private static bool BodyResultPromised(CheckContext context, Sentence s)
    {
        // The result on the body first, the sentence's questions only when there is one (perf29): each question scans the
        // sentence, most sentences name no such result, and asking them of every sentence was 1.4 % of a batch's processor time.
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (ResultOnBody(context, s, k) && !s.NegatedAt(context, k, 5))
            {
                return PromisedToSomeone(context, s) || EnsuredResult(context, s, k);
            }
        }

        return false;
    }

    // Someone other than the author, the author speaking, no mishap, not told as past, and a condition, a near time or an assurance.
    private static bool PromisedToSomeone(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        // Twenty-third pass: an assurance ("reken daar maar op") or an ultimatum ("nog één zo'n opmerking en …") is the
        // author speaking as much as "ik" is; ", dan" after a clause is a condition put first ("Raakt hij …, dan").
        var assured = Assured(context, s);
        return Someone(context, s) && (s.Has(c, Words.FirstPerson | Words.FirstPossessive) || assured || UltimatumAnd(context, s) >= 0 || RepeatWarned(context, s))
            && !s.Has(c, Words.Mishap) && !OwnKinFirst(context, s)
            && !Past(context, s) && !Narrated(context, s) && (Conditional(context, s) || Soon(context, s) || assured || ThenAfterClause(context, s));
    }

    // "in het gips", "op krukken", "op de brancard", "met een blauw oog", "met een gebroken kaak", "op de eerste hulp".
    // "tegen de vlakte" reads like "op de grond".
    private static bool ResultOnBody(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var before = t[k - 1].Key is "het" or "de" or "een" && k - 2 >= s.First ? k - 2 : k - 1;
        if ((c[k] & Words.BodyResult) != 0 && t[before].Key is "in" or "op" or "met" or "tegen")
        {
            return true;
        }

        // Twenty-eighth pass (rules24): what patches a beaten body, worn ("loopt hij volgende week met een ooglapje").
        if ((c[k] & Words.BodyAid) != 0 && t[before].Key == "met")
        {
            return true;
        }

        // Thirtieth pass (rules26): a sling or a plaster worn without "met" ("draagt hij de rest van de maand een mitella").
        if ((c[k] & (Words.BodyResult | Words.BodyAid)) != 0 && t[k - 1].Key is "een" or "het" && Worn(context, s, k - 1))
        {
            return true;
        }

        if ((c[k] & Words.BodyPart) != 0 && k - 3 >= s.First && t[k - 3].Key == "met" && t[k - 2].Key == "een" && (c[k - 1] & (Words.Bruise | Words.Injury)) != 0)
        {
            return true;
        }

        // Twenty-third pass: the care the body will need, "naar/bij de EHBO", "op de huisartsenpost".
        if ((c[k] & Words.CarePlace) != 0 && t[before].Key is "naar" or "bij" or "op" or "in" && !AtWork(context, s, k))
        {
            return true;
        }

        // Twenty-second pass: "loopt hij mank", "ligt bewusteloos": a state of the body needs no preposition.
        return (t[k].Key == "hulp" && t[k - 1].Key == "eerste" && k - 3 >= s.First && t[k - 3].Key is "op" or "naar") || (c[k] & Words.BodyState) != 0
            || Remedied(context, s, k);
    }

    // Twenty-third pass: another's body part that will need a repair, "kan hij zijn neus laten zetten", "mag zijn lip laten
    // hechten", "moet zijn arm laten spalken": the part, then "laten" and a `remedy` within four words of its clause. The
    // author's own part ("ik laat mijn kies repareren") is care.
    private static bool Remedied(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if ((c[k] & Words.BodyPart) == 0 || (k - 1 >= s.First && (c[k - 1] & (Words.FirstPerson | Words.FirstPossessive)) != 0))
        {
            return false;
        }

        var let = false;
        for (var j = k + 1; j <= s.Last && j <= k + 4 && !context.ClauseBreakBetween(k, j); j++)
        {
            let |= context.Tokens[j].Key is "laten" or "laat";
            if (let && (c[j] & Words.Remedy) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "draagt hij (de rest van de maand) een mitella", "dan droeg hij een mitella" (review fix, fixchecks3: the past too): a
    // form of "dragen" within six words before the article, in its clause.
    // Thirty-eighth pass (school34): the forms of "dragen" are the class `wear-verb` (they were a list here).
    private static readonly ClassMask WearVerb = Language.WordClasses.Default.Mask("wear-verb");

    private static bool Worn(CheckContext context, Sentence s, int article)
    {
        for (var j = article - 1; j >= s.First && j >= article - 6 && !context.ClauseBreakBetween(j, article); j--)
        {
            if ((context.Classes[j] & WearVerb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Raakt hij mijn dochter nog eens aan, dan …": "dan" opening the clause after a comma answers a condition put first.
    private static bool ThenAfterClause(CheckContext context, Sentence s)
    {
        for (var j = s.First + 2; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key == "dan" && context.ClauseBreakBetween(j - 1, j))
            {
                return true;
            }
        }

        return false;
    }

    // "lag", "liep", "zat", "belandde": the past of lying, walking, sitting and ending up tells what happened.
    private static bool Narrated(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            // Twenty-second pass: "ik ben het zat", "ik ben het spuugzat": fed up, not sat.
            if (context.Tokens[j].Key is "lag" or "lagen" or "liep" or "liepen" or "zat" or "zaten" or "belandde" or "eindigde" or "kwam" or "brak" or "moest" or "moesten"
                && !(context.Tokens[j].Key == "zat" && j > s.First && context.Tokens[j - 1].Key is "het" or "er"))
            {
                return true;
            }
        }

        return false;
    }

    // A condition ("als", "zodra", "wanneer") or a second or third person before the outcome in its sentence.
    private static bool AimedBefore(CheckContext context, Sentence s, int k)
    {
        for (var j = s.First; j < k; j++)
        {
            if (context.Tokens[j].Key is "als" or "wanneer" or "zodra" || (context.Classes[j] & (Words.SecondPerson | Words.ThirdPerson)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-third pass: "De tandarts komt volgende week vertellen …" (the place or person is the subject, opening the
    // sentence), "tot je bij de tandarts bent" (a time clause) and "als je tand afbreekt, …" (a body part is the subject of
    // the condition: an accident) name no harm to come.
    private static bool OutcomeAsSubjectOrTime(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k == s.First || (k - 1 == s.First && t[s.First].Key is "de" or "het" or "een" or "onze" or "die"))
        {
            return true;
        }

        // Twenty-ninth pass (school25): "De lift staat alweer stil, dus de rolstoel van onze leerling moet via de
        // achteringang": the outcome opening a later clause after a comma or "dus/want/maar" is that clause's subject too.
        // Not after a condition or someone addressed or told of: "Als je nog één keer aan mijn dochter komt, het ziekenhuis
        // is dichtbij" names the outcome as what is coming to them.
        if (k - 2 >= s.First && t[k - 1].Key is "de" or "het" or "onze" or "die"
            && (context.ClauseBreakBetween(k - 2, k - 1) || t[k - 2].Key is "dus" or "want" or "maar") && !AimedBefore(context, s, k))
        {
            return true;
        }

        for (var j = s.First; j + 2 <= s.Last && j < k; j++)
        {
            if (t[j].Key is "als" or "wanneer" or "zodra" && ((context.Classes[j + 1] & Words.BodyPart) != 0 || (context.Classes[j + 2] & Words.BodyPart) != 0))
            {
                return true;
            }
        }

        for (var j = k - 1; j >= s.First && j >= k - 4 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (t[j].Key is "tot" or "totdat" or "voordat")
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-eighth pass (school24): "het netwerk begeeft het zodra de kinderen de laptops pakken", "als ze in hun handen
    // klappen": an outcome noun whose plural is also a verb (pak, klap, mep, dreun) is the verb of its clause when it ends
    // "de/hun/een …" and a thing: a noun never follows a noun, so "laptops pakken" is taking the laptops. After an
    // adjective ("rake klappen"), a person ("dan krijgt die jongen klappen") or a partitive ("een paar klappen") it is still the
    // blow.
    private static bool OutcomeAsVerb(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k - 2 < s.First || !t[k].Key.EndsWith("en", StringComparison.Ordinal) || context.ClauseBreakBetween(k - 2, k)
            || t[k - 2].Key is not ("de" or "het" or "een" or "die" or "deze" or "dat" or "dit" or "zijn" or "haar" or "hun" or "mijn" or "onze" or "jullie" or "jouw"))
        {
            return false;
        }

        // "een paar klappen": a partitive counts the blows, so the plural stays a noun.
        var before = t[k - 1].Key;
        return !before.EndsWith('e') && (context.Classes[k - 1] & (Words.SchoolPerson | Words.Person | Words.Kin | Words.HarmOutcome | Words.Partitive)) == 0;
    }

    // Stop 56 (lead): "Als die buurjongen nog één keer met stenen gooit, ligt hij …": a condition that opens the sentence
    // with a deed done once more, by someone pointed at ("die buurjongen") or against the author ("aan mijn fiets"), is the
    // author's warning as much as "ik" is. "Als Daan nog eens zo hard traint, …" is worry about his own doing.
    private static bool RepeatWarned(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var consequence = t[s.First].Key is "als" or "wie" or "zodra" ? ConsequenceAfterRepeat(context, s) : -1;
        for (var k = s.First + 1; k < consequence; k++)
        {
            if ((c[k] & (Words.FirstPerson | Words.FirstPossessive)) != 0
                || (t[k].Key is "die" or "deze" && (c[k + 1] & (Words.SchoolPerson | Words.Person | Words.Kin)) != 0))
            {
                return true;
            }
        }

        return false;
    }
}
