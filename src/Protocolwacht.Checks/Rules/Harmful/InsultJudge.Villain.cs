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
        var quantified = (c[k] & Words.Villain) != 0 && Quantified(context, s, k);
        if ((c[k] & Words.Villain) == 0 || !(quantified || Pointed(context, s, k)) || s.NegatedAt(context, k, 3) || context.IsMention(k)
            || s.Has(c, Words.HistoryCue | Words.Fiction) || Quoted(context, k))
        {
            return null;
        }

        var t = context.Tokens;
        // Twenty-third pass: a quantified crowd of villains is said of the role or organisation wherever the sentence
        // names it ("Dat hele MT bestaat uit fraudeurs", "stuk voor stuk criminelen, die mensen van de directie").
        // "allemaal boeven en agenten", "boeven tegen twee agenten": a second kind of person joined by "en" or set against
        // the villains by "tegen" is listed beside them, not called one; a game played ("speelt politie en boefje") is no judgement.
        for (var j = s.First; quantified && !s.Has(c, Words.Acting) && j <= s.Last; j++)
        {
            if (j != k && (c[j] & (Words.SchoolPerson | Words.OrganisationTarget)) != 0 && !(j == k + 2 && t[k + 1].Key is "die" or "dat" or "wie") && !Opposed(context, s, k, j))
            {
                return (Math.Min(j, Math.Max(s.First, k - 2)), Math.Max(j, k));
            }
        }

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
            if (key is "die" or "deze" or "dat" or "stelletje" or "zootje" || (j - 1 >= s.First && Sentence.ZoN(context, j)))
            {
                return true;
            }
        }

        return false;
    }

    // Twenty-third pass: a quantifier instead of a demonstrative: "allemaal oplichters", "stuk voor stuk criminelen",
    // "bestaat (alleen maar) uit fraudeurs", and after a copula "één grote boevenbende" ("is daar één grote bende").
    private static bool Quantified(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 3; j--)
        {
            var key = t[j].Key;
            if ((key is "allemaal" or "alleen" && j >= k - 2) || (key == "stuk" && j == k - 1) || (key == "uit" && j - 1 >= s.First && Consists(context, s, j)))
            {
                return true;
            }

            if (key == "grote" && j - 1 >= s.First && t[j - 1].Key == "een" && CopulaBefore(context, s, j - 1))
            {
                return true;
            }
        }

        return false;
    }

    // "bestaat (alleen maar) uit": up to three words before "uit".
    private static bool Consists(CheckContext context, Sentence s, int uit)
    {
        for (var j = uit - 1; j >= s.First && j >= uit - 3; j--)
        {
            if (context.Tokens[j].Key is "bestaat" or "bestaan")
            {
                return true;
            }
        }

        return false;
    }

    private static bool CopulaBefore(CheckContext context, Sentence s, int j)
    {
        for (var m = j - 1; m >= s.First && m >= j - 4; m--)
        {
            if ((context.Classes[m] & Words.Copula) != 0 && context.Tokens[m].Key != "het")
            {
                return true;
            }
        }

        return false;
    }

    // "boeven en agenten", "boeven tegen twee agenten": the person after the villains, joined by "en" or "tegen" (a number
    // or article between).
    private static bool Opposed(CheckContext context, Sentence s, int k, int j)
    {
        // In another clause the role is pointed back at by a demonstrative ("stuk voor stuk criminelen, die mensen van de
        // directie"); without one it is another clause's subject ("…, groep 4 speelt tikkertje").
        if (context.ClauseBreakBetween(Math.Min(k, j), Math.Max(k, j)) && !DemonstrativeBefore(context, s, j))
        {
            return true;
        }

        for (var m = j - 1; m > k && m >= j - 3; m--)
        {
            if (context.Tokens[m].Key is "en" or "tegen")
            {
                return true;
            }
        }

        return false;
    }

    private static bool DemonstrativeBefore(CheckContext context, Sentence s, int j)
    {
        for (var m = j - 1; m >= s.First && m >= j - 4; m--)
        {
            if (context.Tokens[m].Key is "die" or "deze" or "dat" or "dit")
            {
                return true;
            }
        }

        return false;
    }
}
