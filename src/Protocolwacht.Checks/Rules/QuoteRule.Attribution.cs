using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

// Whether a quotation is attributed so that it needs no permission, or to someone whose words do: a speaker named
// before a colon, a saying of a famous person or a work, a general or imagined case ("als een kind dan zegt …"), the
// author quoting themselves.
internal sealed partial class QuoteRule
{
    private static bool IsAttributedQuote(CheckContext context, List<LexiconMatch> matches, int open, int close)
    {
        var folded = context.Text.Folded;
        var content = folded.AsSpan(open + 1, close - open - 1).Trim();

        // "we lezen deze weken 'De Sukkel van de Klas'": the title of a work quotes no one.
        if (content.Length < 8 || QuotedTitle.IsTitle(context, open, close))
        {
            return false;
        }

        var words = 1;
        foreach (var ch in content)
        {
            if (ch == ' ')
            {
                words++;
            }
        }

        var sentence = content[^1] is '.' or '!' or '?';
        if (!sentence && words < 4)
        {
            return false;
        }

        // "'Juf, waarom …?'": a child speaking to its teacher.
        if (content.StartsWith("juf,", StringComparison.Ordinal) || content.StartsWith("meester,", StringComparison.Ordinal))
        {
            return true;
        }

        if (!Titled(context, open) && Stakeholder(context, open, close))
        {
            return true;
        }

        // A speech verb just before or just after the quote attributes it.
        foreach (var m in matches)
        {
            if (m.Entry.Tag != "verb")
            {
                continue;
            }

            var t = context.Tokens[m.First];
            if (SaidByAuthor(context.Tokens, m.First))
            {
                continue;
            }

            // A verb after the quote attributes it within its paragraph: "'Samen groeien.'\n\nIn de ochtend
            // sprak een lector …" starts something new.
            if ((t.End <= open && open - t.End <= 80) || (t.Start > close && t.Start - close <= 50 && folded.IndexOf('\n', close, t.Start - close) < 0))
            {
                return sentence || words >= 4;
            }
        }

        // "Zoë (groep 4) na de excursie: '...!'": a person, then a colon, then a whole sentence.
        var k = open - 1;
        while (k >= 0 && folded[k] == ' ')
        {
            k--;
        }

        if (!sentence || k < 0 || folded[k] != ':')
        {
            return false;
        }

        var colonSentence = -1;
        foreach (var t in context.Tokens)
        {
            if (t.End <= k)
            {
                colonSentence = t.Sentence;
            }
        }

        foreach (var m in matches)
        {
            if (m.Entry.Tag == "person" && context.Tokens[m.First].Sentence == colonSentence && context.Tokens[m.First].End <= k)
            {
                return true;
            }
        }

        foreach (var p in context.People)
        {
            if (context.Tokens[p.First].Sentence == colonSentence && context.Tokens[p.First].End <= k)
            {
                return true;
            }
        }

        return NamedBeforeColon(context.Tokens, colonSentence, k);
    }

    // "Als een kind dan zegt dat ...": a general or imagined case quotes nobody. So does a relative clause on
    // an indefinite person: "een ouder die zegt dat het thuis beter gaat", "elk kind dat vertelt …".
    private static bool Hypothetical(List<Token> tokens, int verb)
    {
        var sentence = tokens[verb].Sentence;
        if (verb >= 2 && tokens[verb - 1].Key is "die" or "dat" && tokens[verb - 1].Sentence == sentence)
        {
            for (var k = verb - 2; k >= 0 && k >= verb - 4 && tokens[k].Sentence == sentence; k--)
            {
                if (tokens[k].Key is "een" or "elk" or "elke" or "ieder" or "iedere")
                {
                    return true;
                }
            }
        }

        for (var k = verb - 1; k >= 0 && k >= verb - 5 && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Key is "als" or "wanneer" or "zodra" or "soms" or "vaak" or "altijd" or "iedereen" or "niemand" or "wie")
            {
                return true;
            }
        }

        return false;
    }

    // "'Goed gedaan!' zei ik": quoting yourself needs nobody's permission.
    private static bool SaidByAuthor(List<Token> tokens, int verb)
    {
        var sentence = tokens[verb].Sentence;
        return (verb + 1 < tokens.Count && tokens[verb + 1].Sentence == sentence && tokens[verb + 1].Key is "ik" or "we" or "wij")
            || (verb > 0 && tokens[verb - 1].Sentence == sentence && tokens[verb - 1].Key is "ik" or "we" or "wij");
    }

    // Two capitalised words in a row before the colon, not at the start of the sentence: a name.
    private static bool NamedBeforeColon(List<Token> tokens, int sentence, int colon)
    {
        for (var i = 1; i + 1 < tokens.Count && tokens[i + 1].End <= colon; i++)
        {
            if (tokens[i].Sentence == sentence && tokens[i - 1].Sentence == sentence && tokens[i].Has(TokenFlags.Capitalised) && tokens[i + 1].Has(TokenFlags.Capitalised) && tokens[i + 1].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }
}
