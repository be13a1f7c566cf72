namespace Protocolwacht.Checks.Normalisation;

internal static partial class Tokenizer
{
    // "z'n", "m'n": the clipped possessives are one word, keyed without the apostrophe ("zn", "mn"), so the classes that
    // hold those keys (others-possessive, first-possessive) read them as they read "zijn" and "mijn". Split, "z" and "n"
    // were two one-letter words no class knows, and "ik breek z'n benen" had no possessive in it. "zo'n" and "'s avonds"
    // stay as they were: rules read "zo" and "n" apart.
    private static List<Token> JoinClippedPossessives(NormalisedText text, List<Token> tokens)
    {
        var folded = text.Folded;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var a = tokens[i];
            var b = tokens[i + 1];
            if (a.Key is "z" or "m" && b.Key == "n" && a.End - a.Start == 1 && b.End - b.Start == 1 && b.Start - a.End == 1
                && folded[a.End] is '\'' or '\u2019' && a.Sentence == b.Sentence)
            {
                tokens[i] = a with { End = b.End, Key = a.Key + "n", AltKey = null, RawKey = null };
                tokens.RemoveAt(i + 1);
            }
        }

        return tokens;
    }

    // Thirty-seventh pass (school33): the article "een" clipped to "n" or "'n" in chat spelling ("mn leerling met n
    // hersenschudding", "n meisje uit mijn groep", "heeft 'n gebroken arm") is keyed "een", so the lexicons and judges that
    // read "een" before a health word or a child read it too. Only a free-standing "n": after a space or the text's start,
    // or after an apostrophe that follows one. "zo'n" (the apostrophe joined to "zo") and "zo n" stay "zo" "n", which the
    // rules read apart (`Sentence.ZoN`), a run of spaced letters was joined before this, and a letter after another lone
    // letter ("plan z, n keer") is a variable, not an article.
    private static List<Token> RekeyChatArticle(NormalisedText text, List<Token> tokens)
    {
        var folded = text.Folded;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Key != "n" || t.End - t.Start != 1 || (i > 0 && (tokens[i - 1].Key == "zo" || tokens[i - 1].End - tokens[i - 1].Start == 1)) || i + 1 >= tokens.Count || tokens[i + 1].Sentence != t.Sentence)
            {
                continue;
            }

            var before = t.Start - 1;
            if (before >= 0 && folded[before] is '\'' or '\u2019')
            {
                before--;
            }

            if (before < 0 || char.IsWhiteSpace(folded[before]))
            {
                tokens[i] = t with { Key = "een", AltKey = null, RawKey = null };
            }
        }

        return tokens;
    }
}
