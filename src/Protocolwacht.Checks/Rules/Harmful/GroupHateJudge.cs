namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Discriminatory remarks about a protected group: the group (or a pronoun in the next sentence that
/// points back to it) with an evaluation in the same sentence: a slur, a dehumanising noun, a negative
/// attribute, a curse, a call for violence or removal, or a negated positive ("niet welkom", "nooit te
/// vertrouwen"). A negated negative ("zijn geen criminelen"), a sentence that condemns what it quotes
/// (counter-speech) and a word only mentioned in quotes ("het woord 'neger'") are not hate. Questions and
/// opinions are judged by the same words: "Waarom zijn X altijd zo agressief?" is hate too.
/// </summary>
internal static partial class GroupHateJudge
{
    /// <summary>
    /// Every pattern below starts from a group or a slur in the post, or from a group the message replied to names: a post
    /// with neither and no reply is skipped at the entry (perf23), which asks the post's classes once. A pattern that starts
    /// from another class must add it here.
    /// </summary>
    private static readonly ClassMask Needs = Words.Group | Words.Slur | Words.GroupSign;

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        if ((context.PostClasses & Needs) == 0 && context.Request.ReplyTo?.Text is not { Length: > 0 })
        {
            return null;
        }

        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];

            // "Gooi al die moskeeën dicht": a group's place or sign closed or banned names the group without its word.
            if (s.Has(c, Words.GroupSign) && PlaceClosed(context, s) is var sign and >= 0 && !CounterSpeech.Around(context, sentences, si))
            {
                return (Math.Max(s.First, sign - 3), sign);
            }

            var group = s.Find(c, Words.Group | Words.Slur);
            // "… mijn Koerdische buurman. Ik ben er nog boos over.": a sentence about the author's own feeling is not about the group.
            // A group others labelled ("werden X afgeschilderd als …. Een lezing over hoe gevaarlijk die taal was.") is
            // not carried on: the next sentence speaks of the labelling.
            if (group < 0 && si > 0 && sentences[si - 1].Has(c, Words.Group | Words.Slur) && (s.Has(c, Words.ThirdPerson) || !NamesSomeoneElse(context, s))
                && !CounterSpeech.Labelled(context, sentences[si - 1], sentences[si - 1].Find(c, Words.Group | Words.Slur))
                && !ThingDescribed(context, sentences[si - 1], sentences[si - 1].Find(c, Words.Group | Words.Slur))
                && !(s.Find(c, Words.AnimalHypernym) is var pet and >= 0 && AnimalReferent.PointsBack(context, sentences, si, pet)))
            {
                // Twenty-second pass: "Wat zijn die zwarte puntjes? Bladluizen zijn het": a colour of a thing is carried on as no group.
                group = s.First;
            }

            // A reply that takes up the group the message it answers named ("Klopt. Ze kosten alleen maar geld.").
            if (group < 0 && si <= 1 && s.Has(c, Words.ThirdPerson) && !s.Has(c, Words.Target) && ReplyNamesGroup(context))
            {
                group = s.First;
            }

            // "Er komt een azc. Ik zeg het eerlijk. Ik wil ze hier niet.": a plural pronoun two sentences on.
            if (group < 0 && si > 1 && sentences[si - 2].Has(c, Words.Group) && !sentences[si - 1].Has(c, Words.Target) && Plural(context, s))
            {
                group = s.First;
            }

            // "In Polen", "naar Turkije", "uit Syrië": a country or origin, not the people; a group named after it is
            // (twenty-eighth pass, hate24: "Ga terug naar Afrika, jullie X").
            while (group > s.First && context.Tokens[group - 1].Key is "in" or "naar" or "uit" && !s.Has(c, Words.Slur))
            {
                group = s.Find(c, Words.Group, group + 1);
            }

            // "Turkse pizza is smerig", "de Franse les": an adjective before a singular thing describes the thing.
            while (group >= 0 && (ThingDescribed(context, s, group) || OnePossessed(context, s, group)))
            {
                group = s.Find(c, Words.Group | Words.Slur, group + 1);
            }

            if (group < 0 || context.IsMention(group) || CounterSpeech.Around(context, sentences, si) || CounterSpeech.Labelled(context, s, group))
            {
                continue;
            }

            var bare = BareGroupAnswered(context, sentences, si, group);
            for (var k = s.First; k <= s.Last; k++)
            {
                var w = Particle(context, s, k);
                if (context.IsMention(k) || ((w & Words.Intensifier) != 0 && Intensifies(context, s, k)) || PeopleWord(context, s, k))
                {
                    continue;
                }

                if (((w & Words.Slur) != 0 && !TenderDiminutive(context, s, k) && !MedicalTerm(context, s, k)) || ((w & Words.Group) != 0 && (w & Words.Curse) != 0))
                {
                    return (k, k);
                }

                // "Typisch die Antillianen", "vrouwen kunnen niet leidinggeven": a generalisation of ability or character.
                if (k == group && (Typical(context, s, group) || Smelled(context, s, group) || CannotDo(context, s, group) || ReducedTo(context, s, group) || Unwanted(context, s, group)
                    || Essentialised(context, s, group) || RightQuestioned(context, s, group) || Unwilling(context, s, group) || Privileged(context, s, group)
                    || AbilityDoubted(context, s, group) || Tolerated(context, s, group) || SoulDenied(context, s, group)
                    || Excluded(context, s, group) || NothingToOffer(context, s, group) || NoPlaceFor(context, s, group)
                    || UnderstandingDenied(context, s, group) || NotInOurPlace(context, s, group) || Replaced(context, sentences, si, s, group)
                    || RightDenied(context, s, group) || BelongsElsewhere(context, s, group) || Pathologised(context, s, group)
                    || CureDemanded(context, s, group) || IdleAtOurExpense(context, sentences, si, s, group) || OrderedToLeave(context, s, group)
                    || AdvisedToGoBack(context, s, group) || ((c[group] & (Words.Group | Words.Slur)) == 0 && (TroublesListed(context, s) || OrderedAwayAfter(context, s)))
                    || Loitering(context, s, group) || ArmedAfter(context, s, group) || Swarmed(context, s, group) || MadeSick(context, s, group)))
                {
                    return (group, Math.Min(s.Last, group + 3));
                }

                // Stop 52 (lead): a later group in the sentence is generalised as the first one would be ("Die vrouwen met
                // hun kinderwagens, echt typisch Marokkanen": the first group is only who was seen).
                if (k > group && (w & Words.Group) != 0 && !ThingDescribed(context, s, k) && !OnePossessed(context, s, k) && Typical(context, s, k))
                {
                    return (k, Math.Min(s.Last, k + 3));
                }

                if (k == group && (w & Words.Group) != 0)
                {
                    continue;
                }

                // "Ik haat X", "ik walg van X", "een hekel aan X", "X kan ik niet uitstaan": a strong feeling aimed at the group.
                if (((w & Words.HateEmotion) != 0 && FeltTowards(context, s, k, group)) || (Endured(context, k) && s.NegatedAt(context, k, 4)))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                // "X zijn geen mensen", "X verdienen het niet om te leven": humanity or life denied.
                if (k > group && (HumanityDenied(context, s, k) || LifeDenied(context, s, k)))
                {
                    return (group, k);
                }

                // "een horde X", "als een roedel wolven", "net een mierennest": the group told as a pack of animals.
                if ((w & Words.Pack) != 0 && Herded(context, s, group, k) && !s.NegatedAt(context, k, 3))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                // Thirty-fourth pass (hate30): "Hindoes? Weerzinwekkend.": a short answer of disapproval to the group alone.
                if (bare && (w & Words.Disapproval) != 0 && s.Last - s.First < 3 && !s.NegatedAt(context, k, 3))
                {
                    return (k, k);
                }

                // "Vrouwen worden slachtoffer van geweld": what follows a word of suffering is done to the group;
                // "graven beklad, walgelijk": disapproval after a comma judges the deed.
                if ((k > group && Suffered(context, s, group, k)) || ((w & Words.Disapproval) != 0 && !bare && Remark(context, s, group, k)))
                {
                    continue;
                }

                if ((w & (Words.Dehumanising | Words.NegativeAttribute | Words.InsultNoun | Words.Curse | Words.Nuisance)) != 0 && !s.NegatedAt(context, k, 4)
                    && !((w & Words.Dehumanising) != 0 && (Owned(context, s, k) || Origin(context, s, k)) && !Linked(context, s, group, k))
                    && !((w & Words.Dehumanising) != 0 && Governed(context, s, k)) && !(k < group && (OneVictim(context, s, group) || s.RelativeObject(context, k, group)))
                    && !OpinionOverGroup(context, s, group, k) && !TheDisease(context, s, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                if ((w & Words.Negative) != 0 && !s.NegatedAt(context, k, 3) && Linked(context, s, group, k) && Generalised(context, s, group, k)
                    && !ComplaintJudge.BodyPartNamed(context, s, k) && !InPhrase(context, group, k) && !TheDisease(context, s, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                // "zijn net wilden", "zijn een kostenpost", "zijn geldwolven": a word that insults only when said of someone,
                // right after a copula or comparison.
                if ((w & (Words.InsultInContext | Words.Burden | Words.Predator)) != 0 && k > group && !s.NegatedAt(context, k, 3) && SaidOf(context, s, k))
                {
                    return (group, k);
                }

                // Thirty-second pass (hate28): "zijn niet minder goed" negates the lessening: praise, not a trait denied.
                if ((w & (Words.Belonging | Words.Positive)) != 0 && (k > group || k == group - 1) && (s.NegatedAt(context, k, 5) != Lessened(context, s, k)) && !NoNeed(context, s, k)
                    && !Superlative(context, s, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                // Thirty-second pass (hate28): "Zigeuners zijn minder beschaafd dan wij": an ability made less of the whole group.
                if ((w & Words.Ability) != 0 && k > group && Lessened(context, s, k) && !s.NegatedAt(context, k, 5) && Linked(context, s, group, k))
                {
                    return (group, k);
                }

                // "horen in de hel", "horen in een kamp": where the group is said to belong is a place of removal.
                if ((w & Words.Belonging) != 0 && k > group && PlaceFollows(context, s, k) && !Possessor(context, s, group))
                {
                    return (group, Math.Min(s.Last, k + 3));
                }

                // "horen hier niet", "deugen niet", "horen achter het aanrecht en niet in de politiek": the
                // negation follows the verb in the same clause of a main clause.
                if ((w & Words.Belonging) != 0 && k > group && NegationAfter(context, s, k, 6) is var not and >= 0 && !NegatedVice(context, s, not))
                {
                    return (group, not);
                }

                // "Gehandicapten kosten alleen maar geld", "ze kosten handenvol geld": a whole group reduced to a burden.
                if (k > group && context.Tokens[k].Key is "kosten" or "kost" && Burden(context, s))
                {
                    return (group, k);
                }

                // "Die X fokken als konijnen", "vermenigvuldigen zich": breeding said of people makes them livestock.
                if ((k > group || Dislocated(context, s, group)) && ((w & Words.Breeding) != 0 || SplitBreeding(context, s, k)) && !s.NegatedAt(context, k, 3) && !Farmed(context, s))
                {
                    return (group, k);
                }

                // "Roma stelen", "ze liegen altijd": bad conduct said of the whole group.
                if ((w & Words.BadConduct) != 0 && !s.NegatedAt(context, k, 3) && (Plural(context, s) || s.Has(c, Words.Quantifier) || PluralVerb(context.Tokens[k].Key))
                    && !OneVictim(context, s, group))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                // "Gooi ze terug", "stuur ze weg", "zet ze in een kamp"; thirtieth pass (hate26): "Gooi al die X het land uit".
                if ((w & Words.RemovalVerb) != 0 && (Away(context, s) || OrderedOutOfTheCountry(context, s, k)) && !RemovalForbidden(context, s, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }


                if (((w & Words.Exclusion) != 0 || OutOfPlace(context, s, k)) && (Hostile(context, s, k) || (Intended(context, s, k) && !OwnWish(context, s, group)))
                    && !RemovalForbidden(context, s, k) && !ToldAsHistory(context, s))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }

                if (((w & Words.HarmVerb) != 0 || SplitVerb.IsHarm(context, s, k)) && !s.NegatedAt(context, k, 3) && s.Has(c, Words.Intention | Words.FirstPerson)
                    && !DoneTo(context, s, k))
                {
                    return (Math.Min(group, k), Math.Max(group, k));
                }
            }
        }

        return null;
    }

    // "Die dief heeft van een bejaarde gestolen": one member of a group after a preposition ("van/bij/aan/op een …") is
    // someone a deed was done to; the word for the doer before it says nothing of the group.
    private static bool OneVictim(CheckContext context, Sentence s, int group) =>
        group - 2 >= s.First && context.Tokens[group - 1].Key == "een" && context.Tokens[group - 2].Key is "van" or "bij" or "aan" or "op" or "tegen";

    // "hoeven niet dankbaar te zijn": "hoeven" with a negation takes an obligation away; it denies no good trait.
    private static bool NoNeed(CheckContext context, Sentence s, int k)
    {
        for (var j = Math.Max(s.First, k - 5); j < k; j++)
        {
            if (context.Tokens[j].Key is "hoeven" or "hoeft" or "hoef" or "hoefden" or "hoefde")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(CheckContext context, int k, string key, int before)
    {
        for (var j = Math.Max(0, k - before); j < k; j++)
        {
            if (context.Tokens[j].Key == key)
            {
                return true;
            }
        }

        return false;
    }

    // The first negation within <paramref name="window"/> words after token k, in the same clause; -1 if none.
    private static int NegationAfter(CheckContext context, Sentence s, int k, int window)
    {
        for (var j = k + 1; j <= Math.Min(s.Last, k + window); j++)
        {
            if ((context.Classes[j] & Words.Negation) != 0)
            {
                // Thirty-seventh pass (hate33): "horen thuis in de directie, niet alleen bij de kinderen": "not only" adds a
                // place, it denies none.
                return context.ClauseBreakBetween(k, j) || (j < s.Last && context.Tokens[j + 1].Key is "alleen" or "enkel" or "slechts") ? -1 : j;
            }
        }

        return -1;
    }

    // "alleen maar (geld)", "handenvol geld", "bakken met geld": the cost is all there is to the group.
    private static bool Burden(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((k < s.Last && t[k].Key is "alleen" or "enkel" && t[k + 1].Key == "maar") || t[k].Key is "handenvol" or "bakken" or "klauwen" or "kapitalen")
            {
                return true;
            }
        }

        return false;
    }

    // "minder intelligent", "weinig beschaafd": a positive made smaller.
    private static bool Lessened(CheckContext context, Sentence s, int k) =>
        (k - 1 >= s.First && context.Tokens[k - 1].Key is "minder" or "weinig") || (k - 2 >= s.First && context.Tokens[k - 2].Key is "minder" or "weinig");

    // A plural subject or pronoun: "ze", "zij", "hen", "die", or a plural noun of the group.
    private static bool Plural(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            var key = context.Tokens[k].Key;
            if (key is "ze" or "zij" or "hen" or "hun" or "die" or "deze" || ((context.Classes[k] & Words.Group) != 0 && (key.EndsWith("en", StringComparison.Ordinal) || key.EndsWith('s'))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReplyNamesGroup(CheckContext context)
    {
        if (context.Request.ReplyTo?.Text is not { Length: > 0 } text)
        {
            return false;
        }

        var classifier = Language.TokenClassifier.Default;
        foreach (var token in Normalisation.Tokenizer.Tokenize(Normalisation.NormalisedText.Create(text)))
        {
            if ((classifier.Classify(token) & Words.Group) != 0 || GroupOfPeople(classifier.Classes, token.Key))
            {
                return true;
            }
        }

        return false;
    }

    // "vluchtelingenkinderen", "moslimouders": a compound whose last part is people and whose first part is a group
    // names that group too (the compound reader keeps only the last part's classes).
    private static bool GroupOfPeople(Language.WordClasses classes, string key)
    {
        for (var split = 4; split <= key.Length - 4; split++)
        {
            if ((classes.Of(key.AsSpan(split)) & (Words.Person | Words.SchoolPerson)) != 0
                && (classes.Of(key.AsSpan(0, split)) & Words.Group) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sentence names the author or a person of its own, so it is not about the group named before. Twenty-sixth pass
    // (hate22): a word for people that is also an evaluation ("lui": people, and lazy) in its inflected form is the
    // adjective ("Ik heb met Polen gewerkt. Luie honden allemaal."), so it names no one else; "die lui" still does.
    private static bool NamesSomeoneElse(CheckContext context, Sentence s)
    {
        if (!s.Has(context.Classes, Words.Target | Words.FirstPerson))
        {
            return false;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            var w = context.Classes[k];
            if ((w & Words.FirstPerson) != 0 || ((w & Words.Target) != 0 && !((w & Words.NegativeAttribute) != 0 && context.Tokens[k].Key.EndsWith('e'))))
            {
                return true;
            }
        }

        return false;
    }

    // "stelen", "liegen": a present plural, so the whole group is the subject (not "gestolen").
    private static bool PluralVerb(string key) => key.EndsWith("en", StringComparison.Ordinal) && !key.StartsWith("ge", StringComparison.Ordinal);
}
