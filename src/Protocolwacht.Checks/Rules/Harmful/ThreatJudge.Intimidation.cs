using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.Harmful;

// Intimidation without a word of violence (eleventh pass): consequences hinted and left untold, the addressee's family
// watched at a known time, a menacing emoji beside someone's home or address, and the caution about a thing that a
// warning is not.
internal static partial class ThreatJudge
{
    // A devil, a knife, a dagger, a gun, a bomb, an axe: beside a home or an address they say what the visit is for.
    private static readonly int[] MenaceEmoji = [0x1F608, 0x1F47F, 0x1F52A, 0x1F5E1, 0x1F52B, 0x1F4A3, 0x1FA93];

    // "(je) weet (je) wat er gebeurt met mensen die …", "als je nog eens …, weet je wat er gebeurt": what will happen is
    // hinted on a condition or at people like the addressee, and not told; an answer after a colon or in the next
    // sentence ("Weet je wat er gebeurt als je gist te lang laat rijzen? Dan zakt je brood in.") explains instead.
    private static int? Innuendo(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if (t[k].Key is not ("weet" or "weten" or "wist") || !Addressed(context, s, k) || Happening(context, s, k) is not { } verb)
            {
                continue;
            }

            if ((OnCondition(context, s) || PeopleAfterMet(context, s, k, verb)) && !Answered(context, sentences, si, verb))
            {
                return verb;
            }
        }

        return null;
    }

    // "als", "anders" or "nog" ("kom nog eens aan mijn auto en dan …") anywhere in the sentence: a condition or an ultimatum.
    private static bool OnCondition(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "als" or "anders" or "nog")
            {
                return true;
            }
        }

        return false;
    }

    // A pronoun beside "weet": "weet je", "jij weet", "weten ze".
    private static bool Addressed(CheckContext context, Sentence s, int k)
    {
        var person = Words.SecondPerson | Words.ThirdPerson;
        return (k > s.First && (context.Classes[k - 1] & person) != 0) || (k < s.Last && (context.Classes[k + 1] & person) != 0);
    }

    // "wat er (…) gebeurt/overkomt/staat" within a few words after "weet": the index of the verb.
    private static int? Happening(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var w = k + 1; w <= Math.Min(s.Last - 1, k + 3); w++)
        {
            if (t[w].Key != "wat" || t[w + 1].Key != "er")
            {
                continue;
            }

            for (var v = w + 2; v <= Math.Min(s.Last, w + 5); v++)
            {
                if (t[v].Key is "gebeurt" or "gebeuren" or "overkomt" or "staat")
                {
                    return v;
                }
            }
        }

        return null;
    }

    // "met mensen die …", "met types zoals jij": what happens is said to happen to people, just before or after the verb.
    private static bool PeopleAfterMet(CheckContext context, Sentence s, int k, int verb)
    {
        var t = context.Tokens;
        for (var m = k + 1; m <= Math.Min(s.Last - 1, verb + 1); m++)
        {
            if (t[m].Key != "met")
            {
                continue;
            }

            for (var p = m + 1; p <= Math.Min(s.Last, m + 2); p++)
            {
                if ((context.Classes[p] & (Words.Target | Words.SecondPerson)) != 0 || t[p].Key is "types" or "figuren" or "lui" or "hem" or "haar")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The answer follows: after a colon in the same sentence, or as the next sentence opening with "dan" or with a
    // pronoun for the thing explained ("ze worden bruin").
    private static bool Answered(CheckContext context, List<Sentence> sentences, int si, int verb)
    {
        var s = sentences[si];
        for (var j = verb + 1; j <= s.Last; j++)
        {
            if (context.Text.Folded.AsSpan(context.Tokens[j - 1].End, context.Tokens[j].Start - context.Tokens[j - 1].End).Contains(':'))
            {
                return true;
            }
        }

        return si + 1 < sentences.Count && context.Tokens[sentences[si + 1].First].Key is "dan" or "ze" or "zij" or "het" or "die" or "hij";
    }

    // "Je zoontje speelt elke woensdag op het pleintje achter de kerk, hè?": a relative of the addressee, a habit at a
    // time of the week or day (known by watching; "komt zondag ook naar de barbecue, toch?" is one event), and a tag
    // question that asks the addressee to confirm what the author knows.
    private static bool Watched(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        if (s.Last - s.First < 4 || t[s.Last].Key is not ("he" or "toch") || !context.ClauseBreakBetween(s.Last - 1, s.Last) || !s.Has(context.Classes, Words.RoutineTime) || !Habitual(context, s))
        {
            return false;
        }

        for (var j = s.First; j < s.Last - 1; j++)
        {
            if ((context.Classes[j] & Words.AddresseePossessive) != 0 && ((context.Classes[j + 1] & Words.Kin) != 0 || (context.Classes[j + 2] & Words.Kin) != 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Habitual(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (context.Tokens[k].Key is "elke" or "iedere" or "elk" or "ieder" or "altijd" or "meestal" or "vaak")
            {
                return true;
            }
        }

        return false;
    }

    // The first token at or after a character offset, -1 if none; a loop, where a lambda capturing the addresses made a
    // closure on every call of MenacedHome, before its emoji test.
    private static int FirstFrom(List<Normalisation.Token> tokens, int start)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start >= start)
            {
                return k;
            }
        }

        return -1;
    }

    // A menacing emoji with a street address ("Kerkstraat 14, toch? 😈") or with the addressee's home ("wacht maar tot
    // je thuis bent 🔪"); the author's own home ("mijn") is no threat to anyone.
    private static (int First, int Last)? MenacedHome(CheckContext context, List<Sentence> sentences)
    {
        if (!Emoji.AnyOf(context.Request.Text, MenaceEmoji))
        {
            return null;
        }

        var addresses = new List<Candidate>();
        AddressScanner.Scan(context.Tokens, addresses);
        if (addresses.Count > 0)
        {
            var first = FirstFrom(context.Tokens, addresses[0].Start);
            return first < 0 ? null : (first, Math.Min(context.Tokens.Count - 1, first + 1));
        }

        var c = context.Classes;
        foreach (var s in sentences)
        {
            if (s.Fictional(context) || !s.Has(c, Words.SecondPerson))
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & Words.Home) != 0 && (c[k] & Words.FirstPossessive) == 0)
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // "Pas maar op met die nieuwe schaatsen", "kijk uit voor gladheid": the care asked is for a thing, not for a
    // person ("pas maar op voor mij", "kijk uit met wat je zegt" stay warnings).
    private static bool Cautioned(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var p = CareVerb(t[k]) ? k
            : k + 1 <= s.Last && t[k + 1].Key is "op" or "uit" ? k + 1
            : k + 2 <= s.Last && t[k + 2].Key is "op" or "uit" ? k + 2 : -1;
        if (p < 0 || p + 1 > s.Last || t[p + 1].Key is not ("met" or "bij" or "voor"))
        {
            return false;
        }

        var person = Words.SecondPerson | Words.FirstPerson | Words.Target;
        for (var j = p + 2; j <= Math.Min(s.Last, p + 4); j++)
        {
            if ((context.Classes[j] & person) != 0 || ((context.Classes[j] & Words.ThirdPerson) != 0 && t[j].Key is not ("die" or "deze" or "zulke")))
            {
                return false;
            }
        }

        return true;
    }
}
