namespace Protocolwacht.Checks.Rules.Harmful;

// The board's own word quoted back at it (twenty-sixth pass, convention 7, doubt): "Weer een mail van het bestuur over
// 'verbinding'.", "Alweer een nieuwsbrief van de directie over 'eigenaarschap'." On a personal account, a message of the
// organisation said to come again, with its subject in quotation marks right after "over", holds the word up for a sneer.
// A first message ("Een mail van het bestuur over 'verbinding': volgende week een studiedag") is news, and praise or
// thanks outside the quote, in the sentence or the next ("Mooi initiatief, ik doe graag mee"), takes the word up gladly;
// "Ik ben benieuwd" after it is no praise (`polarity-ignore`).
internal static partial class ComplaintJudge
{
    // The organisation or its leading bodies as the message's source (read here, not from another file's fields).
    private static readonly ClassMask Sender = Words.OrganisationTarget | Language.WordClasses.Default.Mask("leadership");
    private static readonly ClassMask Repeated = Language.WordClasses.Default.Mask("recurrence");

    private static (int, int)? QuotedBuzzword(CheckContext context, List<Sentence> sentences)
    {
        var spans = context.QuoteSpans;
        if (!context.IsPersonal || spans.Count == 0)
        {
            return null;
        }

        var t = context.Tokens;
        var c = context.Classes;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (!s.Has(c, Sender) || s.Has(c, Words.NationalGovernment) || PleasedOutsideQuotes(context, s) || (si + 1 < sentences.Count && sentences[si + 1].Has(c, Pleased)))
            {
                continue;
            }

            for (var k = s.First + 2; k <= s.Last; k++)
            {
                if (t[k - 1].Key != "over" || QuoteSpans.Holding(spans, t[k].Start) < 0)
                {
                    continue;
                }

                var sender = s.Find(c, Sender);
                if (sender >= 0 && sender < k - 1 && AgainBefore(context, s, sender))
                {
                    return (s.First, s.Last);
                }
            }
        }

        return null;
    }

    // Praise in the sentence but not in the quoted word itself: "over 'samen sterk'" quotes the board's praise, "een mooie
    // mail" is the author's.
    private static bool PleasedOutsideQuotes(CheckContext context, Sentence s)
    {
        for (var k = s.First; k <= s.Last; k++)
        {
            if ((context.Classes[k] & Pleased) != 0 && QuoteSpans.Holding(context.QuoteSpans, context.Tokens[k].Start) < 0)
            {
                return true;
            }
        }

        return false;
    }

    // "weer een", "alweer", "de zoveelste", "telkens": the message comes again, said before its sender.
    private static bool AgainBefore(CheckContext context, Sentence s, int sender)
    {
        var t = context.Tokens;
        for (var k = s.First; k < sender; k++)
        {
            if (t[k].Key is "weer" or "zoveelste" || (context.Classes[k] & Repeated) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
