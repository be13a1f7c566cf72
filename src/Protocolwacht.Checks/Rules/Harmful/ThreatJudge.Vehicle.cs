namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-first pass: a vehicle threat without a word of damage. "Ik rij je zo tegen die lantaarnpaal aan", "die fietser
// rijd ik morgen van zijn fiets", "geef ik gas en rij ik er gewoon op in", "rij ik hem klem tegen het hek", "duw ik hem
// met mijn auto de berm in". Read: the author, someone, and after a `drive-verb` (or "met mijn/m'n" + a vehicle) in the
// same clause an impact: "tegen … aan", "van (de/zijn …) fiets/weg" or a vehicle, "klem", "omver", "ondersteboven",
// "op … in" at the clause's end, or "de berm/sloot in". "Ik rij je zo naar het station" and "morgen rij ik de kinderen
// naar de kinderboerderij" name a destination, no impact; the past ("reed tegen een paaltje aan") is an accident.
internal static partial class ThreatJudge
{
    private static bool DrivenAtSomeone(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        // "die fietser rijd ik van zijn fiets": "zijn" names the person where the noun is no person word.
        if (!s.Has(c, Words.FirstPerson) || !(Someone(context, s) || s.Has(c, Words.OthersPossessive)) || Past(context, s) || s.Has(c, Words.Mishap | Words.HelpGiven | Words.Errand))
        {
            return false;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((((c[k] & Words.DriveVerb) != 0 && context.Tokens[k].Key is not ("reed" or "reden" or "gereden")) || ByMyVehicle(context, s, k))
                && !s.NegatedAt(context, k, 3) && Impact(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // "met mijn auto", "met m'n busje": the author's own vehicle as the instrument.
    private static bool ByMyVehicle(CheckContext context, Sentence s, int k) =>
        context.Tokens[k].Key == "met" && k + 2 <= s.Last && (context.Classes[k + 1] & Words.FirstPossessive) != 0 && (context.Classes[k + 2] & Words.Property) != 0;

    private static bool Impact(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 9) && !context.ClauseBreakBetween(k, j); j++)
        {
            var key = t[j].Key;
            if (key is "klem" or "omver" or "ondersteboven" or "overhoop" or "berm" || (key == "sloot" && j + 1 <= s.Last && t[j + 1].Key == "in"))
            {
                return true;
            }

            if ((key == "tegen" && Within(context, s, j, 5, "aan")) || (key == "van" && OffTheRoad(context, s, j)) || (key == "op" && ClauseEndsWith(context, s, j, "in")))
            {
                return true;
            }
        }

        return false;
    }

    // "van zijn fiets", "van de weg", "van die scooter": off a bike, a road or a vehicle.
    private static bool OffTheRoad(CheckContext context, Sentence s, int j)
    {
        var thing = j + 2 <= s.Last && (context.Tokens[j + 1].Key is "de" or "het" or "die" or "dat" || (context.Classes[j + 1] & Words.OthersPossessive) != 0) ? j + 2 : j + 1;
        return thing <= s.Last && (context.Tokens[thing].Key is "weg" or "sokkel" || (context.Classes[thing] & Words.Property) != 0);
    }

    private static bool Within(CheckContext context, Sentence s, int j, int window, string key)
    {
        for (var m = j + 1; m <= Math.Min(s.Last, j + window) && !context.ClauseBreakBetween(j, m); m++)
        {
            if (context.Tokens[m].Key == key)
            {
                return true;
            }
        }

        return false;
    }

    // "rij ik er (gewoon) op in": "in" closes the clause within three words of "op".
    private static bool ClauseEndsWith(CheckContext context, Sentence s, int j, string key)
    {
        for (var m = j + 1; m <= Math.Min(s.Last, j + 3); m++)
        {
            if (context.Tokens[m].Key == key && (m == s.Last || context.ClauseBreakBetween(m, m + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
