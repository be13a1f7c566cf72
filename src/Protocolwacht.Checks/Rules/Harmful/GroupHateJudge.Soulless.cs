namespace Protocolwacht.Checks.Rules.Harmful;

// A group denied feeling, a soul or a conscience: "X hebben geen gevoel", "X zijn net computers: geen emoties",
// "X zijn zielloze poppen zonder echte gevoelens", "X zijn gevoelloos". That makes people machines or objects.
// A faculty or a sensation ("geen gevoel voor richting", "geen gevoel in zijn benen") is no such denial.
internal static partial class GroupHateJudge
{
    private static bool SoulDenied(CheckContext context, Sentence s, int group)
    {
        var c = context.Classes;
        // "Japanse robots hebben geen gevoel": a group adjective before anything but people describes the thing.
        if (context.Tokens[group].Key.EndsWith('e') && group < s.Last && (c[group + 1] & (Words.Target | Words.PeopleCollective)) == 0)
        {
            return false;
        }

        for (var k = group + 1; k <= s.Last; k++)
        {
            if ((c[k] & Words.Soul) != 0 && Denied(context, s, k) is var denial and >= 0 && !s.NegatedAt(context, denial, 3)
                && !Faculty(context, s, k) && SaidOfGroup(context, s, group, denial))
            {
                return true;
            }

            if ((c[k] & Words.Soulless) != 0 && !s.NegatedAt(context, k, 3) && SaidOfGroup(context, s, group, k))
            {
                return true;
            }
        }

        return false;
    }

    // "geen gevoel", "zonder ziel", "zonder echte/eigen gevoelens", "voelen minder pijn": the index of the denial, or -1.
    private static int Denied(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j >= s.First && j >= k - 2; j--)
        {
            if (t[j].Key is "geen" or "zonder")
            {
                return j;
            }

            // "X voelen minder pijn (dan wij)": a lesser feeling said of a group denies it as surely as "geen".
            if (t[j].Key == "minder" && j > s.First && t[j - 1].Key is "voelen" or "voelt" or "ervaren" or "ervaart" or "kennen" or "kent")
            {
                return j;
            }

            if (t[j].Key is not ("echte" or "eigen" or "enig" or "enige" or "werkelijke" or "menselijke" or "menselijk"))
            {
                return -1;
            }
        }

        return -1;
    }

    // "gevoel voor richting", "geen gevoel in zijn benen", "geen pijn meer": a faculty, a sensation or relief.
    private static bool Faculty(CheckContext context, Sentence s, int k) =>
        k < s.Last && context.Tokens[k + 1].Key is "voor" or "van" or "in" or "bij" or "over" or "om" or "meer" or "aan" or "op";

    // The denial belongs to the group: after it, with a copula, a comparison or a verb of having or feeling between
    // ("X hebben geen gevoel", "X zijn net computers: geen emoties", "X voelen geen pijn").
    private static bool SaidOfGroup(CheckContext context, Sentence s, int group, int at)
    {
        if (at <= group || at - group > 10)
        {
            return false;
        }

        for (var j = group + 1; j < at; j++)
        {
            if ((context.Classes[j] & (Words.Copula | Words.Comparison)) != 0
                || context.Tokens[j].Key is "hebben" or "heeft" or "voelen" or "voelt" or "kennen" or "kent" or "bezitten" or "bezit")
            {
                return true;
            }
        }

        return false;
    }
}
