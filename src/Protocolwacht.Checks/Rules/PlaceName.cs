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

    public static bool IsPlaceName(CheckContext context, int first, int last)
    {
        var tokens = context.Tokens;
        if (first != last || first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence || !(Prepositions.Contains(tokens[first - 1].Key) || (context.Classes[first - 1] & Settlement) != 0))
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
}
