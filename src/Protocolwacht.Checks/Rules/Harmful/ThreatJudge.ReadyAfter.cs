namespace Protocolwacht.Checks.Rules.Harmful;

// Thirtieth pass (rules26): a weapon told as ready or kept at hand in the sentence after someone was named, with the author
// in either sentence: "Die vader heeft mij bij het hek voor schut gezet. De honkbalknuppel ligt al in de kofferbak.",
// "Die trainer denkt dat hij mijn zoon op de bank kan zetten. Er ligt een ijzeren staaf achter in mijn bus." The person is
// the grudge's, so the readiness is aimed at him as "klaar voor die vent" is (ThreatJudge.Ready). Help, thanks, praise, a
// party or a school activity in either sentence ("Mijn buurman komt helpen. De hamer ligt al klaar.", bats bought for the
// gym), a purpose ("om … te") or a story keep it a tool.
internal static partial class ThreatJudge
{
    private static readonly ClassMask Befriending = Words.Positive | Words.Gratitude | Words.HelpGiven | Words.Errand | Words.Approval
        | Language.WordClasses.Default.Mask("celebration") | Language.WordClasses.Default.Mask("school-activity");

    // Review fix (fixchecks3): "Meester Tom vroeg om een nieuw whiteboard. Ik heb de hamer al in de auto liggen.": a job
    // asked or taken on (a request, hanging up, repairing) in either sentence is the tool's purpose, not a grudge.
    private static readonly ClassMask Job = Language.WordClasses.Default.Mask("task-asked") | Language.WordClasses.Default.Mask("repaired");

    private static bool WeaponReadyAfter(CheckContext context, List<Sentence> sentences, int si)
    {
        if (si == 0)
        {
            return false;
        }

        var c = context.Classes;
        var s = sentences[si];
        var before = sentences[si - 1];
        if (!s.Has(c, Words.Weapon | Words.ImprovisedWeapon) || s.Has(c, Befriending | Job) || before.Has(c, Befriending | Job) || before.Fictional(context)
            || !(s.Has(c, Words.FirstPerson | Words.FirstPossessive) || before.Has(c, Words.FirstPerson | Words.FirstPossessive))
            || !(Ready(context, s) || Kept(context, s) || BroughtAlong(context, s)) || Purpose(context, s) || !Someone(context, before))
        {
            return false;
        }

        for (var k = s.First; k <= s.Last; k++)
        {
            if ((c[k] & (Words.Weapon | Words.ImprovisedWeapon)) != 0 && !s.NegatedAt(context, k, 6))
            {
                return true;
            }
        }

        return false;
    }

    // "Ik heb iets in mijn tas voor je meegenomen: een boksbeugel": brought along for the one named before.
    private static bool BroughtAlong(CheckContext context, Sentence s)
    {
        for (var j = s.First; j <= s.Last; j++)
        {
            if (context.Tokens[j].Key is "meegenomen" or "meegebracht")
            {
                return true;
            }
        }

        return false;
    }
}
