namespace Protocolwacht.Checks.Rules.Harmful;

// Twentieth pass: idioms of harm by surprise aimed at a person or a group, with no verb of harm. "X weet (straks) niet wat
// hem/hen overkomt" (unless a colon or the next sentence tells the nice surprise: "de kleuters weten niet wat hen
// overkomt: er staat een brandweerauto op het plein"), "X zal er nog van lusten" (never a pleasure), and "daar krijgt X
// spijt van" with X a person pointed at or the addressee told it will happen ("daar ga jij spijt van krijgen"); advice
// ("koop die stoel niet, daar krijg je spijt van") carries a negation, and regret told ("ik kreeg er spijt van") a past.
internal static partial class ThreatJudge
{
    private static bool SurpriseHarm(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var c = context.Classes;
        // Thirty-second pass (rules28): a win, a prize or a present in the sentence ("als onze meester straks de prijs wint,
        // weet hij niet wat hem overkomt") is what befalls him, and it is joy.
        if (s.Has(c, Words.Positive | Words.Gratitude | Words.HelpGiven) || (s.Has(c, Words.Windfall) && !Opponent(context, s))
            || ReportedSpeech.ByOther(context, s.Last))
        {
            return false;
        }

        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            var hit = t[k].Key switch
            {
                "overkomt" or "overkomen" => Overcome(context, s, k) && !Answered(context, sentences, si, k),
                "lusten" => Relished(context, s, k),
                "spijt" => Regretted(context, sentences, si, k),
                _ => false,
            };
            if (hit && Someone(context, s))
            {
                return true;
            }
        }

        return false;
    }

    // "weet/weten … niet wat hen/hun/ze/hem (gaat) overkomt/overkomen", said of others: not "ik weet niet wat me overkomt".
    private static bool Overcome(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var w = k - 1; w >= s.First && w >= k - 4; w--)
        {
            if (t[w].Key != "wat" || w - 1 < s.First || t[w - 1].Key != "niet")
            {
                continue;
            }

            for (var v = w - 2; v >= s.First && v >= w - 4; v--)
            {
                if (t[v].Key is "weet" or "weten")
                {
                    return !FirstPersonNear(context, s, v);
                }
            }
        }

        return false;
    }

    // "er/daar (nog) van lusten": "van" and "er"/"daar" in the few words before "lusten", the one who will not be the author.
    private static bool Relished(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var van = false;
        for (var j = k - 1; j >= s.First && j >= k - 5 && !context.ClauseBreakBetween(j, k); j--)
        {
            van |= t[j].Key == "van";
            if (van && t[j].Key is "er" or "daar")
            {
                return !FirstPersonNear(context, s, j) && !s.NegatedAt(context, k, 5);
            }
        }

        return false;
    }

    // "spijt (van) krijgen/krijgt/krijg", not negated and not past, with someone pointed at or a future for the addressee.
    // Stop 55 (lead): or a future for "hij/ze/zij" in the sentence after one that points at a person ("Ik ken het adres
    // van die gast die onze ramen heeft ingegooid. Hij gaat er spijt van krijgen."): the same promise as "die gast gaat er
    // spijt van krijgen". A person of one's own ("Mijn zoon koos de rode fiets. Hij gaat er spijt van krijgen") is not
    // pointed at, and the past is told ("hij kreeg er spijt van").
    private static bool Regretted(CheckContext context, List<Sentence> sentences, int si, int k)
    {
        var s = sentences[si];
        var t = context.Tokens;
        var c = context.Classes;
        var get = -1;
        for (var j = Math.Max(s.First, k - 4); j <= Math.Min(s.Last, k + 3); j++)
        {
            if (t[j].Key is "krijg" or "krijgt" or "krijgen" && !context.ClauseBreakBetween(Math.Min(j, k), Math.Max(j, k)))
            {
                get = j;
            }
        }

        if (get < 0 || FirstPersonNear(context, s, Math.Min(get, k)) || Negated(context, s))
        {
            return false;
        }

        var future = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            future |= t[j].Key is "ga" or "gaat" or "gaan" or "zal" or "zult" or "zullen";
        }

        return PointsAtSomeone(context, s) || context.PersonStartsIn(s.First, s.Last) || (future && s.Has(c, Words.SecondPerson))
            || (future && si > 0 && s.Has(c, Words.ThirdPerson) && PointsAtSomeone(context, sentences[si - 1]) && !sentences[si - 1].Fictional(context));
    }

    // "die gast", "deze scheidsrechter", "dat kind": a person pointed at with a demonstrative.
    private static bool PointsAtSomeone(CheckContext context, Sentence s)
    {
        for (var j = s.First + 1; j <= s.Last; j++)
        {
            if ((context.Classes[j] & Words.Target) != 0 && context.Tokens[j - 1].Key is "die" or "dat" or "deze")
            {
                return true;
            }
        }

        return false;
    }

    // Review fix: "als hij de prijs wint van mijn zoon": a prize won from the author's own or kin is a grudge against an
    // opponent, not joy.
    private static bool Opponent(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j < s.Last; j++)
        {
            if (t[j].Key == "van" && ((context.Classes[j + 1] & Words.Kin) != 0 || t[j + 1].Key is "mijn" or "onze" or "ons" or "mij"))
            {
                return true;
            }
        }

        return false;
    }

    // "ik", "we" within three words before or after: the author speaks of themselves.
    private static bool FirstPersonNear(CheckContext context, Sentence s, int k)
    {
        for (var j = Math.Max(s.First, k - 3); j <= Math.Min(s.Last, k + 3); j++)
        {
            if (context.Tokens[j].Key is "ik" or "we" or "wij" or "me" or "mij" or "ons")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "niet" or "geen" or "nooit" && !Sentence.Intensifier(context, j))
            {
                return true;
            }
        }

        return false;
    }
}
