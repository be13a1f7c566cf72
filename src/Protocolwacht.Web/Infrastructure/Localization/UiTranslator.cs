using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Features.Checks;
using Protocolwacht.Web.Features.Publishing;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// What a page's <c>T(...)</c> does: the entry for the exact Dutch text; for a text a page model or use case chose
/// at run time with holes filled in (a staff id, a date, a school's name), the UiText entry whose key is its Dutch
/// template (<c>{0}</c>, <c>{1}</c> for the holes, see <see cref="DutchTemplates"/>). Dutch readers get the text as it
/// is; a text no entry fits stays Dutch, never empty. Templates are only tried after the exact lookup missed, so the
/// usual call costs one dictionary lookup. A filled-in part that is none of the interface's texts may be one of the
/// check's messages (a refusal quoting why the check blocks), and so may a whole text (a refusal's reason printed on its
/// own): <see cref="FindingMessages"/> translates those. A platform's refusal (a delivery's reason, a notice that a
/// publication failed) is none of the interface's texts either: <see cref="DeliveryReasons"/> translates it. A text that differs from an entry only in its first letter's
/// case is that entry, in the case asked for.
/// </summary>
public sealed class UiTranslator(IStringLocalizer<UiText> texts, FindingMessages findings, DeliveryReasons deliveryReasons)
{
    // A filled-in part is an entry in either case too ("naam" in "… geen toestemming (meer) voor naam op social media",
    // whose entry is "Naam"), else perhaps one of the check's messages.
    private readonly DutchTemplates _templates = new(texts, part => InOtherCase(texts, part) ?? findings.Of(part));

    public string Translate(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        var exact = texts[dutch];
        if (!exact.ResourceNotFound || !UiText.IsEnglish)
        {
            return exact.Value;
        }

        if (InOtherCase(texts, dutch) is { } otherCase)
        {
            return otherCase;
        }

        // A refusal's reasons are printed one by one (WorkflowResult.Reasons), and a reason may be one of the check's
        // own messages: no interface template fits it, the check's messages do. A delivery's reason is the connectors'.
        var translated = _templates.Translate(dutch);
        if (!string.Equals(translated, dutch, StringComparison.Ordinal))
        {
            return translated;
        }

        var finding = findings.Of(dutch);
        return string.Equals(finding, dutch, StringComparison.Ordinal) ? deliveryReasons.Of(dutch) : finding;
    }

    // One entry serves "Gepubliceerd" and "gepubliceerd": resource names are case-insensitive when the resx is
    // compiled (MSBuild drops the second of two names that differ only in case), so the other case is looked up and
    // its translation given the first letter's case of the text asked for.
    private static string? InOtherCase(IStringLocalizer<UiText> texts, string dutch) =>
        OtherCase(dutch) is { } other && texts[other] is { ResourceNotFound: false } entry ? SameCaseAs(dutch, entry.Value) : null;

    private static string? OtherCase(string text) =>
        text.Length == 0 || !char.IsLetter(text[0]) ? null
        : (char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) : char.ToUpperInvariant(text[0])) + text[1..];

    private static string SameCaseAs(string asked, string translation) =>
        translation.Length == 0 ? translation
        : (char.IsUpper(asked[0]) ? char.ToUpperInvariant(translation[0]) : char.ToLowerInvariant(translation[0])) + translation[1..];
}
