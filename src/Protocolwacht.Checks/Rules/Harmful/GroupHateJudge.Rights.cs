namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-fifth pass (hate21): a right denied to a group as the author's opinion. "Ik vind dat vrouwen niet mogen
// stemmen", "volgens mij mogen gehandicapten geen kinderen krijgen", "wat mij betreft mogen homo's niet trouwen". Read:
// the author's opinion in the sentence (an opinion verb, "volgens mij", "wat mij betreft", with a first person), the
// group followed in its clause by "mogen"/"mag" and a negation. Told as a fact it is a rule the group keeps itself
// ("moslims mogen tijdens de ramadan overdag niet eten"); a passive in the clause protects the group ("mogen niet worden
// uitgezet"); someone else's opinion ("veel mensen vinden dat …") and a question to the reader are not the author's.
internal static partial class GroupHateJudge
{
    private static bool RightDenied(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;

        // "Volgens mij mogen homo's geen …": the verb before its subject after an opening phrase.
        var may = group - 1 >= s.First && t[group - 1].Key is "mogen" or "mag";
        var negated = false;
        for (var j = group + 1; j <= Math.Min(s.Last, group + 8) && !context.ClauseBreakBetween(group, j); j++)
        {
            if (t[j].Key is "worden" or "word" or "wordt" or "hoeven" or "hoeft")
            {
                return false;
            }

            may |= t[j].Key is "mogen" or "mag";
            negated |= (context.Classes[j] & Words.Negation) != 0;
        }

        return may && negated && AuthorsOpinion(context, s, group);
    }

    // "Ik vind dat …", "… vind ik", "volgens mij", "wat mij betreft": the author gives an opinion in the sentence, the
    // first person beside the opinion verb; "ik vind niet dat …" denies the opinion.
    private static bool AuthorsOpinion(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        for (var j = s.First; j < group; j++)
        {
            if ((context.Classes[j] & Words.Negation) != 0)
            {
                return false;
            }
        }

        for (var j = s.First; j < s.Last; j++)
        {
            var (key, next) = (t[j].Key, t[j + 1].Key);
            if ((key is "ik" or "wij" or "we" && OpinionVerb.Contains(next)) || (OpinionVerb.Contains(key) && next is "ik" or "wij" or "we")
                || (key == "volgens" && next is "mij" or "ons") || (key is "mij" or "ons" && next == "betreft"))
            {
                return true;
            }
        }

        return false;
    }
}
