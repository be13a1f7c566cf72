namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-fourth pass (left30): the result on the body made the author's own doing by "ik zorg/regel (ervoor) dat …", without
// a condition or a near time ("Ik zorg er persoonlijk voor dat die kerel op de spoedeisende hulp terechtkomt", "ik regel dat
// die buurman zijn verjaardag in een ziekenhuisbed viert", "ik zorg dat die knul met een brace rondloopt"). The assurance is
// the threat, as it is for a lost ability (`AbilityTaken` with `Ensured`). Care the author arranges for someone who is ill
// or fell ("ik zorg dat opa na zijn val op de eerste hulp komt") and what already happened are no threat.
internal static partial class ThreatJudge
{
    private static bool EnsuredResult(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        return Ensured(context, s, k) && Someone(context, s) && s.Has(c, Words.FirstPerson) && !s.Has(c, Words.Mishap)
            && !IllnessBesideResult(context, s) && !Past(context, s) && !Narrated(context, s);
    }

    // "gips" and "krukken" are `health` words as well as results on the body, so only a health word that is no such result
    // ("na haar operatie", "met griep") tells of an illness the care is for.
    private static bool IllnessBesideResult(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.Health))
        {
            return false;
        }

        for (var j = s.First; j <= s.Last; j++)
        {
            if ((c[j] & Words.Health) != 0 && (c[j] & (Words.BodyResult | Words.BodyAid)) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
