namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

/// <summary>
/// The author's own health told through its treatment: "Ik ben sinds september in behandeling voor een depressie",
/// "Vorig jaar ben ik maandenlang behandeld voor een angststoornis". The author can stand far before the health word
/// (a time and a place between), so the judge's five-word look-back for "ik heb"/"ik ben" misses it; the treatment word
/// and "voor" tie the two together instead.
/// </summary>
internal static class TreatedAuthor
{
    private static readonly ClassMask Treatment = Nearby.Class("treatment");
    private static readonly ClassMask FirstPerson = Nearby.Class("first-person");

    // Anyone else in the sentence may be the one treated: "ik ben blij dat mijn zoon in behandeling is voor …".
    private static readonly ClassMask SomeoneElse = Nearby.Class("third-person") | Nearby.Class("school-person") | Nearby.Class("person")
        | Nearby.Class("protected-group") | Nearby.Class("kin") | Nearby.Class("staff-role") | Nearby.Class("others-possessive");

    /// <summary>Whether the health word at <paramref name="index"/> is the author's own, told through a treatment.</summary>
    public static bool For(CheckContext context, int index)
    {
        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var k = index - 1;
        if (k >= 0 && tokens[k].Key is "een" or "de" or "het" or "mijn")
        {
            k--;
        }

        if (k < 1 || tokens[k].Sentence != sentence || tokens[k].Key != "voor")
        {
            return false;
        }

        var treated = -1;
        for (var j = k - 1; j >= 0 && j >= k - 3 && tokens[j].Sentence == sentence; j--)
        {
            if ((context.Classes[j] & Treatment) != 0)
            {
                treated = j;
                break;
            }
        }

        return treated > 0 && AuthorAlone(context, sentence, treated);
    }

    /// <summary>
    /// Whether the health word at <paramref name="index"/> is a treatment the author undergoes, told in the passive: "ik word
    /// volgende week geopereerd", "mijn rug is zo versleten dat ik geopereerd moet worden", "volgende week word ik
    /// geopereerd". The author is the passive's subject ("ik" before the word) and nobody else is in the sentence.
    /// </summary>
    public static bool Undergone(CheckContext context, int index)
    {
        if ((context.Classes[index] & Treatment) == 0)
        {
            return false;
        }

        var tokens = context.Tokens;
        var sentence = tokens[index].Sentence;
        var subject = false;
        var passive = false;
        for (var j = index - 1; j >= 0 && j >= index - 6 && tokens[j].Sentence == sentence; j--)
        {
            subject |= tokens[j].Key == "ik";
            passive |= tokens[j].Key is "word" or "werd" or "ben";
        }

        for (var j = index + 1; j < tokens.Count && j <= index + 2 && tokens[j].Sentence == sentence; j++)
        {
            passive |= tokens[j].Key is "word" or "worden" or "werd";
        }

        return subject && passive && AuthorAlone(context, sentence, index);
    }

    // The author before the treatment word, and nobody else anywhere in the sentence (also read by `AilingAuthor`).
    internal static bool AuthorAlone(CheckContext context, int sentence, int treated)
    {
        var tokens = context.Tokens;
        var author = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence != sentence)
            {
                continue;
            }

            if ((context.Classes[j] & SomeoneElse) != 0)
            {
                return false;
            }

            author |= j < treated && (context.Classes[j] & FirstPerson) != 0;
        }

        return author && Mentions.InSentence(context, sentence) is null;
    }
}
