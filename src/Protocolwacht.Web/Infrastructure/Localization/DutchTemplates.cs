using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// Translates a finished Dutch sentence that code composed with holes filled in (a name, a quote, a date): the
/// resource's keys are the Dutch templates with <c>{0}</c>, <c>{1}</c> for the holes, its values the translation in
/// the current UI culture. A sentence is matched against the templates (the most literal first, see
/// <see cref="TemplateText"/>) and each filled-in part is translated in turn, so a nested reason or "de foto" is
/// translated too, while a name or a quote matches nothing and stays as it is. A sentence no template fits comes back
/// unchanged (Dutch), never empty. A filled-in part no template fits is handed to <c>otherTexts</c> when given: a
/// sentence of another resource (the check's messages inside a refusal, see <see cref="UiTranslator"/>).
/// </summary>
public sealed class DutchTemplates(IStringLocalizer texts, Func<string, string>? otherTexts = null)
{
    private const int MaxDepth = 3;
    private readonly ConcurrentDictionary<string, Template[]> _templates = new(StringComparer.Ordinal);

    public string Translate(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        return Translate(dutch, 0);
    }

    private string Translate(string dutch, int depth)
    {
        foreach (var template in _templates.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Load()))
        {
            if (template.Dutch.Match(dutch) is not { } parts)
            {
                continue;
            }

            var translated = new object[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                translated[i] = depth < MaxDepth ? Translate(parts[i], depth + 1) : parts[i];
            }

            return string.Format(CultureInfo.CurrentCulture, template.Translation, translated);
        }

        return depth > 0 && otherTexts is not null ? otherTexts(dutch) : dutch;
    }

    // Only the culture's own entries (not the Dutch fallback), the most literal text first.
    private Template[] Load() =>
        [.. texts.GetAllStrings(includeParentCultures: false)
            .Select(s => new Template(TemplateText.Parse(s.Name), s.Value))
            .OrderByDescending(t => t.Dutch.LiteralLength)];

    private sealed record Template(TemplateText Dutch, string Translation);
}
