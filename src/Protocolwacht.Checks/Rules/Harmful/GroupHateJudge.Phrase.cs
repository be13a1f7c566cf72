namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-second pass (hate28): an adjective inside a prepositional phrase after the group describes that phrase's noun.
internal static partial class GroupHateJudge
{
    // "Waarom worden Polen in Nederland vaak in slechte huisvesting gestopt?": "slechte" after "in" (and an article or
    // possessive) is the housing's, not the group's; "Polen zijn slecht" has no preposition before the adjective.
    private static bool InPhrase(CheckContext context, int group, int k)
    {
        var t = context.Tokens;
        var j = k - 1;
        if (j > group && t[j].Key is "een" or "de" or "het" or "hun")
        {
            j--;
        }

        return j > group && t[j].Key is "in" or "op" or "met" or "naar" or "onder" or "door" or "bij" or "tegen" or "uit";
    }
}
