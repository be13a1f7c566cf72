namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// Thirtieth pass (school26): the author's own ailment told by what they go about with or whom they go to (convention 12):
/// "Ik loop al weken met een zere knie naar de fysio", "na mijn val loop ik met krukken door de school", "ik ben net terug
/// van de cardioloog". The sensitive-fact judge looks for "ik heb/ben/zit …" at most five words before the health word, and
/// here the author stands further off, with a verb of going between. The health word right after "met" (with "een" or
/// "mijn" between, not "de": "met de fysio overleggen" is work) or a specialist after "naar/van/bij de", "ik" at most ten words before it
/// in its sentence, and nobody else there (as <see cref="TreatedAuthor"/>): "ik ga met mijn zoon naar de fysio" is the son's.
/// </summary>
internal static class AilingAuthor
{
    private static readonly ClassMask ClassGroup = Nearby.Class("class-group");

    /// <summary>Whether the health word at <paramref name="index"/> is an ailment the author goes about with or is treated for.</summary>
    public static bool Is(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;

        // A visit matched from its preposition ("naar de fysio", sensitive.tsv) starts there; "terug van de", "kom (net) van de"
        // (review fix, fixchecks3) from the verb, so the preposition is found after it.
        if (tokens[index].Key is "terug" or "kom" or "kwam")
        {
            for (var p = index + 1; p < tokens.Count && p <= index + 3 && tokens[p].Sentence == sentence; p++)
            {
                if (tokens[p].Key == "van")
                {
                    index = p;
                    break;
                }
            }
        }

        var k = tokens[index].Key is "naar" or "van" or "bij" ? index : index - 1;
        if (k == index - 1 && k >= 0 && tokens[k].Key is "een" or "mijn" or "de")
        {
            k--;
        }

        if (k < 1 || tokens[k].Sentence != sentence)
        {
            return false;
        }

        var with = tokens[k].Key == "met" && tokens[k + 1].Key != "de";
        // Only a specialist's visit matched from its preposition: "mijn afspraak bij de huisarts" after a late bus is an errand.
        var visit = k == index && k + 1 < tokens.Count && tokens[k + 1].Key == "de";
        if (!with && !visit)
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 10 && tokens[j].Sentence == sentence; j--)
        {
            // Review fix (fixchecks3): "ik ben met groep 7 bij de fysio geweest": the author went with a class, on a visit of
            // the school, not for treatment.
            if ((context.Classes[j] & ClassGroup) != 0)
            {
                return false;
            }

            if (tokens[j].Key == "ik")
            {
                return TreatedAuthor.AuthorAlone(context, sentence, j + 1);
            }
        }

        return false;
    }
}
