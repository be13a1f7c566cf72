namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// Thirty-sixth pass (school32): the author's own stay or illness told with a time between the verb and the health word
// ("ik lag vorige week in het ziekenhuis met een hartritmestoornis", "ik zat afgelopen maand thuis met longontsteking"),
// or in chat without the subject but with "zelf" ("lag vorige week zelf in het ziekenhuis"). The five-word look-back of
// AboutAuthor stops before "ik" there. The verb of lying, sitting or being stands in the same clause as the health word,
// with "ik" beside it or, at the sentence's start, "zelf" after it; nobody else may be in the sentence ("ik lag met mijn
// zoon in het ziekenhuis" is his stay).
internal static partial class SensitiveFactJudge
{
    private static readonly ClassMask Kin = Nearby.Class("kin");

    private static bool OwnStayAcrossATime(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        for (var k = index - 1; k >= 0 && k >= index - 10 && tokens[k].Sentence == sentence && !context.ClauseBreakBetween(k, k + 1); k--)
        {
            if (tokens[k].Key is not ("lag" or "lig" or "zat" or "zit" or "ben" or "was" or "belandde"))
            {
                continue;
            }

            var first = k == 0 || tokens[k - 1].Sentence != sentence;
            var ik = (k > 0 && tokens[k - 1].Sentence == sentence && tokens[k - 1].Key == "ik")
                || (k + 1 < tokens.Count && tokens[k + 1].Sentence == sentence && tokens[k + 1].Key == "ik");
            var self = first && SelfBetween(context, k, index);
            return (ik || self) && !Nearby.InSentence(context, sentence, ThirdPerson | Someone | StaffRole)
                && Mentions.InSentence(context, sentence) is null && !KinInSentence(context, sentence) && !Visit(context, index);
        }

        return false;
    }

    private static bool SelfBetween(CheckContext context, int from, int to)
    {
        for (var j = from + 1; j < to; j++)
        {
            if (context.Tokens[j].Key == "zelf")
            {
                return true;
            }
        }

        return false;
    }

    // "ik was vorige week in het ziekenhuis op bezoek bij …": a visit is someone else's stay, and an outing is no stay.
    private static bool Visit(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        for (var j = index - 1; j >= 0 && j >= index - 12 && tokens[j].Sentence == sentence; j--)
        {
            if (Outing(context, j))
            {
                return true;
            }
        }

        for (var j = index + 1; j < tokens.Count && j <= index + 12 && tokens[j].Sentence == sentence; j++)
        {
            if (Outing(context, j))
            {
                return true;
            }
        }

        return false;
    }

    // A visit, a trip with a class or pupils ("ik ben met groep 8 naar de orthopeed in het ziekenhuis geweest voor de
    // excursie"), or going somewhere ("naar") is no stay of one's own.
    private static bool Outing(CheckContext context, int j) =>
        context.Tokens[j].Key is "bezoek" or "bezoekje" or "bezocht" or "opgezocht" or "visite" or "naar" or "excursie" or "rondleiding" or "gastles"
        || (context.Classes[j] & ClassGroup) != 0;

    private static bool KinInSentence(CheckContext context, int sentence) => Nearby.InSentence(context, sentence, Kin);
}
