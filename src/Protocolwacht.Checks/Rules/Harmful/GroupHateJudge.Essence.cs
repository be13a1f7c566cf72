namespace Protocolwacht.Checks.Rules.Harmful;

// A group's nature fixed or its rights questioned: "een Marokkaan blijft een Marokkaan", "eens een Pool, altijd een
// Pool", "waarom zouden moslims een eigen school mogen beginnen?". Both deny that a member of the group can be
// judged as a person, so they are discriminatory without a single negative word.
internal static partial class GroupHateJudge
{
    // "X blijft (een) X", "eens (een) X, altijd (een) X": the same group word twice, tied by "blijven" or by
    // "eens … altijd". A sentence that praises ("Friezen blijven Friezen: nuchter en eerlijk") is left alone.
    private static bool Essentialised(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        // "te goed voor" carries its own positive word, so it is read before the guard against praise.
        if (TooGoodFor(context, s))
        {
            return true;
        }

        if (s.Has(context.Classes, Words.Positive))
        {
            return false;
        }

        if (InnateTrait(context, s) || NeverChanges(context, s, group))
        {
            return true;
        }

        var once = (group - 1 >= s.First && t[group - 1].Key == "eens") || (group - 2 >= s.First && t[group - 2].Key == "eens");
        for (var k = group + 1; k <= Math.Min(s.Last, group + 4); k++)
        {
            if (t[k].Key == "blijft" || t[k].Key == "blijven" || (once && t[k].Key == "altijd"))
            {
                return SameGroupWithin(context, s, group, k + 1, 2);
            }
        }

        return false;
    }

    private static bool SameGroupWithin(CheckContext context, Sentence s, int group, int from, int span)
    {
        var t = context.Tokens;
        for (var k = from; k <= Math.Min(s.Last, from + span); k++)
        {
            if ((context.Classes[k] & Words.Group) != 0 && Stem(t[k].Key) == Stem(t[group].Key))
            {
                return true;
            }
        }

        return false;
    }

    // "marokkaan" and "marokkanen" share their first five letters; a group word is longer than that.
    private static string Stem(string key) => key.Length <= 5 ? key : key[..5];

    // "Waarom zouden X … mogen", "sinds wanneer mogen X …": a question that asks why the group is allowed at all.
    // A negation turns it into a question about a right withheld ("waarom zouden zij niet mogen stemmen?").
    private static bool RightQuestioned(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var framed = false;
        for (var j = s.First; j < group; j++)
        {
            if ((t[j].Key == "waarom" && j + 1 < group && t[j + 1].Key is "zouden" or "zou")
                || (t[j].Key == "sinds" && j + 1 < group && t[j + 1].Key == "wanneer")
                || (t[j].Key == "waarom" && j + 1 < group && t[j + 1].Key is "mogen" or "mag" && Doubting(context, s, group)))
            {
                framed = true;
            }
        }

        if (!framed)
        {
            return false;
        }

        // The question's own clause: "…, ze kunnen het toch niet" after it is the reason given, not a right withheld.
        var allowed = false;
        for (var k = s.First; k <= s.Last && !(k > group && context.ClauseBreakBetween(group, k)); k++)
        {
            if ((context.Classes[k] & Words.Negation) != 0)
            {
                return false;
            }

            allowed |= t[k].Key is "mogen" or "mag";
        }

        return allowed;
    }

    // Twenty-sixth pass (hate22): "Waarom mogen homo's eigenlijk kinderen adopteren?": after "waarom mogen" a particle of
    // doubt right after the group ("eigenlijk", "überhaupt", "nog") asks why the right is given at all, which denies it
    // (the protocol blocks a discriminatory remark "also when disguised"); without one it may be a plain question.
    private static bool Doubting(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var after = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1;
        return after <= s.Last && t[after].Key is "eigenlijk" or "uberhaupt" or "nog";
    }

    // "dat zit in hun bloed", "het zit in hun genen": a trait said to be inborn, unless denied ("zit niet in hun aard").
    private static bool InnateTrait(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First + 2; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.Innate) != 0 && t[k - 1].Key is "hun" or "hen" && t[k - 2].Key == "in" && !s.NegatedAt(context, k, 5))
            {
                return true;
            }
        }

        return false;
    }

    // "Zigeuners veranderen nooit": the group said never to change.
    private static bool NeverChanges(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        for (var k = group + 1; k <= Math.Min(s.Last - 1, group + 3); k++)
        {
            if (t[k].Key is "veranderen" or "verandert" && t[k + 1].Key == "nooit")
            {
                return true;
            }
        }

        return false;
    }

    // "een tent is al te goed voor ze": what the group would get, called too good for them (a need denied).
    // A negation just before turns it into praise ("niets is te goed voor onze vrijwilligers").
    private static bool TooGoodFor(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k + 1 <= s.Last; k++)
        {
            if (t[k].Key == "te" && t[k + 1].Key == "goed" && ((k + 2 <= s.Last && t[k + 2].Key == "voor") || VoorBefore(t, s, k)) && !s.NegatedAt(context, k, 3))
            {
                return true;
            }
        }

        return false;
    }

    // "Voor die Roma is een caravan al te goed": the beneficiary named first.
    private static bool VoorBefore(List<Normalisation.Token> t, Sentence s, int k)
    {
        for (var j = s.First; j < k; j++)
        {
            if (t[j].Key == "voor")
            {
                return true;
            }
        }

        return false;
    }
}
