namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Insults and ridicule of people: a person or role said to be something insulting ("die vader is een
/// aasgier", "collega's zijn parasieten"), compared to an animal or vermin ("net een gorilla", "gedragen
/// zich als ratten", "het verstand van een goudvis"), or an insulting emoji beside someone (🤡 🐌 🐷).
/// </summary>
internal static partial class InsultJudge
{
    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        var insulting = Words.Insulting | Words.InsultInContext;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            // A slur that is also an ordinary word is its own target when aimed ("Vuile pot!"); AimedAt decides.
            var target = s.Find(c, Words.Target | Words.ThirdPerson | Words.SecondPerson | Words.SlurInContext) >= 0 || Named(context, s) || OthersKin(context, s)
                || (si > 0 && (sentences[si - 1].Has(c, Words.Target) || Named(context, sentences[si - 1])))
                || (s.Has(c, Words.Villain) && s.Has(c, Words.OrganisationTarget));
            if (!target || s.Fictional(context) || PlaysAPart(context, sentences, si) || CounterSpeech.Condemned(context, sentences, s.First) || CounterSpeech.Labelled(context, s, s.First))
            {
                continue;
            }

            // "Mensen in een rolstoel zijn ballast": a burden insults only when said of people named as such,
            // not of whatever "die" points at ("die oude caravan is ballast").
            var evaluations = s.Has(c, Words.Target) ? insulting | Words.Burden : insulting;
            for (var k = s.First; k <= s.Last; k++)
            {
                // "Asielzoekers – ratten zijn het allemaal": the predicate first (InsultJudge.PredicateFirst).
                if (PredicateFirst(context, sentences, si, k) is { } first)
                {
                    return (first, Math.Min(s.Last, k + 2));
                }

                // "die despoot van een directeur", "zo'n tiran als onze teamleider" (InsultJudge.Villain).
                if (VillainOfRole(context, s, k) is { } villain)
                {
                    return villain;
                }

                // "dat varken van een vader" (InsultJudge.Binominal).
                if (AnimalOfPerson(context, s, k) is { } binominal)
                {
                    return binominal;
                }

                if (ScornedAnimalAfterColon(context, s, k) is { } scorned)
                {
                    return (scorned, k);
                }

                // A curse compounded with a person: "kutouders", "kloteleerlingen", "teringwijf".
                if ((c[k] & Words.Curse) != 0 && (c[k] & (Words.SchoolPerson | Words.Person | Words.InsultNoun)) != 0 && !context.IsMention(k)
                    && (c[k] & Words.DiseaseContext) == 0)
                {
                    return (k, k);
                }

                // "die vieze pot", "zij is een pot": a slur that is also an ordinary word, aimed at a person.
                if ((c[k] & Words.SlurInContext) != 0 && !context.IsMention(k) && AimedAt(context, s, k))
                {
                    return (Math.Max(s.First, k - 1), k);
                }

                // "zijn echt dom", "is een aasgier": a person said to be something insulting.
                var evaluation = k > s.First && (c[k] & Words.NegativeAttribute) != 0 ? Words.NegativeAttribute : evaluations;
                var formed = (c[k] & evaluation) == 0 && k > s.First && ContemptByForm(context, s, k);
                if (k == s.First || ((c[k] & evaluation) == 0 && !formed) || s.NegatedAt(context, k, 3) || context.IsMention(k) || Endearing(context, k) || SaidOfSelf(context, k)
                    || IllnessHad.Is(context, k, k)
                    || OpinionEvaluated(context, s, k) >= 0 || AnimalReferent.PointsBack(context, sentences, si, k)
                    || (evaluation != Words.NegativeAttribute && (c[k] & Words.Insulting) == 0 && Quoted(context, k)) || UnquotedTitle.Contains(context, s, k))
                {
                    continue;
                }

                // "is een aasgier", "zijn parasieten", "net een gorilla", "als ratten", "wat een sukkels", "verstand van een goudvis";
                // the faculty is a class (thirtieth pass, rules26: "het denkvermogen van een goudvis"; it was a list here).
                for (var j = k - 1; j >= s.First && j >= k - 3; j--)
                {
                    var key = context.Tokens[j].Key;
                    // "zijn beklad, walgelijk": a copula links only within its clause.
                    // "het" is a form of "heten" in the copula class, but before a noun it is the article ("voor het virus").
                    // "als heks naar het Halloweenfeest": a costume, not a comparison.
                    if ((key == "als" || AsBetween(context, j, k)) && s.Has(c, Words.DressUp))
                    {
                        continue;
                    }

                    if (((c[j] & Words.Copula) != 0 && key != "het" && Subject(context, s, j) && !context.ClauseBreakBetween(j, k)) || (evaluation != Words.NegativeAttribute && (((c[j] & Words.Comparison) != 0 && !ThingCompared(context, s, j)) || key == "wat"))
                        || (key == "van" && j > s.First && (c[j - 1] & Words.Faculty) != 0))
                    {
                        return (j, k);
                    }
                }

                if (CopulaAcrossParticles(context, s, k) is { } far && !s.NegatedAt(context, k, k - far))
                {
                    return (far, k);
                }

                if (Inverted(context, s, k) is { } copula)
                {
                    return (copula, k);
                }

                if (Coordinated(context, s, k) is { } linked)
                {
                    return (linked, k);
                }

                if (ColonApposition(context, s, k) is { } colon)
                {
                    return (colon, k);
                }
            }
        }

        return Emoji(context, sentences) ?? AnimalEmoji(context, sentences);
    }

    // "'Help, mijn juf is een heks!' ligt in de klassenbibliotheek": a word that insults only in context, inside
    // quotation marks, is a title or someone's words (the quote rule's concern), not the author's insult.
    // Only the first span that closes at or after the word's end can hold it (the spans are in text order).
    private static bool Quoted(CheckContext context, int k)
    {
        var spans = context.QuoteSpans;
        var q = Rules.QuoteSpans.FirstClosingAfter(spans, context.Tokens[k].End - 1);
        return q < spans.Count && spans[q].Open < context.Tokens[k].Start;
    }

    // Twenty-fourth pass (rules20): "Deze tas is zo groot als een olifant": a measure ("zo/even groot als") is said of a
    // thing when no person, pronoun or name comes before it and a demonstrative points at a noun that is no person.
    // Without the measure ("die toeristen gedragen zich als beesten") an unknown noun may be people.
    private static bool ThingCompared(CheckContext context, Sentence s, int comparison)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (t[comparison].Key != "als" || comparison - 2 < s.First || t[comparison - 2].Key is not ("zo" or "even"))
        {
            return false;
        }

        var pointed = false;
        for (var m = s.First; m < comparison; m++)
        {
            if ((c[m] & (Words.Target | Words.SecondPerson)) != 0 || context.PersonStartsAt(m) || t[m].Key is "hij" or "zij" or "ze" or "hem" or "haar" or "u")
            {
                return false;
            }

            pointed |= t[m].Key is "deze" or "die" or "dit" or "dat" && m + 1 < comparison && (c[m + 1] & (Words.Copula | Words.Intention | Words.ThirdPerson)) == 0;
        }

        return pointed;
    }

    // "is een gladde aal en een leugenaar", "is een heks, een echte bemoeial": a second predicate noun joined by "en" or
    // set beside the first one, further from the copula than the three words read above.
    private static int? Coordinated(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var article = k - 1 >= s.First && t[k - 1].Key == "een" ? k - 1 : k - 2 >= s.First && t[k - 2].Key == "een" ? k - 2 : -1;
        if (article < 0 || article - 1 < s.First)
        {
            return null;
        }

        var joined = t[article - 1].Key == "en" || context.ClauseBreakBetween(article - 1, article);
        for (var j = article - 2; joined && j >= s.First && j >= k - 8; j--)
        {
            if ((c[j] & Words.Copula) != 0 && t[j].Key != "het" && j + 1 < article && t[j + 1].Key == "een" && Subject(context, s, j))
            {
                return j;
            }
        }

        return null;
    }

    // "Wat zijn de mensen hier toch achterlijk", "Zijn die ouders nou echt zo dom?": the copula opens the
    // sentence (a question or an exclamation) and the person it is said of stands between it and the word.
    private static int? Inverted(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var copula = -1;
        for (var j = s.First; j <= Math.Min(s.First + 1, k - 2); j++)
        {
            if ((c[j] & Words.Copula) != 0 && context.Tokens[j].Key != "het")
            {
                copula = j;
                break;
            }
        }

        if (copula < 0 || context.ClauseBreakBetween(copula, k) || k - copula > 8)
        {
            return null;
        }

        // The subject follows the verb at once, after at most a determiner and a word like "toch" or "nou".
        var m = copula + 1;
        while (m < k && m < copula + 3 && context.Tokens[m].Key is "de" or "die" or "deze" or "onze" or "mijn" or "jouw" or "hun" or "toch" or "nou" or "nu" or "echt" or "al")
        {
            m++;
        }

        if (m < k && (c[m] & (Words.Target | Words.ThirdPerson | Words.SecondPerson)) != 0 && (c[m] & Words.Dehumanising) == 0)
        {
            return copula;
        }

        return PersonBefore(context, m, k) ? copula : null;
    }

    // A person mentioned from token m that ends before k; a loop, not a lambda capturing both (a closure per call).
    private static bool PersonBefore(CheckContext context, int m, int k)
    {
        foreach (var person in context.People)
        {
            if (person.First == m && person.Last < k)
            {
                return true;
            }
        }

        return false;
    }

    // A derogatory adjective before it in a sentence about a person ("die vieze pot van hiernaast … mijn vrouw"),
    // or a copula after a person ("zij is een pot"); "een pot pindakaas", "wat een pot (voetbal)" are not aimed.
    private static bool AimedAt(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        // Said to the reader as a whole clause ("Stomme pot, zoek een vent", "Vieze pot!").
        var vocative = k - 1 == s.First && (k == s.Last || context.ClauseBreakBetween(k, k + 1));
        if (vocative && (c[k - 1] & Words.NegativeAttribute) != 0)
        {
            return true;
        }

        // The adjective's noun points at someone: "die/zo'n/jij vieze pot" ("zo'n" is the tokens "zo" "n"), or "… pot is die buurvrouw" (not "je
        // vieze poten", the legs of "pot" in the morphology table).
        if (k - 2 >= s.First && (c[k - 1] & Words.NegativeAttribute) != 0 && !s.NegatedAt(context, k - 1, 3)
            && (context.Tokens[k - 2].Key is "die" or "deze" or "jij" || Sentence.ZoN(context, k - 2) || (k + 1 <= s.Last && (c[k + 1] & Words.Copula) != 0)))
        {
            for (var j = s.First; j <= s.Last; j++)
            {
                if (j != k && (c[j] & (Words.Target | Words.SecondPerson)) != 0)
                {
                    return true;
                }
            }
        }

        for (var j = k - 1; j >= s.First && j >= k - 2; j--)
        {
            if ((c[j] & Words.Copula) != 0 && context.Tokens[j].Key != "het" && Subject(context, s, j) && !s.NegatedAt(context, k, 3))
            {
                return true;
            }
        }

        return false;
    }

    // Someone else's family or partner ("die tante", "zijn nieuwe vriendin") is a person a remark can be about; the author's
    // own ("mijn zoontje is een kleine kletskous") is teased fondly.
    private static bool OthersKin(CheckContext context, Sentence s, int k) =>
        (context.Classes[k] & Words.Kin) != 0 && (k == s.First || (context.Classes[k - 1] & Words.FirstPossessive) == 0);

    private static bool OthersKin(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if (OthersKin(context, s, k))
            {
                return true;
            }
        }

        return false;
    }

    // A diminutive of an animal is endearment in Dutch ("echte aapjes in het klimrek"), not an insult.
    private static bool Endearing(CheckContext context, int k) =>
        (context.Classes[k] & (Words.InsultNoun | Words.Slur)) == 0 && (context.Tokens[k].Key.EndsWith("je", StringComparison.Ordinal) || context.Tokens[k].Key.EndsWith("jes", StringComparison.Ordinal));

    // The subject before a copula is a person: a person word, a pronoun or a name, not "onze hond" or "die kat". A person
    // after a preposition ("de ratten in de schuur van mijn opa zijn een plaag") belongs to a phrase that
    // describes the subject, so the search goes on to the noun before it.
    // A person mentioned ends at token k; a loop, not a lambda capturing k (a closure on every call of Subject).
    private static bool PersonEndsAt(CheckContext context, int k)
    {
        foreach (var person in context.People)
        {
            if (person.Last == k)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Subject(CheckContext context, Sentence s, int copula)
    {
        var c = context.Classes;
        for (var k = copula - 1; k >= s.First && k >= copula - 8; k--)
        {
            if ((c[k] & Words.Dehumanising) != 0)
            {
                return false;
            }

            // "Die kat van ons is een echte dief": an animal named before the copula is what the sentence is about,
            // unless it is a person's name (Vos) or sits in a phrase about the subject ("die kerel met zijn kat").
            if ((c[k] & Words.Animal) != 0 && !PersonEndsAt(context, k))
            {
                if (AfterPreposition(context, s, k))
                {
                    continue;
                }

                return false;
            }

            if ((c[k] & (Words.Target | Words.ThirdPerson | Words.SecondPerson)) != 0 || OthersKin(context, s, k) || PersonEndsAt(context, k))
            {
                // "Turkse pizza is smerig": a group adjective before a thing makes the thing the subject.
                if (GroupHateJudge.ThingDescribed(context, s, k))
                {
                    return false;
                }

                if (AfterPreposition(context, s, k))
                {
                    continue;
                }

                return k >= copula - 4;
            }
        }

        return false;
    }

    // "van mijn opa", "bij de buren", "in Esveld": a preposition right before the word or before its determiner.
    private static bool AfterPreposition(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var j = k - 1;
        if (j >= s.First && t[j].Key is "de" or "het" or "een" or "mijn" or "onze" or "ons" or "zijn" or "haar" or "hun" or "jouw" or "je")
        {
            j--;
        }

        return j >= s.First && j < k && (context.Classes[j] & Words.Particle) != 0 && t[j].Key is not ("af" or "neer" or "dood" or "plat" or "kapot");
    }

    // "In de schoolmusical is Daan de boze koning. Hij speelt die schurk geweldig.": a word of the sentence after one set in
    // a play that is the part of a verb of acting (PlayedRole's position rule: "speelt die schurk", not "speelde vals, wat
    // een etter") names a part, as the word for the play would in the sentence itself.
    private static bool PlaysAPart(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        if (si == 0 || !s.Has(context.Classes, Words.Acting) || !sentences[si - 1].Fictional(context))
        {
            return false;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & (Words.Insulting | Words.InsultInContext | Words.NegativeAttribute)) != 0 && PersonalDataJudges.PlayedRole.PartAfterActing(context, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word at <paramref name="token"/> is a part played after a sentence set in a play (see <see cref="PlaysAPart"/>).</summary>
    internal static bool InPartPlayed(CheckContext context, List<Sentence> sentences, int token)
    {
        var si = Sentence.IndexOf(sentences, token);
        return si > 0 && sentences[si].Has(context.Classes, Words.Acting) && sentences[si - 1].Fictional(context) && PersonalDataJudges.PlayedRole.PartAfterActing(context, token);
    }
}
