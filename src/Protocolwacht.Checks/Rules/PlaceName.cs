using Protocolwacht.Checks.Normalisation;

namespace Protocolwacht.Checks.Rules;

/// <summary>
/// A word written as a name after a preposition of place ("op vakantie in Fucking", "gefietst naar
/// Kuttekoven") or after a word for a town or village (class <c>settlement</c>: "het dorpje Fucking") names a town,
/// not a curse: it starts with a capital followed by lower case, stands inside its sentence, and carries no disguise
/// (leetspeak, masks or split letters are never a name).
/// </summary>
internal static class PlaceName
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "naar", "uit", "bij", "langs", "via", "richting", "rond" };
    private static readonly ClassMask Settlement = Language.WordClasses.Default.Mask("settlement");
    private static readonly ClassMask Titled = Language.WordClasses.Default.Mask("person") | Language.WordClasses.Default.Mask("school-person")
        | Language.WordClasses.Default.Mask("kin") | Language.WordClasses.Default.Mask("staff-role");

    public static bool IsPlaceName(CheckContext context, int first, int last)
    {
        var tokens = context.Tokens;
        if (first != last || first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence
            || !(Prepositions.Contains(tokens[first - 1].Key) || (context.Classes[first - 1] & Settlement) != 0 || OfAPlace(context, first)))
        {
            return false;
        }

        var token = tokens[first];
        if (!token.Has(TokenFlags.Capitalised) || token.Has(TokenFlags.Leet) || token.Has(TokenFlags.Masked) || token.Has(TokenFlags.Joined))
        {
            return false;
        }

        // "in FUCKING …" shouts; a name is written "Fucking".
        var (start, end) = context.SpanOf(first, first);
        var text = context.Request.Text;
        return end - start >= 2 && end <= text.Length && char.IsUpper(text[start]) && char.IsLower(text[start + 1]);
    }

    // Thirty-sixth pass (school32): "de Ronde van Esveld", "de Kermis van Brinkhorst", "het dorp van Holterveen": "van" and a
    // capitalised word after a named event (itself capitalised inside the sentence) or a word for a town names a place. A
    // surname with "van" follows a first name or a title ("Jan van Esveld", "meneer van Dijk"), and a lower-case thing
    // before it ("het rapport van Daan") keeps its owner a person.
    private static bool OfAPlace(CheckContext context, int k)
    {
        var tokens = context.Tokens;
        if (tokens[k - 1].Key != "van" || k < 2 || tokens[k - 2].Sentence != tokens[k].Sentence)
        {
            return false;
        }

        var before = tokens[k - 2];
        var named = before.Has(TokenFlags.Capitalised) && k - 2 > 0 && tokens[k - 3].Sentence == before.Sentence;
        return (named || (context.Classes[k - 2] & Settlement) != 0)
            && !Language.PersonNames.Contains(before.Key) && (context.Classes[k - 2] & Titled) == 0 && before.Key.Length > 1;
    }
}
