namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// Thirty-ninth pass (school35): "Al drie jaar aan de fluoxetine.", "Twee jaar op lithium en nog steeds elke dag voor de
// klas": a sentence that opens with a span of time and then "aan de"/"op" a medicine leaves its subject out, as a diary
// does, and the one who leaves it out is the author (convention 12). Only when nothing but the span comes before it:
// "Mijn zus is al drie jaar aan de fluoxetine" has its subject, and OnItBySelf reads it.
internal static partial class SensitiveFactJudge
{
    private static readonly ClassMask SpanNumber = Nearby.Class("count-word");
    private static readonly ClassMask SpanUnit = Nearby.Class("duration-unit") | Nearby.Class("countdown-unit");

    private static bool OpensWithSpan(CheckContext context, int onAt)
    {
        var tokens = context.Tokens;
        var unit = false;
        var k = onAt - 1;
        for (; k >= 0 && tokens[k].Sentence == tokens[onAt].Sentence; k--)
        {
            var c = context.Classes[k];
            if ((c & SpanUnit) != 0)
            {
                unit = true;
            }
            else if ((c & SpanNumber) == 0 && !SpanLead(tokens[k].Key) && !char.IsAsciiDigit(tokens[k].Key[0]))
            {
                return false;
            }
        }

        return unit && k < onAt - 1;
    }

    // The small words of a span ("al twee jaar", "sinds een half jaar", "inmiddels ruim"). Kept out of the word classes on
    // purpose: a class over words as common as "een" and "al" adds a feature to nearly every post for the second-opinion
    // model, whose weights are not retrained this stop (a trial class moved a doubt of fresh44-lead-heldout).
    private static bool SpanLead(string key) =>
        key is "al" or "sinds" or "inmiddels" or "ruim" or "bijna" or "ongeveer" or "een" or "twee" or "half" or "anderhalf";
}
