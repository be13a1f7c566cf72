namespace Protocolwacht.Checks.Rules;

// Thirty-fifth pass (school31): a disease word named as the disease by the words around it, not only by having it: owned
// ("de kanker van mijn oom", "zijn kanker is uitgezaaid", "haar tering"), died of or suffering from ("aan kanker overleden",
// "bezweken aan de tyfus") or the subject of its course ("de kanker is terug", "de kanker heeft toegeslagen"). A curse
// does not take a possessive or "aan" ("krijg de kanker", "kanker, wat een dag"), and "de" alone stays a curse: the curse
// "krijg de tering" has it too, so the article needs the owner after it or a finite verb of which the disease is subject.
internal static partial class IllnessHad
{
    private static readonly ClassMask Possessive = Classes.Mask("first-possessive") | Classes.Mask("others-possessive");
    private static readonly ClassMask Copula = Classes.Mask("copula");
    private static readonly ClassMask Owner = Someone | Classes.Mask("others-possessive");

    private static bool Named(CheckContext context, int k)
    {
        var t = context.Tokens;
        if (k == 0 || t[k - 1].Sentence != t[k].Sentence)
        {
            return false;
        }

        var before = t[k - 1].Key;
        // "je" and "jullie" are left out: "krijg je kanker" is a curse with the pronoun as its subject.
        if ((context.Classes[k - 1] & Possessive) != 0 && before is not ("je" or "jullie"))
        {
            return true;
        }

        if (before == "aan" || (before is "de" or "het" && k >= 2 && t[k - 2].Sentence == t[k].Sentence && t[k - 2].Key == "aan"))
        {
            return true;
        }

        if (before is not ("de" or "het") || Cursed(context, k))
        {
            return false;
        }

        // "de kanker van mijn oom", "de tyfus van de buurman": its owner after "van".
        if (k + 2 < t.Count && t[k + 2].Sentence == t[k].Sentence && t[k + 1].Key == "van"
            && ((context.Classes[k + 2] & Owner) != 0 || t[k + 2].Key is "de" or "het" or "een" || context.PersonStartsAt(k + 2)))
        {
            return true;
        }

        // "de kanker is/was/blijft …", "de kanker heeft toegeslagen", "de kanker kwam terug": the disease as subject.
        return k + 1 < t.Count && t[k + 1].Sentence == t[k].Sentence
            && (((context.Classes[k + 1] & Copula) != 0 && t[k + 1].Key != "het") || t[k + 1].Key is "heeft" or "had" or "kwam" or "komt" or "keerde" or "keert");
    }

    // "krijg de kanker", "je krijgt de tering": the curse wishes the disease on someone; a form of "krijgen" before it.
    private static bool Cursed(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = k - 2; j >= 0 && j >= k - 4 && t[j].Sentence == t[k].Sentence; j--)
        {
            if (t[j].Key is "krijg" or "krijgt" or "kreeg" or "kregen" or "krijgen")
            {
                return true;
            }
        }

        return false;
    }
}
