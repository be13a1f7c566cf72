using Protocolwacht.Checks.Rules.Harmful;

namespace Protocolwacht.Checks.Rules.CopyrightJudges;

// A titled work scanned, photographed or copied and shared (twenty-fifth pass, school21): "We hebben 'Rupsje Nooitgenoeg'
// gescand en gedeeld in de ouderapp", "het prentenboek 'Kikker' gefotografeerd en naar alle ouders gestuurd". A book copied
// to be passed on is a copy of all of it; the pupils' own book ("hun zelfgemaakte prentenboek gescand") is not someone
// else's, and forms scanned for the team name no work.
internal static partial class RecordedWholeJudge
{
    private static readonly ClassMask ShareVerb = Language.WordClasses.Default.Mask("share-verb");
    private static readonly ClassMask WorkStart = Language.WordClasses.Default.Mask("work-start");
    private static readonly ClassMask WorkEnd = Language.WordClasses.Default.Mask("work-end");

    private static (int, int)? CapturedAndShared(CheckContext context, Sentence s)
    {
        var c = context.Classes;
        // The title before the verb, as a perfect tells what was done to it ("'Rupsje Nooitgenoeg' gescand"): "Iemand schreef
        // onder mijn post 'alle … zijn …'" quotes words after a verb that is also a stem of "overschrijven".
        var taken = s.Find(c, CopyWords.CaptureVerb | CopyWords.CopyVerb);
        if (taken <= s.First || !TitleIn(context, s.First, taken - 1) || WholeWorkJudge.Own(context, s))
        {
            return null;
        }

        // Shared in the same sentence: a scan of the post per sentence would make a long text's check quadratic.
        return s.Has(c, ShareVerb | Channel) ? (taken, taken) : null;
    }
}
