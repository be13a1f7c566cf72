using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules.PersonalDataJudges;

// Stop 49 (lead): a person known by a name the dictionary lists only as a name, inside the sentence or set before it
// with a comma (split from IdentifiedPerson.cs).
internal static partial class IdentifiedPerson
{
    // Stop 49 (lead): "Gisteren is Linda geopereerd", "Arme Linda, ze is al weken ziek": a word known only as a person's
    // name (Language/PersonNames), capitalised inside the sentence, is someone, as it is at the sentence's start. Not the
    // first of two capitalised words (a full name of someone in the news, "Anne Frank") and not in a story (class fiction).
    private static bool KnownName(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var t = tokens[k];
        // Names are also places ("in Esveld", "de gemeente Brinkhorst"), brands ("KiKa") and pets ("onze kater Moos").
        return Language.PersonNames.Contains(t.Key) && !PlaceName.IsPlaceName(context, k, k) && !InnerCapital(context, k)
            && !AnimalBetween(context, Math.Max(0, k - 2), k - 1) && !Vocative(context, k)
            && !(k + 1 < tokens.Count && tokens[k + 1].Sentence == t.Sentence && tokens[k + 1].Has(TokenFlags.Capitalised))
            && !(k > 0 && tokens[k - 1].Has(TokenFlags.Capitalised) && tokens[k - 1].Sentence == t.Sentence && k - 1 > 0 && tokens[k - 2].Sentence == t.Sentence)
            && !Nearby.InSentence(context, t.Sentence, Fiction);
    }

    // "…, meneer Lammers." : a name after "meneer"/"mevrouw" (class person) at the end of its sentence or before a comma
    // addresses the reader; what the sentence tells is about someone else (in a reply, the parent's child).
    private static bool Vocative(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        var last = k + 1 >= tokens.Count || tokens[k + 1].Sentence != tokens[k].Sentence;
        return k > 0 && (context.Classes[k - 1] & Child) != 0 && (last || CommaAfter(context, k));
    }

    private static bool InnerCapital(CheckContext context, int k)
    {
        var t = context.Tokens[k];
        var (start, end) = context.Text.ToOriginal(t.Start, t.End);
        foreach (var ch in context.Text.Original.AsSpan(start + 1, end - start - 1))
        {
            if (char.IsUpper(ch))
            {
                return true;
            }
        }

        return false;
    }

    // "Linda, ze is al weken ziek": a comma after the name and a pronoun that takes it up as the subject (a name set
    // before its sentence), not an apposition ("Floor, onze hond, …").
    private static bool PointedBackAfterComma(CheckContext context, int k) =>
        k + 2 < context.Tokens.Count && context.Tokens[k + 1].Key is "ze" or "zij" or "hij" && context.Tokens[k + 2].Sentence == context.Tokens[k].Sentence;
}
