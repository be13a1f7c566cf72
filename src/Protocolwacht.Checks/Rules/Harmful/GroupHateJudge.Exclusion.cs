namespace Protocolwacht.Checks.Rules.Harmful;

// Exclusion of a group without a verb of removal: a slogan ("Weg met (al) die X"), a ban on a place ("Geen X in onze
// straat", "In onze wijk horen geen X", "Er hoort hier geen enkele X"), a country said to be full ("Nederland is vol"),
// and a group said to bring nothing ("X hebben (toch) niks te bieden"). The group must be named; a thing ("weg met de
// regen", "geen auto's in onze straat", "de camping is vol") is no one excluded.
internal static partial class GroupHateJudge
{
    // Determiners and quantifiers that may stand between the slogan or the ban and the group ("weg met al die X").
    private static readonly HashSet<string> Determiner = ["al", "alle", "die", "de", "deze", "dat", "dit", "het", "zulke", "enkele", "enkel", "een"];

    private static bool Excluded(CheckContext context, Sentence s, int group) =>
        Slogan(context, s, group) || Banned(context, s, group) || CountryFull(context, s);

    // "Weg met (al) die Roemenen": "weg met" and only determiners before the group.
    private static bool Slogan(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var j = group - 1;
        while (j >= s.First && j > group - 4 && Determiner.Contains(t[j].Key))
        {
            j--;
        }

        return j - 1 >= s.First && t[j].Key == "met" && t[j - 1].Key == "weg";
    }

    // "Geen X in onze straat" (a slogan: "geen" opens the sentence, and a place of ours follows) or "(er) horen/hoort
    // (hier) geen (enkele) X" (a verb of belonging before the negated group).
    private static bool Banned(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var geen = group - 1;
        if (geen >= s.First && t[geen].Key is "enkele" or "enkel")
        {
            geen--;
        }

        if (geen < s.First || t[geen].Key != "geen")
        {
            return false;
        }

        if ((geen == s.First || Willed(context, s, geen)) && OurPlaceFollows(context, s, group))
        {
            return true;
        }

        // "In onze buurt geen X meer", "in mijn klas wil ik geen X meer": the place of ours first, then only a will.
        if (MoreAfter(context, s, group) && OurPlaceBefore(context, s, geen))
        {
            return true;
        }

        // "Ik wil geen X meer (op mijn school)": the author's will, the group no longer.
        if (MoreAfter(context, s, group) && WantedNoMore(context, s, geen))
        {
            return true;
        }

        // "(er) hoort op ons plein geen …": a short place phrase may stand between the verb and "geen".
        for (var j = geen - 1; j >= s.First && j >= geen - 5 && !context.ClauseBreakBetween(j, geen); j--)
        {
            if (t[j].Key is "horen" or "hoort" or "hoorden" or "hoorde" or "thuishoren" or "thuishoort")
            {
                return true;
            }
        }

        return false;
    }

    // "(wat mij betreft) komen er geen X meer in onze straat", "er mogen geen X …": "er" and a verb of will or coming
    // just before "geen"; "er wonen geen X meer in onze straat" tells who lives there.
    private static bool Willed(CheckContext context, Sentence s, int geen)
    {
        var t = context.Tokens;
        var er = false;
        var willed = false;
        for (var j = geen - 1; j >= s.First && j >= geen - 3 && !context.ClauseBreakBetween(j, geen); j--)
        {
            er |= t[j].Key == "er";
            willed |= (context.Classes[j] & Words.Intention) != 0 || t[j].Key is "mogen" or "mag";
        }

        return er && willed;
    }

    // "geen X meer": "meer" right after the group ("homo's meer").
    private static bool MoreAfter(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var j = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1;
        return j <= s.Last && t[j].Key == "meer";
    }

    // "In onze buurt (wil ik) geen …": a place of ours opens the clause, and between it and "geen" stand only a will and
    // its subject ("wil ik", "willen we", "mag er"); "in onze buurt wonen geen X meer" tells who lives there.
    private static bool OurPlaceBefore(CheckContext context, Sentence s, int geen)
    {
        var t = context.Tokens;
        for (var p = geen - 1; p >= s.First && p >= geen - 7 && !context.ClauseBreakBetween(p, geen); p--)
        {
            if (!PlaceOfOurs(context, s, p))
            {
                continue;
            }

            // The phrase's last word: "in onze buurt", "op de school van mijn kinderen"; "bij ons in het dorp" goes on.
            var end = !Ours(t[p + 1].Key) ? p + 4 : t[p + 1].Key == "ons" && t[p + 2].Key is "in" or "op" ? p + 1 : p + 2;
            if (end + 3 < geen && t[end + 1].Key is "in" or "op" && t[end + 2].Key is "de" or "het")
            {
                end += 3;
            }
            for (var j = end + 1; j < geen; j++)
            {
                if ((context.Classes[j] & (Words.Intention | Words.FirstPerson)) == 0 && t[j].Key is not ("er" or "mag" or "mogen" or "hier" or "echt" or "gewoon"))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    // "ik wil geen …", "wij willen hier geen …": the author's will right before the group is denied.
    private static bool WantedNoMore(CheckContext context, Sentence s, int geen)
    {
        var t = context.Tokens;
        var willed = false;
        var author = false;
        for (var j = geen - 1; j >= s.First && j >= geen - 4 && !context.ClauseBreakBetween(j, geen); j--)
        {
            willed |= t[j].Key is "wil" or "willen" or "wilde" or "wilden";
            author |= (context.Classes[j] & Words.FirstPerson) != 0;
        }

        return willed && author;
    }

    // "in onze straat", "op onze school", "op de school van mijn kinderen", "hier": the author's own place right after the group.
    private static bool OurPlaceFollows(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var j = group + 1 <= s.Last && t[group + 1].Key == "s" ? group + 2 : group + 1; // "homo's"
        if (j > s.Last)
        {
            return false;
        }

        if (t[j].Key is "hier" or "meer")
        {
            return true;
        }

        return PlaceOfOurs(context, s, j);
    }

    // "Nederland is vol", "dit land zit vol": a country said to be full, in a sentence naming a group; "vol" ends its
    // clause ("het land is vol toeristen" says what fills it).
    private static bool CountryFull(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First + 2; k <= s.Last; k++)
        {
            if (t[k].Key != "vol" || (k < s.Last && !context.ClauseBreakBetween(k, k + 1)))
            {
                continue;
            }

            if (((c[k - 1] & Words.Copula) != 0 || t[k - 1].Key is "zit" or "zitten") && (c[k - 2] & Words.Homeland) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "Hier is geen plek voor Turken", "geen plaats voor dat soort" (the group named in the sentence before): no place
    // for the people named right after "voor"; "geen plek voor racisme tegen X" names a thing first.
    private static bool NoPlaceFor(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var j = s.First; j + 3 <= s.Last; j++)
        {
            if (t[j].Key != "geen" || (c[j + 1] & Words.Room) == 0 || t[j + 2].Key != "voor")
            {
                continue;
            }

            var m = j + 3;
            while (m < s.Last && Determiner.Contains(t[m].Key))
            {
                m++;
            }

            if ((c[m] & (Words.Group | Words.Slur)) != 0 || ((c[group] & Words.Group) == 0 && t[m].Key is "soort" or "ze" or "hen" or "types" or "lui" or "volk"))
            {
                return true;
            }
        }

        return false;
    }

    // "X snappen er (toch) niks van", "ze begrijpen gewoon niets", "X snappen geen bal van …": understanding denied to the
    // whole group, with "er … van", "niks/geen @trifle van" or a particle that generalises; help or an explanation in the sentence ("daarom leggen we het uit") is care.
    private static bool UnderstandingDenied(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var c = context.Classes;

        // Twenty-ninth pass (hate25): "Wie hoofddoeken wil verbieden, snapt niets van vrijheid": a sign is a thing, and
        // "wie" before the group makes the one who acts on it the subject, not the group.
        if ((c[group] & Words.GroupSign) != 0 || WhoOpens(context, s, group))
        {
            return false;
        }
        for (var k = group + 1; k <= Math.Min(s.Last - 1, group + 10); k++)
        {
            if ((c[k] & Words.Thinking) == 0 || t[k].Key.StartsWith("leer", StringComparison.Ordinal) || t[k].Key.StartsWith("denk", StringComparison.Ordinal))
            {
                continue;
            }

            var framed = false;
            for (var m = k + 1; m <= Math.Min(s.Last, k + 3); m++)
            {
                framed |= t[m].Key is "er" or "toch" or "gewoon" or "echt" or "helemaal";
                // "snappen niks van X", "begrijpen geen bal van X": nothing understood of a whole field ("nog niks" is a stage).
                var ofAField = m + 1 <= s.Last && t[m + 1].Key == "van" && t[m - 1].Key != "nog";
                var nothing = t[m].Key is "niks" or "niets" || (t[m - 1].Key == "geen" && (c[m] & Words.Trifle) != 0);
                if ((framed || ofAField) && nothing && !HelpGiven(context, s))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "wie" in the group's clause before it ("Wie moslims haat, begrijpt niets van …").
    private static bool WhoOpens(CheckContext context, Sentence s, int group)
    {
        for (var j = group - 1; j >= s.First && !context.ClauseBreakBetween(j, j + 1); j--)
        {
            if (context.Tokens[j].Key == "wie")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HelpGiven(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Words.HelpGiven) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "X hebben (toch) niks te bieden", "niets toe te voegen", "niets bij te dragen": the whole group said to bring nothing.
    private static bool NothingToOffer(CheckContext context, Sentence s, int group)
    {
        var t = context.Tokens;
        var having = false;
        for (var k = group + 1; k <= Math.Min(s.Last, group + 8) && !context.ClauseBreakBetween(group, k); k++)
        {
            if (t[k].Key is "hebben" or "heeft" or "hadden" or "had")
            {
                having = true;
            }
            else if (having && t[k].Key is "niks" or "niets" && Offered(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Offered(CheckContext context, Sentence s, int nothing)
    {
        var t = context.Tokens;
        for (var k = nothing + 1; k <= Math.Min(s.Last, nothing + 4); k++)
        {
            if ((context.Classes[k] & Words.Contribution) != 0 && t[k - 1].Key == "te")
            {
                return true;
            }
        }

        return false;
    }
}
