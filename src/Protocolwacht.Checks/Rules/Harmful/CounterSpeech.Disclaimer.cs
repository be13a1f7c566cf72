namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-third pass (hate29): "Ik wil niet discrimineren, maar X stelen", "ik wil echt niet discrimineren hoor, maar …": the
// author saying he does not want to do what the word of condemnation names ("niet" right before it) is a disclaimer when a
// group or a vice is asserted after "maar" or a clause break; "we moeten niet discrimineren" (no first-person will) stays a
// norm that condemns, and "ik wil niet discrimineren" with nothing after it asserts nothing.
internal static partial class CounterSpeech
{
    private static bool WillDisclaimed(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        if (k - 2 < s.First || t[k - 1].Key != "niet")
        {
            return false;
        }

        // "ik wil niet", "wil ik niet", "ik wil echt niet": "willen" and a first person within the four words before "niet";
        // "we moeten niet discrimineren, maar …" is a norm, not the author's will.
        var will = false;
        var me = false;
        for (var j = k - 2; j >= s.First && j >= k - 5 && !context.ClauseBreakBetween(j, k); j--)
        {
            will |= t[j].Key is "wil" or "wilde" or "wou" or "willen";
            me |= (context.Classes[j] & Words.FirstPerson) != 0;
        }

        return will && me && AssertedAfterTheClause(context, s, k);
    }
}
