namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Negative public remarks about one's own school, board, management or work (doubt, not block): the
/// organisation as the subject of a negative word or of something it does not do ("een bestuur dat
/// daar niks aan doet"), a weary countdown to the holidays, an eye-roll at parents, pupils or the
/// employer. Criticism of national policy (class national-government) is not in this class.
/// </summary>
internal static partial class ComplaintJudge
{
    private static readonly ClassMask CountdownUnit = Language.WordClasses.Default.Mask("countdown-unit");
    private static readonly ClassMask CountdownEnd = Language.WordClasses.Default.Mask("countdown-end");
    private static readonly ClassMask PersonnelChange = Language.WordClasses.Default.Mask("personnel-change");
    private static readonly ClassMask WorkMeasure = Language.WordClasses.Default.Mask("work-measure");

    // "Nog 14 ochtenden", "nog 41 maandagen": the days and parts of the day a routine is told by count as well.
    private static readonly ClassMask CountedIn = CountdownUnit | Words.RoutineTime;

    // Turtle, eye roll, unamused, expressionless, melting, no mouth, facepalm, upside-down, open mouth, sloth; and the
    // shrug (seventeenth pass): a shrug after a decision of the board says "nothing to be done about it".
    private static readonly int[] WearyEmoji = [0x1F422, 0x1F644, 0x1F612, 0x1F611, 0x1FAE0, 0x1F636, 0x1F926, 0x1F643, 0x1F62E, 0x1F9A5, 0x1F937];

    public static (int First, int Last)? Find(CheckContext context, List<Sentence> sentences)
    {
        var c = context.Classes;
        foreach (var s in sentences)
        {
            // National policy, or a referee's call ("wat een slechte beslissing van de scheidsrechter"): not one's own organisation.
            if (s.Has(c, Words.NationalGovernment | Words.SportsOfficial))
            {
                continue;
            }

            var target = s.Find(c, Words.OrganisationTarget);

            // "de bestelling voor school": the school is who it was for, not who is blamed.
            while (target > s.First && context.Tokens[target - 1].Key is "voor" or "naar" or "op")
            {
                target = s.Find(c, Words.OrganisationTarget, target + 1);
            }

            if (target < 0)
            {
                continue;
            }

            for (var k = s.First; k <= s.Last; k++)
            {
                if ((c[k] & Words.Negative) != 0 && Math.Abs(k - target) <= 8 && !s.NegatedAt(context, k, 3) && !BodyPartNamed(context, s, k))
                {
                    return (Math.Min(target, k), Math.Max(target, k));
                }

                if ((c[k] & Words.Negation) != 0 && k > target && context.Tokens[k].Key is "niks" or "niets" or "nooit" or "niemand")
                {
                    return (target, k);
                }
            }
        }

        // "Knap hoor, weer een rooster waarin …", "Heerlijk hoor, die ouders die … Elke. Ochtend.": praise
        // tagged with "hoor" or "zeg" over the organisation or people at school, for a thing that recurs.
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (!s.Has(c, Words.NationalGovernment) && s.Has(c, Words.OrganisationTarget | Words.SchoolPerson) && Sarcastic(context, sentences, si))
            {
                return (s.First, s.Last);
            }
        }

        if (Countdown(context) is { } countdown)
        {
            return countdown;
        }

        if ((RhetoricalQuestion(context, sentences) ?? AnsweredByAuthor(context, sentences) ?? Devised(context, sentences)) is { } question)
        {
            return question;
        }

        if (CountdownClosing(context, sentences) is { } closing)
        {
            return closing;
        }

        if ((Again(context, sentences) ?? ThereWeGoAgain(context, sentences)) is { } again)
        {
            return again;
        }

        return Weary(context, sentences) ?? Building(context, sentences) ?? Lasting(context, sentences) ?? Unilateral(context, sentences) ?? NotAsked(context, sentences)
            ?? OwnClass(context, sentences) ?? OwnClassAcross(context, sentences) ?? WearyOfGroup(context, sentences) ?? Sighed(context, sentences)
            ?? PaperworkAboutPaperwork(context, sentences)
            ?? ReportedInVain(context, sentences) ?? QuotedBuzzword(context, sentences)
            ?? ScareQuoted(context, sentences) ?? ScareQuotedAfterVerb(context, sentences) ?? PraisedLoss(context, sentences)
            ?? CrowdedOut(context, sentences) ?? Softened(context, sentences);
    }

    // A positive word opening the sentence with a tag ("knap hoor", "top zeg", "wat fijn hoor"), no other
    // praise in it, and the thing praised comes "weer", "alweer", "elke ochtend" (in this sentence or the
    // two after it): praise for what keeps going wrong is sarcasm.
    private static bool Sarcastic(CheckContext context, List<Sentence> sentences, int si)
    {
        var t = context.Tokens;
        var c = context.Classes;
        var s = sentences[si];
        var praise = -1;
        for (var k = s.First; k <= Math.Min(s.Last - 1, s.First + 2); k++)
        {
            if ((c[k] & Words.Positive) != 0 && t[k + 1].Key is "hoor" or "zeg")
            {
                praise = k;
                break;
            }
        }

        if (praise < 0 || s.Find(c, Words.Positive, praise + 2) >= 0)
        {
            return false;
        }

        var last = sentences[Math.Min(sentences.Count - 1, si + 2)].Last;
        for (var k = praise + 2; k <= last; k++)
        {
            if (t[k].Key is "weer" or "alweer" or "opnieuw" or "wederom" or "elke" or "iedere" or "steeds")
            {
                return true;
            }
        }

        return false;
    }

    // "Nog 38 schooldagen", "nog 17 nachtjes slapen tot de kerstvakantie", "nog 812 dagen tot mijn pensioen".
    private static (int, int)? Countdown(CheckContext context)
    {
        var t = context.Tokens;
        for (var k = 0; k + 2 < t.Count; k++)
        {
            // "nog maar 12 schooldagen"
            var n = t[k].Key == "nog" && t[k + 1].Key == "maar" && k + 3 < t.Count ? k + 1 : k;
            if (t[k].Key == "nog" && t[n + 1].Has(Normalisation.TokenFlags.Digits) && !t[n + 1].Has(Normalisation.TokenFlags.Letters))
            {
                // "nog 1.204 dagen": a number written with thousands points is one number; n + 2 is then the unit.
                n = NumberEnd(context, n + 1) - 1;
            }

            if (t[k].Key == "nog" && n + 2 < t.Count && t[n + 1].Has(Normalisation.TokenFlags.Digits) && !t[n + 1].Has(Normalisation.TokenFlags.Letters)
                && (context.Classes[n + 2] & CountedIn) != 0)
            {
                // "Nog 3 weken tot de zomervakantie en wat hebben we een mooi jaar gehad!": a countdown beside praise looks back
                // with pleasure, it does not count the days until the work is over.
                if (PraisedBeside(context, k))
                {
                    return null;
                }

                for (var j = n + 3; j < t.Count && j < n + 14; j++)
                {
                    if (t[j].Key is "tel" or "telt" or "tellen" or "aftellen" or "aftel" or "af" || ((context.Classes[j] & CountdownEnd) != 0 && !SomeoneElsesLeave(context, k, j)))
                    {
                        return (k, j);
                    }
                }

                if (Emoji.AnyOf(context.Request.Text, WearyEmoji))
                {
                    return (k, n + 2);
                }
            }
        }

        return null;
    }

    // The last token of a number at `first` written with thousands points ("1.204", "2.045": the tokenizer cuts it at the
    // point): each next group of exactly three digits right after a point belongs to it.
    private static int NumberEnd(CheckContext context, int first)
    {
        var t = context.Tokens;
        var text = context.Text.Folded;
        var end = first;
        while (end + 1 < t.Count && t[end + 1].Start - t[end].End == 1 && t[end].End < text.Length && text[t[end].End] == '.'
            && t[end + 1].End - t[end + 1].Start == 3 && t[end + 1].Has(Normalisation.TokenFlags.Digits) && !t[end + 1].Has(Normalisation.TokenFlags.Letters))
        {
            end++;
        }

        return end;
    }

    // "Nog 5 dagen en dan gaat juf Ans met pensioen": a pension (also personnel news) with a colleague or a roster person
    // between the countdown and it is their farewell counted down to, not the author's own end of work.
    private static bool SomeoneElsesLeave(CheckContext context, int from, int end)
    {
        if ((context.Classes[end] & PersonnelChange) == 0)
        {
            return false;
        }

        for (var j = from; j < end; j++)
        {
            if ((context.Classes[j] & (Words.SchoolPerson | Words.Person)) != 0)
            {
                return true;
            }
        }

        return context.PersonStartsIn(from + 1, end - 1);
    }

    // "geen zin in", "nergens meer zin in": a negation one or two words before denies the eagerness.
    private static bool NegatedBefore(CheckContext context, int j) =>
        (j > 0 && (context.Classes[j - 1] & Words.Negation) != 0) || (j > 1 && (context.Classes[j - 2] & Words.Negation) != 0);

    // A positive word, not negated, in the countdown's sentence.
    private static bool PraisedBeside(CheckContext context, int k)
    {
        var t = context.Tokens;
        for (var j = 0; j < t.Count; j++)
        {
            if (t[j].Sentence == t[k].Sentence && (context.Classes[j] & Words.Positive) != 0 && !(j > 0 && (context.Classes[j - 1] & Words.Negation) != 0))
            {
                return true;
            }

            // Thirty-ninth pass (school35): "Nog 6 weekjes tot de meivakantie, de klas en ik hebben er zin in!": eagerness
            // counts towards the holiday with pleasure, as praise does (the idiom of ComplaintJudge.Again's Eager).
            if (t[j].Sentence == t[k].Sentence && t[j].Key == "zin" && j + 1 < t.Count && t[j + 1].Sentence == t[j].Sentence && t[j + 1].Key is "in" or "om"
                && !NegatedBefore(context, j))
            {
                return true;
            }
        }

        return false;
    }

    private static (int, int)? Weary(CheckContext context, List<Sentence> sentences)
    {
        if (!Emoji.AnyOf(context.Request.Text, WearyEmoji))
        {
            return null;
        }

        var c = context.Classes;
        foreach (var s in sentences)
        {
            // "Teamvergadering van twee uur over de kleur van de nieuwe map 🙄": a meeting or plan of the work rolled at too.
            // Stop 49 (lead): "Derde keer deze week 🙄" (of the author's cat): "deze" or "die" before a noun points at the
            // noun, not at a person; the eye-roll needs someone or something of the work, or a change imposed "van
            // bovenaf" (class imposition) in the sentence.
            var rolledAt = Words.SchoolPerson | Words.OrganisationTarget | Words.ThirdPerson | WorkMeasure | Imposition;
            var at = s.Find(c, rolledAt);
            while (at >= 0 && DeterminerOnly(context, s, at))
            {
                at = s.Find(c, rolledAt, at + 1);
            }

            if (at >= 0 && !s.Has(c, Words.Positive))
            {
                return (s.First, s.Last);
            }
        }

        return null;
    }

    // A demonstrative read as a pronoun ("deze", "die") that is followed by a word of its sentence it determines.
    private static bool DeterminerOnly(CheckContext context, Sentence s, int k) =>
        (context.Classes[k] & (Words.ThirdPerson | Demonstrative)) == (Words.ThirdPerson | Demonstrative)
        && (context.Classes[k] & (Words.SchoolPerson | Words.OrganisationTarget | WorkMeasure)) == 0
        && k < s.Last && context.Tokens[k + 1].Has(Normalisation.TokenFlags.Letters);

    // "met open armen", "in zijn armen": a word that is a body part as well as an adjective ("arm", poor) names the
    // body part after an adjective, a possessive or a number; "de armen" stays ambiguous.
    internal static bool BodyPartNamed(CheckContext context, Sentence s, int k)
    {
        if ((context.Classes[k] & Words.BodyPart) == 0 || k == s.First)
        {
            return false;
        }

        var before = context.Tokens[k - 1].Key;
        return before is "open" or "mijn" or "zijn" or "haar" or "je" or "jouw" or "hun" or "onze" or "twee" or "beide" or "gespreide" or "wijd";
    }
}
