namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Counter-speech: hate that is quoted in order to condemn or deny it ("Het is triest dat sommigen beweren dat …",
/// "Dat klopt niet"), judged over a sentence and its neighbours. The group and insult judges ask it before they
/// count an evaluation as used rather than reported.
/// </summary>
internal static partial class CounterSpeech
{
    /// <summary>
    /// True when token <paramref name="at"/> stands in a sentence about a group that condemns what it reports
    /// ("Het is triest dat sommigen beweren dat vluchtelingen profiteurs zijn"): the insult is quoted, not used.
    /// </summary>
    public static bool Condemned(CheckContext context, List<Sentence> sentences, int at)
    {
        var si = Sentence.IndexOf(sentences, at);
        return si >= 0 && sentences[si].Has(context.Classes, Words.Group) && Around(context, sentences, si);
    }

    /// <summary>True when sentence <paramref name="si"/> or a neighbour condemns or denies what it reports.</summary>
    public static bool Around(CheckContext context, List<Sentence> sentences, int si)
    {
        var c = context.Classes;
        if (Disputed(context, sentences, si) || GenericSpeaker(context, sentences[si]))
        {
            return true;
        }

        if (Verdict(context, sentences, si) || NormFollows(context, sentences, si) || ReactionFollows(context, sentences, si)
            || HistoryTaught(context, sentences, si))
        {
            return true;
        }

        var from = Step(sentences, si, -1);
        var to = Step(sentences, si, +1);
        for (var j = from; j <= to; j++)
        {
            var s = sentences[j];
            if (Condemns(context, s) || ReportedClaim(context, s) || SpeechRejected(context, s) || DisgustAtSpeech(context, s))
            {
                return true;
            }

            // "Het is niet waar dat …", "Dat klopt niet".
            for (var k = s.First; k < s.Last; k++)
            {
                // "nooit waren geboren": "waren" is the past of "zijn" there, not a form of "waar" (true).
                if ((c[k] & Words.Negation) != 0 && (c[k + 1] & Words.Correctness) != 0 && context.Tokens[k + 1].Key != "waren")
                {
                    return true;
                }

                if (context.Tokens[k].Key == "klopt" && (c[k + 1] & Words.Negation) != 0)
                {
                    return true;
                }

                if ((c[k] & Words.Negation) != 0 && NotSoThat(context, s, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Walgelijk dat mensen X met ratten vergelijken", "Schandalig hoe sommigen X als ongedierte afschilderen", "Ik walg
    // ervan dat …": a verdict of disgust opens the sentence and judges what others say, compare or label in the clause
    // after "dat"/"hoe". The author saying it ("walgelijk dat ik ze ratten noem") is no such verdict.
    private static bool DisgustAtSpeech(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var clause = -1;
        for (var k = s.First; k <= Math.Min(s.Last - 1, s.First + 4); k++)
        {
            if (((c[k] & Words.Disapproval) != 0 || (c[k] & Words.HateEmotion) != 0) && k + 1 <= s.Last)
            {
                var next = t[k + 1].Key == "ervan" || t[k + 1].Key == "van" ? k + 2 : k + 1;
                if (next <= s.Last && t[next].Key is "dat" or "hoe")
                {
                    clause = next;
                    break;
                }
            }
        }

        if (clause < 0)
        {
            return false;
        }

        for (var k = clause + 1; k <= s.Last; k++)
        {
            if ((c[k] & Words.FirstPerson) != 0)
            {
                return false;
            }

            // Twenty-first pass: what others want is judged as what they say ("schandalig dat mensen X in een kamp willen stoppen").
            if ((c[k] & (Words.ClaimVerb | Words.Labelling)) != 0 || CompareVerb.Contains(t[k].Key) || t[k].Key is "willen" or "wil" or "wilden" or "wilde")
            {
                return true;
            }
        }

        return false;
    }

    // The forms of "vergelijken" (to compare), from the morphology table.
    private static readonly HashSet<string> CompareVerb = [.. new[] { "vergelijken", "vergeleek", "vergeleken" }.SelectMany(Language.Morphology.FormsOf)];

    // A word of condemnation in the sentence ("racisme", "onzin", "het doet pijn"), but not a feeling denied: in
    // "X voelen geen pijn" the pain is what the group is said to lack, not the author's verdict on what is said.
    private static bool Condemns(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Words.Condemnation) != 0 && !((c[k] & Words.Soul) != 0 && k > s.First && context.Tokens[k - 1].Key is "geen" or "zonder" or "minder"))
            {
                if (!CondemnationDenied(context, s, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Twenty-sixth pass (hate22): "Racisme bestaat niet, homo's zijn gewoon ziek", "het is geen haat, …", "dit heeft niks
    // met discriminatie te maken, …": the word of condemnation is denied, so the sentence condemns nothing and what it
    // says of a group is said by the author. "Racisme bestaat niet alleen in Amerika" denies only a part.
    private static bool CondemnationDenied(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (k + 2 <= s.Last && t[k + 1].Key is "bestaat" or "bestaan" && (c[k + 2] & Words.Negation) != 0
            && !(k + 3 <= s.Last && t[k + 3].Key == "alleen"))
        {
            return true;
        }

        if (k - 2 >= s.First && t[k - 1].Key == "geen" && (c[k - 2] & Words.Copula) != 0)
        {
            return true;
        }

        if (k - 2 >= s.First && t[k - 1].Key == "met" && t[k - 2].Key is "niks" or "niets")
        {
            return true;
        }

        return k - 1 >= s.First && (DeniedByTheWordBefore(context, s, k) || PredicatedOfGroup(context, s, k) || DisclaimedThenSaid(context, s, k)
            || WillDisclaimed(context, s, k));
    }

    // Review fix: "Het is niet zo dat ik racistisch ben, maar Roemenen zijn …": the word of condemnation denied in the clause
    // after "niet zo dat", with a group or a vice asserted after "maar", is the disclaimer of what follows.
    private static bool DisclaimedThenSaid(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        for (var j = k - 1; j - 2 >= s.First && j >= k - 6 && !context.ClauseBreakBetween(j, k); j--)
        {
            if (t[j].Key == "dat" && t[j - 1].Key == "zo" && (context.Classes[j - 2] & Words.Negation) != 0)
            {
                return AssertedAfterTheClause(context, s, k);
            }
        }

        return false;
    }

    // Thirty-second pass (hate28): "Niks racistisch aan", "dat is niet racistisch" deny the condemnation (after "niet" only an
    // adjective: "niet discrimineren" is a norm, "niet terecht" a verdict), as does "Geen fabel hoor, …" opening the sentence
    // (`claim-dismissal`: a dismissal turned round, what follows is asserted; "Geen racisme op onze school" condemns).
    private static bool DeniedByTheWordBefore(CheckContext context, Sentence s, int k)
    {
        var before = context.Tokens[k - 1].Key;
        var key = context.Tokens[k].Key;
        return before is "niks" or "niets"
            || (before == "niet" && (key.EndsWith("isch", StringComparison.Ordinal) || key.EndsWith("end", StringComparison.Ordinal)))
            || (before == "geen" && k - 1 == s.First && (context.Classes[k] & Words.ClaimDismissal) != 0);
    }

    // Thirty-second pass (hate28): "Genderfluïde is onzin": the word of condemnation said of a group right before the copula
    // judges the group, it condemns no speech.
    // "Transgender zijn is onzin", "non-binair is gewoon flauwekul": the group may stand before "zijn" and an adverb may follow
    // the copula.
    private static bool PredicatedOfGroup(CheckContext context, Sentence s, int k)
    {
        var c = context.Classes;
        var copula = (c[k - 1] & Words.Copula) != 0 ? k - 1 : k - 2 >= s.First && (c[k - 2] & Words.Copula) != 0 ? k - 2 : -1;
        if (copula - 2 >= s.First && (c[copula - 1] & Words.Copula) != 0)
        {
            copula--;
        }

        // Review fix: "Geweld tegen moslims is racisme", "Grappen over joden zijn antisemitisch": the group after a preposition
        // is the object of what is condemned, not the subject the verdict is said of.
        return copula - 1 >= s.First && (c[copula - 1] & Words.Group) != 0
            && !(copula - 2 >= s.First && context.Tokens[copula - 2].Key is "tegen" or "over" or "op" or "van" or "voor" or "met");
    }

    // Thirty-second pass (hate28): "Het is niet zo dat we overspoeld worden door …" denies the claim after it; the question
    // "Is het niet zo dat …?" (the verb first) asserts it.
    // Review fix: the denial reaches to the end of the clause after "dat" only; "Het is niet zo dat ik iets tegen ze heb,
    // maar Polen zijn gewoon dieven" is a disclaimer, so a group or a vice after "maar", "alleen", "toch" or a clause break
    // is asserted, not denied.
    private static bool NotSoThat(CheckContext context, Sentence s, int k)
    {
        var t = context.Tokens;
        return k - 2 >= s.First && k + 2 <= s.Last && t[k + 1].Key == "zo" && t[k + 2].Key == "dat" && (context.Classes[k - 1] & Words.Copula) != 0
            && t[k - 2].Key is "het" or "dit" or "dat" && !AssertedAfterTheClause(context, s, k + 2);
    }

    private static bool AssertedAfterTheClause(CheckContext context, Sentence s, int dat)
    {
        var hateful = Words.Group | Words.Slur | Words.Dehumanising | Words.InsultNoun | Words.InsultInContext | Words.NegativeAttribute;
        var after = false;
        for (var j = dat + 1; j <= s.Last; j++)
        {
            after |= context.Tokens[j].Key is "maar" or "alleen" or "toch" || context.ClauseBreakBetween(j - 1, j);
            if (after && (context.Classes[j] & hateful) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "In de les over de Tweede Wereldoorlog bespraken we hoe de nazi's mensen 'Untermenschen' noemden", "affiches
    /// waarop nazi's Joden 'parasieten' noemden": in a sentence set in history taught or remembered (a war, the
    /// Holocaust, propaganda, a museum; or the sentence before it is), words someone else called a group, quoted or
    /// reported with a verb of saying or labelling, are taught, not used. The author saying them ("ik noem ze …")
    /// is not.
    /// </summary>
    private static bool HistoryTaught(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var c = context.Classes;
        if (!s.Has(c, Words.HistoryCue) && !(si > 0 && sentences[si - 1].Has(c, Words.HistoryCue)))
        {
            return false;
        }

        var quoted = context.QuoteSpans.Exists(q => q.Open >= context.Tokens[s.First].Start && q.Close <= context.Tokens[s.Last].End);
        var named = s.Find(c, Words.Group | Words.Slur | Words.Dehumanising);
        for (var k = named + 1; named >= 0 && k <= s.Last; k++)
        {
            // The verb after what was said, as in "hoe de nazi's X 'Y' noemden": not "ze noemen het oorlog, maar X …".
            if ((c[k] & (Words.ClaimVerb | Words.Labelling)) != 0 && !SaidByAuthor(context, s, k))
            {
                return true;
            }
        }

        return quoted && !s.Has(c, Words.FirstPerson);
    }

    // "ik noem ze …", "noemen wij ze …": the author right before or after the verb of saying.
    private static bool SaidByAuthor(CheckContext context, Sentence s, int verb)
    {
        for (var j = Math.Max(s.First, verb - 2); j <= Math.Min(s.Last, verb + 2); j++)
        {
            if (j != verb && (context.Classes[j] & Words.FirstPerson) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The neighbouring sentence in a direction, stepping over an interjection of one or two words ("Nee.",
    // "Echt niet.") that stands between the quoted hate and its condemnation.
    private static int Step(List<Sentence> sentences, int si, int direction)
    {
        var j = si + direction;
        if (j < 0 || j >= sentences.Count)
        {
            return si;
        }

        var beyond = j + direction;
        return sentences[j].Last - sentences[j].First < 2 && beyond >= 0 && beyond < sentences.Count ? beyond : j;
    }

    // "Hoezo zijn X criminelen? Mijn beste vrienden zijn X.": a question that disputes the claim ("hoezo",
    // "sinds wanneer"), answered with something good or the group named again, and nothing bad.
    private static bool Disputed(CheckContext context, List<Sentence> sentences, int si)
    {
        var s = sentences[si];
        var t = context.Tokens;
        var disputes = t[s.First].Key == "hoezo" || (s.First < s.Last && t[s.First].Key == "sinds" && t[s.First + 1].Key == "wanneer");
        if (!disputes || si + 1 >= sentences.Count)
        {
            return false;
        }

        var answer = sentences[si + 1];
        return answer.Has(context.Classes, Words.Positive | Words.Group) && !answer.Has(context.Classes, Words.Negative | Words.Dehumanising | Words.NegativeAttribute | Words.Slur | Words.Curse);
    }

    // "Dit soort haat hoort nergens thuis", "zulke taal hoort hier niet": what was said (a word for speech or
    // hate, no group and no pronoun that could stand for one) told it does not belong.
    private static bool SpeechRejected(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        if (!s.Has(c, Words.SpeechNoun | Words.HateEmotion) || s.Has(c, Words.Group | Words.Slur))
        {
            return false;
        }

        // A pronoun could stand for a group named before ("Ze horen hier niet"); "zulke haat" is a determiner.
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Words.ThirdPerson) != 0 && (k == s.Last || ((c[k + 1] & (Words.SpeechNoun | Words.HateEmotion)) == 0 && context.Tokens[k + 1].Key != "soort")))
            {
                return false;
            }
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & Words.Belonging) != 0 && (s.NegatedAt(context, k, 3) || (k < s.Last && (c[k + 1] & Words.Negation) != 0)))
            {
                return true;
            }
        }

        return false;
    }

    // "Wie vluchtelingen ongedierte noemt, heeft niets geleerd", "Iedereen die zegt dat X …, ": the claim belongs
    // to a speaker the sentence only describes (a relative clause with a verb of saying), whom the main clause judges.
    private static bool GenericSpeaker(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var start = t[s.First].Key == "wie" ? s.First + 1
            : s.First < s.Last && t[s.First].Key is "iedereen" or "iemand" or "mensen" or "wie" && t[s.First + 1].Key == "die" ? s.First + 2 : -1;
        if (start < 0 || start > s.Last)
        {
            return false;
        }

        for (var k = start; k <= s.Last && !context.ClauseBreakBetween(start, k); k++)
        {
            if ((context.Classes[k] & Words.ClaimVerb) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
