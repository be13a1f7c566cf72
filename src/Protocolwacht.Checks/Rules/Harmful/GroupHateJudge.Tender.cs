namespace Protocolwacht.Checks.Rules.Harmful;

// Thirtieth pass (hate26): a group noun's diminutive is scorn ("die moslimpjes"), but one child told of with care is not:
// "Het kleine vluchtelingetje uit het verhaal vond een nieuw thuis", "het boek over het vluchtelingetje uit Syrië". The
// diminutive must be singular (scorn speaks of many: "die vluchtelingetjes") and of a group noun, not of a slur
// ("negertje" stays a slur); a word of tenderness or pity right before it, or a story in its sentence, makes it care.
internal static partial class GroupHateJudge
{
    private static bool TenderDiminutive(CheckContext context, Sentence s, int k)
    {
        var key = context.Tokens[k].Key;
        if ((context.Classes[k] & Words.Group) == 0 || !key.EndsWith("je", StringComparison.Ordinal))
        {
            return false;
        }

        return (k > s.First && (context.Classes[k - 1] & Words.Tender) != 0) || s.Has(context.Classes, Words.Fiction);
    }
}
