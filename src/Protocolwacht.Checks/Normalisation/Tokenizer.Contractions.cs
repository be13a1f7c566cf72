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
}
