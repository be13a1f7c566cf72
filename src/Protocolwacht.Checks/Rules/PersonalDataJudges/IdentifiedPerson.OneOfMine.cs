namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// Thirty-fifth pass (school31): one pupil of the author's own class pointed out without a name: "een van mijn kleuters",
// "1 van m'n leerlingen", "een leerling van mij", "een van de kinderen uit mijn groep". The class has some twenty-five
// pupils whom the parents know; with a sensitive fact (hospital, divorce, a punishment, a result) the child is
// recognisable to them. "al mijn kleuters", "veel van mijn leerlingen" and "een van onze scholen" point out no one.
internal static partial class IdentifiedPerson
{
    private static readonly ClassMask OwnPupil = Nearby.Class("pupil") | Nearby.Class("class-member");

    private static bool OneOfMine(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        if ((context.Classes[k] & OwnPupil) == 0 || k < 1 || tokens[k - 1].Sentence != tokens[k].Sentence)
        {
            return false;
        }

        // "een leerling van mij", "een kleuter van ons".
        if (tokens[k - 1].Key == "een" && k + 2 < tokens.Count && tokens[k + 1].Key == "van" && (tokens[k + 2].Key == "mij" || (tokens[k + 2].Key == "ons" && context.IsPersonal))
            && tokens[k + 2].Sentence == tokens[k].Sentence)
        {
            return true;
        }

        // "een van mijn leerlingen", "eentje van onze kleuters", "1 van m'n kinderen". On the school's or Konot's own account
        // "onze leerlingen" are the whole school's ("de vader van een van onze leerlingen is overleden": probe-307, a
        // condolence); only a teacher's own "onze" (a duo's class) is one class.
        if (k >= 3 && One(tokens[k - 3].Key) && tokens[k - 2].Key == "van" && (context.Classes[k - 1] & Own) != 0
            && (context.IsPersonal || tokens[k - 1].Key is "mijn" or "mn") && tokens[k - 3].Sentence == tokens[k].Sentence)
        {
            return true;
        }

        // Thirty-seventh pass (school33): "mijn leerling met een hersenschudding", "mn kleuter moest naar huis": one pupil of
        // the author's own, in the singular (the plural "mijn leerlingen" is the whole class, "mijn kind" the author's own
        // child, no pupil in this sense).
        if ((context.Classes[k - 1] & Own) != 0 && tokens[k - 1].Key is "mijn" or "mn" && tokens[k].Key is not ("kind" or "kids")
            && !tokens[k].Key.EndsWith('s') && !tokens[k].Key.EndsWith("en", StringComparison.Ordinal))
        {
            return true;
        }

        // "een van de kinderen uit mijn groep": the class after the pupils says whose they are.
        return k >= 3 && One(tokens[k - 3].Key) && tokens[k - 2].Key == "van" && tokens[k - 1].Key == "de" && tokens[k - 3].Sentence == tokens[k].Sentence
            && WithClass(context, k);
    }

    // "een" is also the article ("een van mijn leerlingen" has no other reading before "van"), "1" and "eentje" the number.
    private static bool One(string key) => key is "een" or "1" or "eentje" or "ene";
}
