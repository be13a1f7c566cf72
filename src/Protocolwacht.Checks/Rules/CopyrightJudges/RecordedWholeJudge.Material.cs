namespace Protocolwacht.Checks.Rules.CopyrightJudges;

// An untitled teaching method or book recorded whole and put out: "ik heb de hele rekenmethode ingesproken en als podcast
// gezet", "alle lessen uit ons taalboek staan als video op ons YouTube-kanaal", "het complete werkboek voorgelezen, alle
// afleveringen staan online", "alle prentenboeken uit de klassenbieb ingelezen". The work is whole by its kind, not by a
// title. The pupils' own podcast, a teacher's own explanation video and the method's own videos linked to are not the
// method copied.
internal static partial class RecordedWholeJudge
{
    private static readonly ClassMask Material = Language.WordClasses.Default.Mask("teaching-material");
    private static readonly ClassMask Channel = Language.WordClasses.Default.Mask("online-channel");

    // The sentence's candidate first and the post-wide conditions after: asked per sentence, Put's scan of every token
    // made a long text's check quadratic (a 1 MB post spent two thirds of its 9 s here).
    private static (int, int)? WholeMaterial(CheckContext context, Harmful.Sentence s) =>
        MaterialNamedWhole(context, s) is { } found && Put(context) && !WholeWorkJudge.Own(context, s) ? found : null;

    private static (int, int)? MaterialNamedWhole(CheckContext context, Harmful.Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        for (var k = s.First; k < s.Last; k++)
        {
            // "de hele rekenmethode", "het complete werkboek": the material itself within two words.
            if (t[k].Key is "hele" or "gehele" or "volledige" or "complete" or "integrale" && MaterialWithin(context, s, k + 1, k + 2) is { } whole)
            {
                return (k, whole);
            }

            // "alle prentenboeken uit de klassenbieb ingelezen": every one of the books, each whole (twenty-fourth pass).
            if (t[k].Key == "alle" && (c[k + 1] & Material) != 0)
            {
                return (k, k + 1);
            }

            // "alle lessen uit ons taalboek", "alle hoofdstukken van de spellingmethode": every part of it.
            if (t[k].Key == "alle" && (c[k + 1] & (CopyWords.Work | CopyWords.Page)) != 0 && k + 2 <= s.Last && t[k + 2].Key is "uit" or "van"
                && MaterialWithin(context, s, k + 3, k + 5) is { } parts)
            {
                return (k, parts);
            }

            // "een luisterversie van onze leesmethode gemaakt": an edition to listen to made of the material by the author
            // is all of it; the publisher's own listening edition ("de uitgever heeft de luisterversie … gedeeld") has no
            // first person making it.
            if ((c[k] & AudioEdition) != 0 && t[k + 1].Key == "van" && MaterialWithin(context, s, k + 2, k + 4) is { } edition
                && s.Has(c, Harmful.Words.FirstPerson))
            {
                return (k, edition);
            }
        }

        return null;
    }

    private static int? MaterialWithin(CheckContext context, Harmful.Sentence s, int from, int to)
    {
        for (var j = from; j <= Math.Min(s.Last, to); j++)
        {
            if ((context.Classes[j] & Material) != 0)
            {
                return j;
            }
        }

        return null;
    }

    // Recorded (an audio edition, a video, spoken in) or read aloud and put online.
    private static bool Put(CheckContext context)
    {
        return CopyWords.Anywhere(context, Recording | AudioEdition) || (CopyWords.Anywhere(context, ReadAloud) && CopyWords.Anywhere(context, Channel));
    }
}
