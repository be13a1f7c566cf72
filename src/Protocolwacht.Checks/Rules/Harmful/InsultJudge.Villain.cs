namespace Protocolwacht.Checks.Rules.Harmful;

// Twenty-second pass: a noun of tyranny or crime (`villain`) pointed at a school role or the organisation without a
// copula: a demonstrative or "zo'n" before it ("die despoot van een directeur", "zo'n tiran als onze teamleider", "die
// dictator in het MT"), or a collective ("een stelletje/zootje criminelen daar op het bestuursbureau"), and a school person
// or organisation word later in its clause. A relative clause after the noun describes it ("zo'n tiran die Rome liet
// branden"), and history and plays keep it a story.
internal static partial class InsultJudge
{
    private static (int First, int Last)? VillainOfRole(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        if ((c[k] & Words.Villain) == 0 || !Pointed(context, s, k) || s.NegatedAt(context, k, 3) || context.IsMention(k)
            || s.Has(c, Words.HistoryCue | Words.Fiction) || Quoted(context, k))
        {
            return null;
        }

        var t = context.Tokens;
        for (var j = k + 1; j <= s.Last && j <= k + 6 && !context.ClauseBreakBetween(k, j); j++)
        {
            // "zo'n tiran die Rome liet branden", "het stelletje dat bij de sporthal inbrak": a relative clause.
            if (j == k + 1 && t[j].Key is "die" or "dat" or "wie")
            {
                return null;
            }

            if ((c[j] & (Words.SchoolPerson | Words.OrganisationTarget)) != 0)
            {
                return (Math.Max(s.First, k - 2), j);
            }
        }

        return null;
    }

    // "die/deze/dat despoot", "zo'n tiran" (read as "zo" "n"), "een stelletje/zootje criminelen", one adjective between.
    private static bool Pointed(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 2; j--)
        {
            var key = t[j].Key;
            if (key is "die" or "deze" or "dat" or "stelletje" or "zootje" || (key == "n" && j - 1 >= s.First && t[j - 1].Key == "zo"))
            {
                return true;
            }
        }

        return false;
    }
}
