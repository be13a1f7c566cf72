namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Threats and calls for violence without a classic threat word: the author (first person) with an
/// intention and a verb of violence aimed at someone ("ik ga hem opwachten"), a violent outcome promised
/// on a condition ("als ik hem zie, kan hij een ambulance bellen"), or someone who "deserves" or "should
/// get" a beating. Stories and plays (class fiction) are not threats.
/// </summary>
internal static partial class ThreatJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (s.Fictional(context))
            {
                continue;
            }

            // "Weet je wat er gebeurt met mensen die …? Denk daar maar over na.": consequences hinted, never told.
            if (Innuendo(context, sentences, si) is { } hinted)
            {
                return (s.First, hinted);
            }

            // "Vanavond sta ik bij je aan de deur", "ik sta morgen bij het hek op je te wachten": lying in wait; and the
            // twentieth pass's ultimatums, idioms of surprise harm, warnings after knowing and waiting told with a repeat; the
            // twenty-first's results on the body and vehicles driven at someone; the twenty-seventh's finding then prayer.
            if (LyingInWait(context, s) || UltimatumKept(context, s) || SurpriseHarm(context, sentences, si) || KnownThenWarned(context, sentences, si) || WaitedBefore(context, sentences, si)
                || BodyResultPromised(context, s) || DrivenAtSomeone(context, s) || PartTorn(context, s) || VeiledAboutThings(context, sentences, si)
                || FoundThenDismissed(context, sentences, si) || MetThenWarned(context, sentences, si) || WeaponReadyAfter(context, sentences, si)
                || GrudgeNotForgotten(context, sentences, si) || DamageAfterRepeat(context, s) || KnownKinWarned(context, sentences, si))
            {
                return (s.First, s.Last);
            }

            // "Je zoontje speelt elke woensdag op het pleintje, hè?": the addressee's family watched at a known time.
            if (Watched(context, s))
            {
                return (s.First, s.Last);
            }

            // "Ik zag je gisteravond je zoon ophalen bij voetbal.": the addressee's family told as seen, nothing friendly after.
            if (SeenAndLeft(context, sentences, si))
            {
                return (s.First, s.Last);
            }

            var someone = Someone(context, s);
            // Asked once per sentence, not per token: a scan of the sentence for every token made a long sentence quadratic.
            var aimed = someone || Addressed(context, s);
            for (var k = s.First; k <= s.Last; k++)
            {
                // "de schop", "een klap": after an article the word is a noun, not what someone will do.
                var noun = k > s.First && context.Tokens[k - 1].Key is "de" or "het" or "een";
                if (someone && !noun && ((c[k] & Words.HarmVerb) != 0 || SplitVerb.IsHarm(context, s, k)) && !s.NegatedAt(context, k, 4) && !Undergone(context, s, k) && (s.Has(c, Words.FirstPerson) || (s.Has(c, Words.Intention) && IntendedNear(context, s, k)))
                    && !ThingFinished(context, s, k) && !MakesNoSense(context, s, k) && !ThingStruck(context, s, k))
                {
                    return (s.First, k);
                }

                // "ik kom bij hem langs met een knuppel": a visit announced with a weapon.
                if ((c[k] & Words.Weapon) != 0 && aimed && ArmedVisit(context, s, k) && s.Has(c, Words.FirstPerson) && !s.NegatedAt(context, k, 6))
                {
                    return (s.First, k);
                }

                // "die buurman maakt morgen kennis met mijn koevoet": the author's weapon said to meet someone.
                if (aimed && WeaponMeets(context, s, k))
                {
                    return (s.First, k);
                }

                // "de moker ligt al klaar voor die vent", "heb een bijl in de auto liggen": a weapon kept ready for someone.
                if (aimed && WeaponReady(context, s, k))
                {
                    return (s.First, k);
                }

                // "die inspecteur moet maar eens goed oppassen", "kijk maar uit": a warning aimed at someone.
                if ((CareVerb(context.Tokens[k]) || context.Tokens[k].Key is "kijk" or "pas") && someone && Warned(context, s, k))
                {
                    return (s.First, k);
                }

                // "ik maak je kapot", "we maken die vent af": a split verb of destroying with a person in between.
                if (Destroyed(context, s, k) && s.Has(c, Words.FirstPerson) && !s.NegatedAt(context, k, 5))
                {
                    return (s.First, k);
                }

                // "ik steek zijn banden lek", "jouw schutting ligt morgen plat als …": someone's property damaged.
                if (PropertyDamaged(context, s, k))
                {
                    return (s.First, s.Last);
                }

                // "ik breek je benen": someone else's bones broken by the author.
                if (BonesBroken(context, s, k) && s.Has(c, Words.FirstPerson) && !s.NegatedAt(context, k, 4))
                {
                    return (s.First, Math.Min(s.Last, k + 3));
                }

                // "ik krijg je nog wel", "die krijg ik nog": the promise of revenge.
                if (Revenge(context, s, k) && someone && s.Has(c, Words.FirstPerson))
                {
                    return (s.First, k);
                }

                // "in elkaar trappen/slaan": beating someone up, whatever the verb.
                if (BeatUp(context, s, k) && someone && !s.NegatedAt(context, k, 5) && (s.Has(c, Words.FirstPerson) || s.Has(c, Words.Intention)))
                {
                    return (s.First, Math.Min(s.Last, k + 1));
                }

                // "je tanden bij elkaar kunnen zoeken/rapen": the promised result of a beating.
                if (TeethGathered(context, s, k) && someone && (Conditional(context, s) || s.Has(c, Words.Intention)))
                {
                    return (s.First, k);
                }

                // "zorg ik ervoor dat hij niet meer kan lopen": the author promises someone the loss of a bodily ability.
                // The author is in it as "ik" or as "mijn" ("als die vent nog eens over mijn zus begint, kan hij …"); an
                // illness or a fall explains a lost ability without anyone causing it.
                if ((c[k] & Words.BodyAbility) != 0 && someone && AbilityTaken(context, s, k) && s.Has(c, Words.FirstPerson | Words.FirstPossessive)
                    && !s.Has(c, Words.Health | Words.Mishap) && ((Conditional(context, s) && VictimNear(context, s, k)) || Ensured(context, s, k)))
                {
                    return (s.First, k);
                }

                // "als je die bus mist, ben je te laat bij de tandarts": beside a plan kept or missed the place is an appointment.
                // Thirty-eighth pass (school34): "als opa nog één keer van de trap valt, bellen we een ambulance": after a fall the
                // outcome is care, as a mishap makes it in BodyResultPromised.
                if ((c[k] & Words.HarmOutcome) != 0 && someone && !s.NegatedAt(context, k, 4) && (Conditional(context, s) || s.Has(c, Words.Intention)) && !s.Has(c, Words.Schedule | Words.Mishap)
                    && !AtWork(context, s, k) && !OutcomeAsSubjectOrTime(context, s, k) && !OutcomeAsVerb(context, s, k) && !OutcomeSeen(context, s, k)
                    && !OutcomeDescribesSubject(context, s, k) && !OutcomeInGeneralCase(context, s, k))
                {
                    return (s.First, k);
                }
            }
        }

        return MenacedHome(context, sentences);
    }

    // Twenty-eighth pass (school24): "Leerkrachten verdrinken in wat er allemaal moet": the intention must be the harm
    // verb's own ("moeten verdrinken", "ga hem slaan", "verzuipen zullen ze"), before it in its clause or just after it, not
    // a "moet" in a clause further on. A window of twelve words back and three on, so a long sentence is not walked per token.
    private static bool IntendedNear(CheckContext context, Sentence s, int k)
    {
        // Walked out from the verb either way, stopping at a clause break, so each gap is read once.
        var c = context.Classes;
        if ((c[k] & Words.Intention) != 0)
        {
            return true;
        }

        for (var j = k - 1; j >= Math.Max(s.First, k - 12) && !context.ClauseBreakBetween(j, j + 1); j--)
        {
            if ((c[j] & Words.Intention) != 0)
            {
                return true;
            }
        }

        var scanned = 0;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 3) && !context.ClauseBreakWalked(k, j, ref scanned); j++)
        {
            if ((c[j] & Words.Intention) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // "ik ben/werd geslagen", "wij zijn bijna vermoord door …": a passive or perfect of being tells what the
    // speaker or someone suffered, not what the author will do; with a modal ("moeten geslagen worden") or
    // "worden" after the participle it is a call for violence again.
    private static bool Undergone(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k + 1; j <= Math.Min(s.Last, k + 2); j++)
        {
            if (t[j].Key is "worden" or "wordt" or "word")
            {
                return false;
            }
        }

        for (var j = k - 1; j >= s.First && j >= k - 6 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (t[j].Key is "moeten" or "moet" or "mogen" or "mag" or "zou" or "zouden" or "verdienen" or "verdient" or "gaan" or "ga" or "gaat")
            {
                return false;
            }

            if (t[j].Key is "ben" or "bent" or "is" or "was" or "waren" or "werd" or "werden" or "zijn")
            {
                return true;
            }
        }

        return false;
    }

    // "maar (eens goed) oppassen", "pas maar op", "kijk maar uit": "maar" near the warning, and not care for oneself.
    private static bool Warned(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var maar = false;
        for (var j = Math.Max(s.First, k - 4); j <= Math.Min(s.Last, k + 2); j++)
        {
            maar |= t[j].Key == "maar";
        }

        var particle = CareVerb(t[k]) || (k + 2 <= s.Last && t[k + 2].Key is "op" or "uit") || (k + 1 <= s.Last && t[k + 1].Key is "op" or "uit");
        if (Cautioned(context, s, k))
        {
            return false;
        }

        // "fietsers moeten maar oppassen als ze hier langskomen, het is glad": a reason for care in the sentence (ice,
        // slippery roads, thieves: `hazard`) makes the warning advice, as it does for "weet je wat je te wachten staat".
        if (CareForSelf(context, s) || s.Has(context.Classes, Words.Hazard))
        {
            return false;
        }

        return maar && particle;
    }

    // "pas op jezelf", "kijk uit bij het oversteken": care for oneself, each other or in traffic somewhere in the sentence.
    private static bool CareForSelf(CheckContext context, Sentence s) => CareForSelfQuestion.Ask(context, s);

    private static readonly SentenceQuestion CareForSelfQuestion = new(CareForSelfScan);

    private static bool CareForSelfScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (t[j].Key is "jezelf" or "zichzelf" or "elkaar" or "oversteken" or "verkeer" or "auto's" or "fiets" or "fietsen")
            {
                return true;
            }
        }

        return false;
    }

    // "niet/nooit meer (kan/kunnen/zal) lopen", "kan niet meer lopen": an ability taken away; "kan hij alleen nog door
    // een rietje eten": an ability reduced to what is left.
    private static bool AbilityTaken(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var taken = false;
        var modal = false;
        for (var j = k - 1; j >= s.First + 1 && j >= k - 8; j--)
        {
            taken |= (t[j].Key == "meer" && t[j - 1].Key is "niet" or "nooit") || (t[j].Key == "nog" && t[j - 1].Key is "alleen" or "enkel");
            modal |= t[j].Key is "kan" or "kunnen" or "kon" or "konden" or "zal" or "zullen";
        }

        return taken && modal;
    }

    // "als ik hem zie, kan hij niet meer lopen": a pronoun for the victim just before the lost ability.
    private static bool VictimNear(CheckContext context, Sentence s, int k)
    {
        for (var j = k - 1; j >= s.First && j >= k - 7; j--)
        {
            if (context.Tokens[j].Key is "hij" or "zij" or "ze" or "je" or "jij" or "die" or "u")
            {
                return true;
            }
        }

        return false;
    }

    // "ik zorg (er persoonlijk) voor dat … niet meer kan lopen", "ik regel wel dat …": the author takes on
    // the outcome, so "zorg" comes before it with "dat" in between (not "ik zorg nu voor hem").
    // Asked per token: the first "dat" after the sentence's first "zorg"/"regel" is found once per long sentence, and the
    // outcome is taken on when it comes before the token (a walk from the sentence start per token made it quadratic).
    private static bool Ensured(CheckContext context, Sentence s, int k)
    {
        var dat = EnsuringDat.Find(context, s);
        return dat >= 0 && dat < k;
    }

    private static readonly SentencePosition EnsuringDat = new(EnsuringDatScan);

    private static int EnsuringDatScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var ensuring = false;
        for (var j = s.First; j <= s.Last; j++)
        {
            if (ensuring && t[j].Key == "dat")
            {
                return j;
            }

            ensuring |= t[j].Key is "zorg" or "zorgen" or "regel" or "regelen";
        }

        return -1;
    }

    private static bool Conditional(CheckContext context, Sentence s) => ConditionalQuestion.Ask(context, s);

    private static readonly SentenceQuestion ConditionalQuestion = new(ConditionalScan);

    private static bool ConditionalScan(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if (t[k].Key is "als" or "wie" or "volgende" or "straks" or "anders" or "zodra" or "wanneer" || CountAfterNog(context, s, k))
            {
                return true;
            }
        }

        // "Nog één woord en …", "één woord meer en …": an ultimatum is a condition too. Asked once, after the walk: asked per
        // "een … meer" it walked the sentence again for each (quadratic), and an ultimatum's count is a "nog één" (found
        // above) or an "een … meer", so this is the same answer.
        return UltimatumAnd(context, s) >= 0;
    }

    // Someone a threat can be aimed at: you, a person or group, "whoever" ("wie aan mijn fiets komt"), or
    // "die"/"deze" pointing at a person ("die man", or alone: "die krijgt ervan langs") — not "die ballon".
    // "dat stuk tuig", "dat stuk vreten", "die stuk stront": "stuk" with a word of contempt after a demonstrative names a
    // person; "dat stuk roest", "een stuk taart" name things.
    private static bool PieceOf(CheckContext context, Sentence s, int k) =>
        k + 2 <= s.Last && context.Tokens[k].Key is "dat" or "die" or "dit" or "deze" && context.Tokens[k + 1].Key == "stuk"
        && (context.Classes[k + 2] & (Words.Dehumanising | Words.InsultNoun | Words.Curse | Words.BadConduct)) != 0;

    private static bool Someone(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        var t = context.Tokens;
        if (s.Has(c, Words.SecondPerson | Words.Target) || t[s.First].Key == "wie" || context.PersonStartsIn(s.First, s.Last))
        {
            return true;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if (PieceOf(context, s, k))
            {
                return true;
            }

            if ((c[k] & Words.ThirdPerson) == 0)
            {
                continue;
            }

            if (t[k].Key is not ("die" or "deze" or "zulke"))
            {
                return true;
            }

            // A demonstrative before a noun points at that noun; before a verb or at the end it is a person.
            if (k == s.Last || (c[k + 1] & (Words.Target | Words.SecondPerson | Words.InsultNoun | Words.Copula | Words.Intention | Words.FirstPerson)) != 0
                || t[k + 1].Key is "krijgt" or "krijg" or "heeft" or "kan")
            {
                return true;
            }
        }

        return false;
    }
}
