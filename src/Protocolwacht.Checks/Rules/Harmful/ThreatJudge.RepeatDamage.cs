namespace Protocolwacht.Checks.Rules.Harmful;

// Stop 53 (lead): damage to someone's things promised as what follows a misdeed done once more, said of whoever does it:
// "wie mijn auto nog één keer klem zet, vindt morgen vier lekke banden", "als hij nog eens op mijn plek parkeert, heeft hij
// morgen een kapotte ruit". The sentence opens with the condition ("wie", "als", "zodra") and a repeat in it ("nog één
// keer", "nog een keer", "nog eens"); after the condition's clause break a word of damage stands beside a thing
// (`property`). No repeat ("wie als eerste komt, vindt een verrassing op zijn tafel"), the damage inside the condition ("wie
// morgen een lekke band heeft, kan een pomp lenen"), the past, a mishap, the weather, help or thanks make it news or care.
internal static partial class ThreatJudge
{
    private static bool DamageAfterRepeat(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var c = context.Classes;
        if (t[s.First].Key is not ("wie" or "als" or "zodra") || Past(context, s)
            || s.Has(c, Words.Mishap | Words.Hazard | Words.HelpGiven | Words.Gratitude | Words.Errand))
        {
            return false;
        }

        var consequence = ConsequenceAfterRepeat(context, s);
        if (consequence < 0)
        {
            return false;
        }

        for (var k = consequence; k <= s.Last; k++)
        {
            if ((c[k] & Words.Property) != 0 && DamagedBeside(context, s, k, consequence))
            {
                return true;
            }
        }

        return false;
    }

    // The first word after the clause break that ends a condition with a repeat in it, or -1.
    private static int ConsequenceAfterRepeat(CheckContext context, Sentence s)
    {
        var t = context.Tokens;
        var repeated = false;
        for (var k = s.First + 1; k <= s.Last; k++)
        {
            if (repeated && context.ClauseBreakBetween(k - 1, k))
            {
                return k;
            }

            repeated |= CountAfterNog(context, s, k) || (t[k].Key == "nog" && k + 1 <= s.Last && t[k + 1].Key == "eens");
        }

        return -1;
    }

    // "lekke banden", "een kapotte ruit" (the damage just before the thing) or "zijn banden (morgen) lek" (within three
    // words after it), not denied ("heeft geen kapotte ruit").
    private static bool DamagedBeside(CheckContext context, Sentence s, int k, int from)
    {
        var c = context.Classes;
        for (var j = Math.Max(from, k - 1); j <= Math.Min(s.Last, k + 3); j++)
        {
            if (j != k && (c[j] & (Words.Damage | Words.Disruption)) != 0 && !s.NegatedAt(context, j, 3))
            {
                return true;
            }
        }

        return false;
    }
}
