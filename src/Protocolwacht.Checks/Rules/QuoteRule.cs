using Protocolwacht.Checks.Guidelines;
using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// DONT6: quoting what a colleague or another stakeholder said or wrote (a literal quote attributed to
/// someone, or "X zei/vindt dat ...") without saying they agreed. A saying of a historical figure or a line
/// from a published work is not a quote in this sense; neither is a title or a theme in quotation marks.
/// </summary>
internal sealed partial class QuoteRule(CheckResources resources) : ICheckRule
{
    public string Category => Categories.Quote;

    public IReadOnlyList<Guideline> Enforces { get; } = [Protocol.DONT6];

    private static readonly string Cite = $"citeer geen collega's of andere belanghebbenden zonder hun toestemming ({Protocol.DONT6.Title})";
    // How far (in characters of the folded text) a quote may open after an attribution to someone on the roster.
    private const int RosterAttributionReach = 80;

    private static readonly ClassMask StakeholderWord = Language.WordClasses.Default.Mask("school-person") | Language.WordClasses.Default.Mask("pupil")
        | Language.WordClasses.Default.Mask("kin") | Language.WordClasses.Default.Mask("staff-role");

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "wij", "we", "je", "jij", "u", "jullie", "dat", "wat" };

    // After "vond dat" these words make "dat" a pronoun ("de klas vond dat leuk"), not the start of reported speech.
    private static readonly HashSet<string> PronounFollowers = new(StringComparer.Ordinal)
    {
        "heel", "echt", "super", "erg", "zo", "best", "wel", "niet", "leuk", "mooi", "spannend", "fijn", "geweldig", "prachtig", "knap",
        "goed", "lekker", "gezellig", "jammer", "raar", "eng", "grappig", "interessant", "ook", "allemaal", "prima", "bijzonder",
        "fantastisch", "top", "cool", "gaaf", "moeilijk", "makkelijk", "lastig", "vreemd", "vervelend", "stom", "saai", "heerlijk",
    };

    public void Evaluate(CheckContext context, List<Finding> findings)
    {
        var matches = context.Matches(resources.Quotes);
        var rosterAttribution = -1;
        List<LexiconMatch>? famous = null;
        foreach (var m in matches)
        {
            // "Zoals Bas zei: …" quotes a colleague, not a well-known saying: the protocol asks their permission (DONT6).
            if (m.Entry.Tag == "famous" && (RosterNamed(context, m) || CreditedToRosterAfter(context, m)))
            {
                rosterAttribution = context.Tokens[m.Last].End;
                continue;
            }

            // Twenty-ninth pass (rules25): "Uitspraak van de dag (Karin):" is read by "uitspraak van" (a citation) and by
            // "uitspraak van de dag" with a colleague's name after it: the longer frame that names a colleague decides.
            if (m.Entry.Tag == "permission")
            {
                return;
            }

            // A saying credited to a famous name covers the quote beside it and its own sentence, not the rest of the post
            // ("Wijze woorden van Confucius. Een vader vertelde me dat …"), and not a frame that credits a pupil or a parent
            // ("Uitspraak van de week, van een kleuter: '…'": convention 9, an unnamed child's words are a quote).
            if (m.Entry.Tag == "famous" && !RosterNamedFromTheSameWord(context, matches, m) && !StakeholderAfter(context, m))
            {
                (famous ??= []).Add(m);
            }
        }

        var folded = context.Text.Folded;
        var spans = QuoteSpans.Find(folded);
        for (var n = 0; n < Math.Min(spans.Count, 50); n++)
        {
            var (open, close) = spans[n];
            if (famous is not null && FamousBeside(context, famous, open, close))
            {
                continue;
            }

            // "In de woorden van Fatima: '…'": the attribution to someone on the roster names the speaker of the quote after it.
            var attributed = (rosterAttribution >= 0 && open >= rosterAttribution && open - rosterAttribution <= RosterAttributionReach && !QuotedTitle.IsTitle(context, open, close))
                || SignedByRosterName(context, close) || IsAttributedQuote(context, matches, open, close);
            if (attributed && !CondemnedHate(context, TokenAt(context, open)))
            {
                var (start, end) = context.Text.ToOriginal(open, close + 1);
                findings.Add(new Finding(Categories.Quote, Severity.Doubt, Protocol.DONT6.Id, start, end,
                    $"Je citeert iemand (\"{context.Quote(start, end)}\") zonder te vermelden dat diegene toestemming gaf. Vraag toestemming en vermeld dat, of vertel het in je eigen woorden: {Cite}."));
                return;
            }
        }

        foreach (var m in matches)
        {
            if (m.Entry.Tag != "reported" || (famous is not null && FamousInSentence(context, famous, m.First)) || (m.First > 0 && FirstPerson.Contains(context.Tokens[m.First - 1].Key) && context.Tokens[m.First - 1].Sentence == context.Tokens[m.First].Sentence))
            {
                continue;
            }

            if (m.Last + 1 < context.Tokens.Count && PronounFollowers.Contains(context.Tokens[m.Last + 1].Key))
            {
                continue;
            }

            // "Zeggen dat … is racisme", "durven we te zeggen dat …": an infinitive reports nobody.
            if ((m.First > 0 && context.Tokens[m.First - 1].Key == "te") || Hypothetical(context.Tokens, m.First) || ((m.First == 0 || context.Tokens[m.First - 1].Sentence != context.Tokens[m.First].Sentence) && context.Tokens[m.First].Key.EndsWith("en", StringComparison.Ordinal)))
            {
                continue;
            }

            if (CondemnedHate(context, m.First) || !ReportedAcrossAGap.Stands(context, m))
            {
                continue;
            }

            // "Wat vindt u ervan?" is a question, not reported speech; the subject must be someone else.
            var (start, end) = context.SpanOf(m);
            findings.Add(new Finding(Categories.Quote, Severity.Doubt, Protocol.DONT6.Id, start, end,
                $"Je geeft weer wat een ander zei of vindt (\"{context.Quote(start, end)}\") zonder te vermelden dat diegene toestemming gaf. Vraag eerst toestemming of laat het weg: {Cite}."));
            return;
        }
    }

    // The quote ends shortly before a famous name's frame ("'…', zei Confucius") or opens shortly after it ("In de woorden
    // van Astrid Lindgren: '…'").
    private static bool FamousBeside(CheckContext context, List<LexiconMatch> famous, int open, int close)
    {
        foreach (var m in famous)
        {
            var start = context.Tokens[m.First].Start;
            var end = context.Tokens[m.Last].End;
            if ((close <= start && start - close <= RosterAttributionReach) || (open >= end && open - end <= RosterAttributionReach))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FamousInSentence(CheckContext context, List<LexiconMatch> famous, int token)
    {
        foreach (var m in famous)
        {
            if (context.Tokens[m.First].Sentence == context.Tokens[token].Sentence)
            {
                return true;
            }
        }

        return false;
    }

    // A pupil, a parent or a colleague credited by "van" within five words after the frame ("Uitspraak van de week, van een kleuter",
    // "van de moeder van Sara"): the words are a stakeholder's, not a famous saying. Words of the saying itself
    // ("schreef: 'Kinderen …'") credit no one.
    private static bool StakeholderAfter(CheckContext context, LexiconMatch m)
    {
        var t = context.Tokens;
        for (var k = m.Last + 1; k < t.Count && k <= m.Last + 5 && t[k].Sentence == t[m.Last].Sentence; k++)
        {
            if (t[k].Key != "van")
            {
                continue;
            }

            for (var j = k + 1; j < t.Count && j <= k + 2; j++)
            {
                if ((context.Classes[j] & StakeholderWord) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Iemand schreef dat Turken alleen aan geld denken. Wat een onzin.": hate about a group reported in order
    // to condemn it, with no one from school as its speaker, is counter-speech, not a stakeholder's words.
    private static bool CondemnedHate(CheckContext context, int token)
    {
        if (token < 0 || context.People.Count > 0)
        {
            return false;
        }

        var sentences = Harmful.Sentence.All(context);
        var si = Harmful.Sentence.IndexOf(sentences, token);
        if (si < 0 || !Harmful.CounterSpeech.Condemned(context, sentences, token))
        {
            return false;
        }

        var from = sentences[Math.Max(0, si - 1)].First;
        for (var k = from; k <= sentences[si].Last; k++)
        {
            if ((context.Classes[k] & SchoolPerson) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // The first token that starts at or after `position`, or -1: a binary search, the tokens being in text order (asked
    // once per quoted span, a linear search made a text of many quotes quadratic).
    private static int TokenAt(CheckContext context, int position)
    {
        var tokens = context.Tokens;
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].Start >= position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < tokens.Count ? low : -1;
    }

    private static readonly ClassMask Said = Language.WordClasses.Default.Mask("school-person") | Language.WordClasses.Default.Mask("person");
    private static readonly ClassMask SchoolPerson = Language.WordClasses.Default.Mask("school-person");
    private static readonly ClassMask Written = Language.WordClasses.Default.Mask("message");
    private static readonly ClassMask Title = Language.WordClasses.Default.Mask("fiction") | Language.WordClasses.Default.Mask("creative-work") | Language.WordClasses.Default.Mask("title-cue");

    // Someone other than the author near the quote: a person or role in the words before it (its
    // sentence or the one before) or right after it, or a card, mail or motto it was taken from.
    private static bool Stakeholder(CheckContext context, int open, int close)
    {
        var tokens = context.Tokens;
        var c = context.Classes;
        var before = -1;
        var after = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].End <= open)
            {
                before = k;
            }
            else if (tokens[k].Start > close && after < 0)
            {
                // Who speaks after the quote names its speaker only within its paragraph.
                after = context.Text.Folded.IndexOf('\n', close, tokens[k].Start - close) < 0 ? k : int.MaxValue;
            }
        }

        var from = before < 0 ? 0 : tokens[before].Sentence - 1;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var near = (k <= before && t.Sentence >= from && open - t.End <= 160) || (after >= 0 && after < tokens.Count && k >= after && k <= after + 4 && t.Sentence == tokens[after].Sentence);
            if (!near)
            {
                continue;
            }

            if ((c[k] & Said) != 0 || context.PersonStartsAt(k))
            {
                return !Own(tokens, k);
            }

            if ((c[k] & Written) != 0 && !Own(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    // "mijn motto", "ons kaartje", "ik als juf": the author's own words.
    private static bool Own(List<Token> tokens, int k) =>
        (k > 0 && tokens[k - 1].Key is "mijn" or "ik") || (k > 1 && tokens[k - 2].Key is "mijn" or "ik");

    // "het boek 'De tijgerjongen van het bos'", "lazen we 'Over de kleine mol …'": a title, not speech.
    private static bool Titled(CheckContext context, int open)
    {
        var tokens = context.Tokens;
        var seen = 0;
        for (var k = tokens.Count - 1; k >= 0 && seen < 3; k--)
        {
            if (tokens[k].End > open)
            {
                continue;
            }

            seen++;
            if (open - tokens[k].End > 40)
            {
                return false;
            }

            if ((context.Classes[k] & Title) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
