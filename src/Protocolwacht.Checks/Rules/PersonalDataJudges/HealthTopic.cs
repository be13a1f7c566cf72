namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// A health word that is the subject of a talk, not somebody's condition: "onze ib'er gaf een workshop over dyslexie",
/// "een training over autisme in de klas", "deze week praten we over diabetes". "Over" right before the word (an
/// article or adjective between is fine) makes it a topic; a possessive or a person between ("over haar operatie"), or
/// a named person after it ("over de operatie van Daan"), makes it someone's again. A topic joined to another by "en" or
/// "of" ("over extra ondersteuning en speciaal onderwijs") is a topic too.
/// </summary>
internal static class HealthTopic
{
    private static readonly ClassMask Someone = Nearby.Class("first-possessive") | Nearby.Class("third-person") | Nearby.Class("second-person")
        | Nearby.Class("school-person") | Nearby.Class("person") | Nearby.Class("kin") | Nearby.Class("staff-role");

    public static bool Is(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        if (index + 2 < tokens.Count && tokens[index + 1].Key == "van" && tokens[index + 2].Sentence == sentence
            && context.PersonStartsAt(index + 2))
        {
            return false;
        }

        // Thirty-fourth pass (school30): "over de scheiding van haar ouders": the topic is someone's after "van" and a
        // possessive or a person word, as before it.
        if (index + 2 < tokens.Count && tokens[index + 1].Key == "van" && tokens[index + 2].Sentence == sentence
            && ((context.Classes[index + 2] & Someone) != 0 || tokens[index + 2].Key is "zijn" or "haar" or "hun" or "uw" or "z"))
        {
            return false;
        }

        var reach = index - 3;
        for (var k = index - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
        {
            // "vertelt over extra ondersteuning en de scholen voor speciaal onderwijs": the second of two topics joined
            // by "en" or "of" and an article is a topic too, so the search reaches over the first, also from one word
            // beyond its reach. A verb after "en" starts a clause of its own: "struikelde over een tas en brak haar pols"
            // is an injury.
            var joined = tokens[k].Key is "en" or "of" && tokens[k + 1].Key is "de" or "het" or "een";
            if (k < reach && !(joined && k == reach - 1))
            {
                break;
            }

            // Stop 56 (lead): "gaat over op Equasym": "over op" is the particle of "overgaan op" (switching to it), not "about".
            if (tokens[k].Key == "over")
            {
                return tokens[k + 1].Key != "op";
            }

            if (joined)
            {
                reach = Math.Max(0, k - 4);
                continue;
            }

            if ((context.Classes[k] & Someone) != 0 || tokens[k].Key is "zijn" or "haar" or "hun" or "uw" or "z" or "d"
                || Mentions.Covering(context, k))
            {
                return false;
            }
        }

        return false;
    }
}
