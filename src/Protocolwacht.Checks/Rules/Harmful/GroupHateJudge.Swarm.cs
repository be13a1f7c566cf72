namespace Protocolwacht.Checks.Rules.Harmful;

// Thirty-ninth pass (hate35): a group told as vermin, weeds or a disaster by what it does in numbers. Two shapes:
// a mass noun right before "van" and the group ("een plaag van X", "een invasie van die X", "een horde van jonge X"), and
// a verb of vermin or weeds with the group as its subject ("X woekeren overal", "overal woekeren die X", "ze krioelen
// overal, die X") or after "van" in the impersonal form ("het krioelt hier van de X"). Of insects, plants or water the
// sentence names no group and is never read ("de muggen zijn een plaag", "het onkruid woekert"); a definite event
// ("de invasie van de Duitsers in 1940") and history are news, not a name for the people.
internal static partial class GroupHateJudge
{
    private static bool Swarmed(CheckContext context, Sentence s, int group)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.Infestation | Words.Pack | Words.SwarmVerb) || ToldAsHistory(context, s))
        {
            return false;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & (Words.Infestation | Words.Pack)) != 0 && MassOf(context, s, k, group) && !s.NegatedAt(context, k, 3))
            {
                return true;
            }

            if ((c[k] & Words.SwarmVerb) != 0 && !s.NegatedAt(context, k, 3) && NegationAfter(context, s, k, 2) < 0 && SwarmSubject(context, s, k, group))
            {
                return true;
            }
        }

        return false;
    }

    // The mass noun, "van", then at most two words that only point or describe ("de", "die", "al die", "jonge") and the group.
    private static bool MassOf(CheckContext context, Sentence s, int k, int group)
    {
        var t = context.Tokens;
        if (group < k + 2 || group > k + 4 || t[k + 1].Key != "van" || (k > s.First && t[k - 1].Key is "de" or "het" or "die" or "deze"))
        {
            return false;
        }

        for (var j = k + 2; j < group; j++)
        {
            if (!Describes(context, j) || context.ClauseBreakBetween(k, j))
            {
                return false;
            }
        }

        return true;
    }

    // The group as subject: before the verb in its clause ("X woekeren overal"), right after it with only pointing words
    // between ("overal woekeren die X"), put after the clause ("…, die X"), or after "van" when "het" is the subject
    // ("het krioelt hier van de X").
    private static bool SwarmSubject(CheckContext context, Sentence s, int k, int group)
    {
        var t = context.Tokens;
        if (group < k)
        {
            return k - group <= 5 && !context.ClauseBreakBetween(group, k);
        }

        if (Dislocated(context, s, group))
        {
            return true;
        }

        if (group - k > 5 || context.ClauseBreakBetween(k, group))
        {
            return false;
        }

        var impersonal = false;
        for (var j = Math.Max(s.First, k - 2); j <= Math.Min(s.Last, k + 1); j++)
        {
            impersonal |= t[j].Key == "het";
        }

        for (var j = k + 1; j < group; j++)
        {
            if (t[j].Key == "van" && impersonal)
            {
                continue;
            }

            if (!Describes(context, j) && t[j].Key is not ("hier" or "daar" or "overal" or "echt" or "gewoon" or "nu" or "steeds"))
            {
                return false;
            }
        }

        return true;
    }

    // A word that only points at or describes the noun after it: an article, a demonstrative, "al", a quantifier or an
    // inflected adjective ("jonge", "illegale").
    private static bool Describes(CheckContext context, int j)
    {
        var key = context.Tokens[j].Key;
        return key is "de" or "die" or "deze" or "al" or "zulke" or "allerlei" || (context.Classes[j] & Words.Quantifier) != 0
            || (key.Length > 3 && key.EndsWith('e') && (context.Classes[j] & (Words.Group | Words.Slur)) == 0);
    }
}
