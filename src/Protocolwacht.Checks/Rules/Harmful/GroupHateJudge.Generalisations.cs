namespace Protocolwacht.Checks.Rules.Harmful;

// Generalisations about a group ("typisch …", "waarom kunnen X nooit …", "X kunnen niet …"): the judge's
// patterns that read a sentence as a claim about the whole group rather than one person.
internal static partial class GroupHateJudge
{
    // "typisch (die) Turken", "typisch weer zo'n Afghaan", unless the sentence praises.
    private static bool Typical(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        // "typisch Turkse gastvrijheid": an adjective before a noun describes a thing, not the people.
        if (group < s.Last && (t[group].Key.EndsWith("se", StringComparison.Ordinal) || t[group].Key.EndsWith("sche", StringComparison.Ordinal)) && (context.Classes[group + 1] & Words.Group) == 0)
        {
            return false;
        }

        // "zo'n" is two tokens, so "typisch weer zo'n Afghaan" puts four words before the group.
        for (var j = group - 1; j >= s.First && j >= group - 4; j--)
        {
            if (t[j].Key == "typisch")
            {
                return !s.Has(context.Classes, Words.Positive) && !context.ClauseBreakBetween(j, group);
            }
        }

        return false;
    }

    // "(waarom/dat) Polen zich gewoon niet kunnen aanpassen": in a subordinate clause the negation comes before
    // the modal. It generalises when a quantifier ("gewoon", "echt", "alle") or "waarom" frames it, or the
    // negation is "nooit"; "dat vluchtelingen niet kunnen werken" alone may be a fact.
    private static bool CannotDoSubordinate(CheckContext context, Sentence s, int group, int from)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = from; k <= Math.Min(s.Last - 1, from + 3); k++)
        {
            if ((c[k] & Words.Negation) == 0 || t[k + 1].Key is not ("kunnen" or "kan") || context.ClauseBreakBetween(group, k + 1))
            {
                continue;
            }

            if (t[k].Key == "nooit" || WhyBefore(context, s, group))
            {
                return true;
            }

            for (var j = Math.Max(s.First, group - 1); j < k; j++)
            {
                if (j != group && (c[j] & Words.Quantifier) != 0 && (c[j] & (Words.Negation | Words.ThirdPerson)) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool WhyBefore(CheckContext context, Sentence s, int group)
    {
        for (var j = s.First; j < group; j++)
        {
            if (context.Tokens[j].Key == "waarom")
            {
                return true;
            }
        }

        return false;
    }

    // "Vrouwen kunnen (gewoon) niet leidinggeven": what the whole group is said to be unable to do.
    private static bool CannotDo(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var verb = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1; // "moslima's"
        if (verb > s.Last || t[verb].Key is not ("kunnen" or "kan"))
        {
            return CannotDoSubordinate(context, s, group, verb);
        }

        for (var k = verb + 1; k <= Math.Min(s.Last - 1, verb + 3); k++)
        {
            if ((context.Classes[k] & Words.Negation) != 0)
            {
                // "kunnen nog niet abstract denken": a stage of development ("nog niet eens" still belittles).
                if (t[k - 1].Key == "nog" && t[k + 1].Key != "eens")
                {
                    return false;
                }

                return t[k + 1].Key is not ("altijd" or "meer" or "nog" or "zomaar" or "alleen" or "zonder" or "goed" or "zelf" or "thuis")
                    || ThinkingDenied(context, s, k);
            }
        }

        return false;
    }

    // "kunnen niet zelf nadenken", "kunnen gewoon niet zelfstandig denken": thinking, reasoning or learning denied,
    // however the negation goes on ("zelf", "goed", "alleen"); "kunnen niet zelf veters strikken" is a skill.
    private static bool ThinkingDenied(CheckContext context, Sentence s, int negation)
    {
        for (var k = negation + 1; k <= Math.Min(s.Last, negation + 3) && !context.ClauseBreakBetween(negation, k); k++)
        {
            if ((context.Classes[k] & Words.Thinking) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Chinezen denken alleen maar aan geld", "vrouwen kunnen alleen maar roddelen", "(dat) Turken alleen aan
    // zichzelf denken": the whole group reduced to self-interest, idleness or quarrels. A verb of permission or
    // income ("mogen alleen", "krijgen alleen") states a rule or a fact, so the verb must be one of character.
    private static bool ReducedTo(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var j = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1; // "moslima's"
        if (j <= s.Last && CharacterVerb.Contains(t[j].Key))
        {
            j++;
            // "komen hier (echt) alleen voor …", "werken hier toch alleen maar …": a place or a particle may come first.
            for (var skipped = 0; skipped < 3 && j <= s.Last && Adverbial.Contains(t[j].Key); skipped++)
            {
                j++;
            }
        }

        if (j > s.Last || t[j].Key is not ("alleen" or "enkel" or "uitsluitend" or "puur" or "louter"))
        {
            return false;
        }

        // "om mensen op te lichten": a purpose clause may split its verb, so the reach is six words.
        for (var k = j + 1; k <= Math.Min(s.Last, j + 6); k++)
        {
            if (context.ClauseBreakBetween(j, k) || (c[k] & Words.Negation) != 0)
            {
                return false;
            }

            if ((c[k] & (Words.SelfishAim | Words.BadConduct | Words.Nuisance | Words.NegativeAttribute)) != 0 || SplitVerb.IsSplitInfinitive(context, s, k, Words.BadConduct))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> CharacterVerb =
    [
        "denken", "denkt", "dachten", "willen", "wil", "kunnen", "kan", "doen", "doet", "deden", "komen", "komt", "zijn", "is",
        "zitten", "zit", "praten", "praat", "gaan", "gaat", "leven", "leeft", "geven", "geeft", "zoeken", "zoekt", "houden", "houdt",
        "werken", "werkt",
    ];

    // Words between the verb and "alleen" that keep the claim about the group: where, and particles of emphasis.
    private static readonly HashSet<string> Adverbial = ["hier", "daar", "toch", "echt", "gewoon", "eigenlijk", "natuurlijk", "naar", "nederland"];
}
