using Protocolwacht.Checks.Language;
using Protocolwacht.Checks.Normalisation;
using Protocolwacht.Checks.PersonalData;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>Where a candidate stands in the draft: the words around it, by word class.</summary>
internal static class Nearby
{
    public static ClassMask Class(string name) => WordClasses.Default.Mask(name);

    /// <summary>A word of the class anywhere in sentence <paramref name="sentence"/>.</summary>
    public static bool InSentence(CheckContext context, int sentence, ClassMask mask)
    {
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Sentence == sentence && (context.Classes[k] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the class in the candidate's sentence or within 80 characters before it.</summary>
    public static bool Word(CheckContext context, Candidate c, ClassMask mask)
    {
        var tokens = context.Tokens;
        var at = TokenAt(tokens, c.Start);
        if (at < 0)
        {
            return false;
        }

        var sentence = tokens[at].Sentence;
        for (var k = Math.Max(0, at - 30); k < Math.Min(tokens.Count, at + 30); k++)
        {
            var t = tokens[k];
            if ((t.Sentence == sentence || (t.End >= c.Start - 80 && t.Start <= c.End + 40)) && (context.Classes[k] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the class within the three words before the candidate, in its sentence ("ordernummer 123456782").</summary>
    public static bool LabelledAs(CheckContext context, Candidate c, ClassMask mask)
    {
        var tokens = context.Tokens;
        var at = TokenAt(tokens, c.Start);
        for (var k = at - 1; at >= 0 && k >= 0 && k >= at - 3 && tokens[k].Sentence == tokens[at].Sentence; k--)
        {
            if ((context.Classes[k] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the class in the 60 characters after the candidate ("NL.. t.n.v. Stichting …").</summary>
    public static bool After(CheckContext context, Candidate c, ClassMask mask)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= c.End && tokens[i].Start <= c.End + 60 && (context.Classes[i] & mask) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool PersonInSentence(CheckContext context, Candidate c)
    {
        var at = TokenAt(context.Tokens, c.Start);
        var sentence = at < 0 ? -1 : context.Tokens[at].Sentence;
        return Mentions.InSentence(context, sentence) is not null;
    }

    // The first token that starts at or after a folded offset (binary search), or -1.
    public static int TokenAt(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start >= offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }
}
