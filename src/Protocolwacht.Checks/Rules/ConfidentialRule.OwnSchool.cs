using Protocolwacht.Checks.Lexicons;
using Protocolwacht.Checks.Rules.PersonalDataJudges;

namespace Protocolwacht.Checks.Rules;

// Stop 57 (lead): rumour about one of the organisation's own schools named by its name ("Volgens de wandelgangen wordt de
// bovenbouw van de Sint Jozef opgeheven", "Iemand liet doorschemeren dat De Regenboog moet sluiten"). The lexicon's rumour
// lines ask for a word for a school beside the change (school, team, locatie …); a school's own name is organisation data
// that the shared word classes cannot hold, so this judge reads the names from the organisation. The same denials and
// announcements clear it as they clear the rumour lines ("dat gerucht is onzin", "zoals in de nieuwsbrief stond").
internal sealed partial class ConfidentialRule
{
    private static readonly ClassMask Hearsay = Nearby.Class("hearsay");
    private static readonly ClassMask Change = Nearby.Class("organisation-change") | Nearby.Class("personnel-change");
    private static readonly ClassMask Cleared = Publication | Nearby.Class("claim-dismissal");

    // How far from the rumour word the change and the name may stand, as the lexicon's window.
    private const int RumourWindow = 40;

    // The distinctive words of the schools' and the board's names ("regenboog", "kompas", "jozef" of "Sint Jozefschool",
    // "konot"): not the generic words ("basisschool", "kindcentrum", "sint"), which name any school or the saint.
    private readonly HashSet<string> _schoolNames = NameWords(resources)
        .Select(k => k.Length > "school".Length + 3 && k.EndsWith("school", StringComparison.Ordinal) ? k[..^"school".Length] : k)
        .Where(k => k.Length >= 5 && !Generic(k)).ToHashSet(StringComparer.Ordinal);

    private static bool Generic(string key) =>
        (Language.WordClasses.Default.Of(key) & School) != 0 || key.EndsWith("school", StringComparison.Ordinal) || key.EndsWith("centrum", StringComparison.Ordinal);

    /// <summary>The rumour word of a rumour about an own school, or null.</summary>
    private (int First, int Last)? RumourAboutAnOwnSchool(CheckContext context)
    {
        if ((context.PostClasses & Hearsay) == 0 || (context.PostClasses & Change) == 0)
        {
            return null;
        }

        var t = context.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            if ((context.Classes[k] & Hearsay) != 0 && NewsOfAnOwnSchool(context, k))
            {
                return (k, k);
            }
        }

        return null;
    }

    private bool NewsOfAnOwnSchool(CheckContext context, int rumour)
    {
        var t = context.Tokens;
        var sentence = t[rumour].Sentence;
        bool change = false, named = false;
        for (var j = Math.Max(0, rumour - RumourWindow); j < t.Count && j <= rumour + RumourWindow; j++)
        {
            if (t[j].Sentence != sentence || j == rumour)
            {
                continue;
            }

            if ((context.Classes[j] & Cleared) != 0)
            {
                return false;
            }

            change |= (context.Classes[j] & Change) != 0;
            named |= NamesAnOwnSchool(t[j].Key);
        }

        return change && named;
    }

    // "Jozefschool" names the school as "Sint Jozef" does.
    private bool NamesAnOwnSchool(string key) =>
        _schoolNames.Contains(key) || (key.Length > "school".Length && key.EndsWith("school", StringComparison.Ordinal) && _schoolNames.Contains(key[..^"school".Length]));

    // "De directeur van Het Kompas is met spoed geopereerd": a role of one of the own schools, named by the school's name,
    // points out one colleague as "onze directeur" does.
    private bool RoleOfAnOwnSchool(CheckContext context, int sentence)
    {
        var t = context.Tokens;
        for (var k = 0; k + 2 < t.Count; k++)
        {
            if (t[k].Sentence != sentence || (context.Classes[k] & StaffRole) == 0 || t[k + 1].Key != "van")
            {
                continue;
            }

            for (var j = k + 2; j < t.Count && j <= k + 4 && t[j].Sentence == sentence; j++)
            {
                if (NamesAnOwnSchool(t[j].Key))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
