namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>The tokens of one sentence of the draft: [First, Last], inclusive, with their classes.</summary>
internal readonly record struct Sentence(int First, int Last)
{
    /// <summary>
    /// The index of the sentence holding token <paramref name="token"/>, -1 if none. The sentences are in text order and
    /// do not overlap (<see cref="All"/>), so a binary search finds it: the linear search before made a check quadratic
    /// in the length of a long text, where a rule asks once per match (a 1 MB post took 9 s).
    /// </summary>
    public static int IndexOf(List<Sentence> sentences, int token)
    {
        var low = 0;
        var high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var sentence = sentences[middle];
            if (token < sentence.First)
            {
                high = middle - 1;
            }
            else if (token > sentence.Last)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The sentence holding token <paramref name="token"/>, or <c>default</c>: what <c>Find</c> with such a lambda gave.</summary>
    public static Sentence Containing(List<Sentence> sentences, int token)
    {
        var i = IndexOf(sentences, token);
        return i < 0 ? default : sentences[i];
    }

    public static List<Sentence> All(CheckContext context)
    {
        var tokens = context.Tokens;
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Sentence != tokens[start].Sentence)
            {
                sentences.Add(new Sentence(start, i - 1));
                start = i;
            }
        }

        return sentences;
    }

    /// <summary>The first token in the sentence with any of the classes, at or after <paramref name="from"/>; -1 if none.</summary>
    public int Find(TokenClasses classes, in ClassMask mask, int from = -1)
    {
        for (var i = Math.Max(First, from); i <= Last; i++)
        {
            if ((classes[i] & mask) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a token of the sentence has any of the classes; a long sentence answers from its union (<see cref="TokenClasses.AnyIn"/>).</summary>
    public bool Has(TokenClasses classes, in ClassMask mask) => classes.AnyIn(First, Last, mask);

    /// <summary>
    /// The sentence is set in a story, a play or a game (class fiction), except "verhaal halen" (to call someone
    /// to account), where the word for a story is part of an idiom of confrontation.
    /// </summary>
    public bool Fictional(CheckContext context)
    {
        var tokens = context.Tokens;
        for (var k = First; k <= Last; k++)
        {
            if ((context.Classes[k] & Words.Fiction) != 0 && !(tokens[k].Key == "verhaal" && Fetched(tokens, k)))
            {
                return true;
            }
        }

        return NamesAWork(context);
    }

    // A quoted title of a work in the sentence ("'De Griezels' van Roald Dahl uitgelezen, wat een vieze mensen"):
    // what the sentence says of people is said of the work's characters, as with a word for a story.
    public bool NamesAWork(CheckContext context)
    {
        // Only the spans from the first that closes after the sentence starts to the last that opens before it ends
        // overlap it (the spans are in text order); a scan of every span per sentence made a long text quadratic.
        var tokens = context.Tokens;
        var spans = context.QuoteSpans;
        for (var i = Rules.QuoteSpans.FirstClosingAfter(spans, tokens[First].Start); i < spans.Count && spans[i].Open < tokens[Last].End; i++)
        {
            if (Rules.QuotedTitle.IsTitle(context, spans[i].Open, spans[i].Close))
            {
                return true;
            }
        }

        return false;
    }

    // A form of "halen" within two words of "verhaal": "verhaal halen", "halen we verhaal".
    private bool Fetched(List<Normalisation.Token> tokens, int k)
    {
        for (var j = Math.Max(First, k - 2); j <= Math.Min(Last, k + 2); j++)
        {
            if (j != k && Fetch.Contains(tokens[j].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Fetch = [.. Language.Morphology.FormsOf("halen"), "haal", "haalt", "haalde", "haalden", "gehaald"];

    /// <summary>
    /// "Oplichters die ouderen bellen": the person right after the relative "die" of <paramref name="noun"/> is the object
    /// of a deed ("die" + person + a verb that is no copula or negation); "criminelen die Marokkanen zijn" says what they
    /// are. One reading for the group judge and the insult lines of the lexicon.
    /// </summary>
    public bool RelativeObject(CheckContext context, int noun, int person)
    {
        var t = context.Tokens;
        if (noun + 2 != person || t[noun + 1].Key != "die" || person + 1 > Last || context.ClauseBreakBetween(noun, noun + 1))
        {
            return false;
        }

        return (context.Classes[person + 1] & (Words.Copula | Words.Negation)) == 0 && !context.ClauseBreakBetween(person, person + 1);
    }

    /// <summary>A negation within <paramref name="before"/> words before token <paramref name="at"/>, in the same clause.</summary>
    public bool NegatedAt(CheckContext context, int at, int before = 3)
    {
        var classes = context.Classes;
        for (var k = at - 1; k >= First && k >= at - before; k--)
        {
            if ((classes[k] & Words.Negation) != 0 && !Intensifier(context, k))
            {
                // "niet alleen … maar ook", "niet altijd": a partial negation does not turn the word round; "niks dan herrie"
                // (twenty-eighth pass, hate24) says there is only that.
                return !context.ClauseBreakBetween(k, at) && context.Tokens[k + 1].Key is not ("alleen" or "altijd" or "dan") && !Disclaimed(context, k, at);
            }
        }

        return GeneralisationDenied(context, at);
    }

    /// <summary>
    /// "zo'n" ends at token <paramref name="k"/>: the tokenizer gives it as "zo" "n" (a class line "zo'n" would fold to
    /// "zon", the sun), so a rule asks for the "n" after "zo" here rather than for a key "zo'n" no token has.
    /// </summary>
    public static bool ZoN(CheckContext context, int k) =>
        k >= 1 && k < context.Tokens.Count && context.Tokens[k].Key == "n" && context.Tokens[k - 1].Key == "zo";

    /// <summary>"en niet zo'n beetje ook": the "niet" of this idiom intensifies what was said; it negates nothing.</summary>
    public static bool Intensifier(CheckContext context, int k)
    {
        var t = context.Tokens;
        return t[k].Key == "niet" && k + 3 < t.Count && ZoN(context, k + 2) && t[k + 3].Key == "beetje";
    }

    // "Niet alle jongeren zijn lui", "niet elke vluchteling is een crimineel": "niet" before "alle/elke" denies the
    // generalisation the rest of the clause makes, however many words come between.
    private bool GeneralisationDenied(CheckContext context, int at)
    {
        var tokens = context.Tokens;
        for (var k = at - 1; k > First && k >= at - 8; k--)
        {
            if (tokens[k].Key is "alle" or "elke" or "iedere" or "ieder" && tokens[k - 1].Key == "niet")
            {
                return !context.ClauseBreakBetween(k - 1, at) && !MajorityAfter(context, at);
            }
        }

        return false;
    }

    // Thirty-fifth pass (hate31): "niet alle X zijn criminelen, alleen de meeste", "…, maar wel veel": a short clause of
    // most or many closing the sentence takes the denial back. Only at the very end (one particle may follow, "hoor"),
    // so "de meeste zijn gewoon aardig" (a clause of its own with a verb) still denies, and "maar veel niet" agrees.
    private bool MajorityAfter(CheckContext context, int at)
    {
        for (var k = Last; k > at && k >= Last - 1; k--)
        {
            if ((context.Classes[k] & Words.Majority) != 0)
            {
                return k == Last || (context.Classes[Last] & (Words.Negation | Words.Copula)) == 0;
            }
        }

        return false;
    }

    // "Ik zeg niet dat alle X criminelen zijn, maar …": the negation denies saying it, the "maar" says it anyway.
    private bool Disclaimed(CheckContext context, int negation, int at)
    {
        var tokens = context.Tokens;
        var dat = false;
        for (var k = negation + 1; k < at; k++)
        {
            dat |= tokens[k].Key == "dat";
        }

        if (!dat)
        {
            return false;
        }

        for (var k = at + 1; k <= Last; k++)
        {
            if (tokens[k].Key == "maar")
            {
                return true;
            }
        }

        return false;
    }
}
