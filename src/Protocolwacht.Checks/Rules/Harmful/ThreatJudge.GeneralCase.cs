namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-sixth pass (school32): an outcome place inside a condition about anyone at all is a case taught or talked about,
// not where someone will end up: "een les over wat je doet als iemand in het ziekenhuis ligt", "we oefenden wat je moet
// doen wanneer een kind op de eerste hulp belandt". The condition opens with "als"/"wanneer"/"zodra" and an indefinite
// subject ("iemand", "men", "een" with a person), and no pronoun of a person in between points at someone. In a threat the
// outcome is the consequence after the condition ("als iemand aan mijn kind komt, ligt hij in het ziekenhuis"), so a
// clause break or a pronoun stands between the condition's opening and the place.
internal static partial class ThreatJudge
{
    private static bool OutcomeInGeneralCase(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var j = k - 1; j >= Math.Max(s.First, k - 8) && !context.ClauseBreakBetween(j, j + 1); j--)
        {
            if (t[j].Key is "hij" or "ze" or "zij" or "hem" or "haar" or "jij" or "jou" or "jullie" or "die" || (c[j] & Words.SecondPerson) != 0)
            {
                return false;
            }

            if (t[j].Key is "als" or "wanneer" or "zodra" && j + 1 < k)
            {
                var subject = t[j + 1].Key;
                return subject is "iemand" or "men"
                    || (subject == "een" && j + 2 < k && (c[j + 2] & (Words.Person | Words.SchoolPerson)) != 0);
            }
        }

        return false;
    }
}
