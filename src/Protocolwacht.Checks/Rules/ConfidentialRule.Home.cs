using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Rules.PersonalDataJudges;

namespace Protocolwacht.Checks.Rules;

// Thirty-fifth pass (school31): a silence after knowing where someone lives ("ik ken het adres van die vader. Meer zeg ik
// niet.", "ik weet in welke straat ze woont, verder zeg ik niks") keeps back a threat, not news of the organisation: the
// harmful-statement rule blocks it as intimidation. A silence beside the organisation's own matters stays a leak.
internal sealed partial class ConfidentialRule
{
    private static readonly ClassMask OwnWord = Nearby.Class("first-possessive");

    // Where someone lives (class `residence`: "woont", "straat", "huisnummer", "adres"); compounds ending in "adres"
    // ("woonadres", "thuisadres") are addresses too.
    private static readonly ClassMask Residence = Nearby.Class("residence");

    private static bool SilenceAboutAHome(CheckContext context, LexiconMatch m)
    {
        if (m.Entry.Tag != "secrecy")
        {
            return false;
        }

        var t = context.Tokens;
        var sentence = t[m.First].Sentence;
        var home = false;
        for (var k = 0; k < t.Count && t[k].Sentence <= sentence; k++)
        {
            if (t[k].Sentence < sentence - 1)
            {
                continue;
            }

            if ((context.Classes[k] & School) != 0 && (context.Classes[k] & OwnWord) == 0)
            {
                return false;
            }

            home |= (context.Classes[k] & Residence) != 0 || t[k].Key.EndsWith("adres", StringComparison.Ordinal);
        }

        return home;
    }
}
