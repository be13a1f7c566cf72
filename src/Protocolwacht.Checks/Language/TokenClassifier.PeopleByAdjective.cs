using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Language;

/// <summary>
/// Thirty-seventh pass (hate33): a group named by an adjective and a word for people ("oude mensen", "jonge lui",
/// "donkere types"). The adjective alone describes things ("oude boeken"), so `group-adjective` is no group; before a
/// word of `human`, `people-collective` or `people-kind` it names one, and gets the class protected-group for this check,
/// as "zwarte" and "gehandicapte" have it always. One look at the next token's classes for the rare token that is such an
/// adjective: no work for any other token.
/// </summary>
internal sealed partial class TokenClassifier
{
    private static readonly ClassMask GroupAdjective = WordClasses.Default.Mask("group-adjective");
    private static readonly ClassMask PeopleHead = WordClasses.Default.Mask("human") | WordClasses.Default.Mask("people-collective")
        | WordClasses.Default.Mask("people-kind");
    private static readonly ClassMask ProtectedGroup = WordClasses.Default.Mask("protected-group");

    /// <summary>Gives a group adjective before a word for people the class of a group (see the type's summary).</summary>
    public static void PeopleByAdjective(ReadOnlySpan<Token> tokens, ClassedToken[] classes)
    {
        for (var i = 0; i + 1 < classes.Length; i++)
        {
            var mask = classes[i].Classes;
            if ((mask & GroupAdjective) == 0 || (mask & ProtectedGroup) != 0 || tokens[i].Sentence != tokens[i + 1].Sentence
                || (classes[i + 1].Classes & PeopleHead) == 0)
            {
                continue;
            }

            classes[i] = classes[i] is PlainWord plain
                ? new PlainWord(tokens[i].Key, mask | ProtectedGroup, plain.Candidates, plain.IsDictionaryWord)
                : new ClassedToken(mask | ProtectedGroup, classes[i].WordBits);
        }
    }
}
