using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Protocolwacht.Web.Infrastructure.Localization;

/// <summary>
/// Translates a finished Dutch sentence that code composed with holes filled in (a name, a quote, a date): the
/// resource's keys are the Dutch templates with <c>{0}</c>, <c>{1}</c> for the holes, its values the translation in
/// the current UI culture. A sentence is matched against the templates (the most literal first) and each filled-in
/// part is translated in turn, so a nested reason or "de foto" is translated too, while a name or a quote matches
/// nothing and stays as it is. A sentence no template fits comes back unchanged (Dutch), never empty. A filled-in
/// part no template fits is handed to <c>otherTexts</c> when given: a sentence of another resource (the check's
/// messages inside a refusal, see <see cref="UiTranslator"/>).
/// </summary>
public sealed partial class DutchTemplates(IStringLocalizer texts, Func<string, string>? otherTexts = null)
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
            if (Match(template, dutch) is not { Success: true } match)
            {
                continue;
            }

            var parts = new object[template.Holes];
            for (var i = 0; i < parts.Length; i++)
            {
                var part = match.Groups[$"p{i}"].Value;
                parts[i] = depth < MaxDepth ? Translate(part, depth + 1) : part;
            }

            return string.Format(CultureInfo.CurrentCulture, template.Translation, parts);
        }

        return depth > 0 && otherTexts is not null ? otherTexts(dutch) : dutch;
    }

    // A sentence the engine cannot decide in time is one no template fits: the reader gets the Dutch, never an error.
    private static Match? Match(Template template, string dutch)
    {
        try
        {
            return template.Pattern.Match(dutch);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // Only the culture's own entries (not the Dutch fallback), the most literal text first.
    private Template[] Load() =>
        [.. texts.GetAllStrings(includeParentCultures: false)
            .Select(s => Template.Of(s.Name, s.Value))
            .OrderByDescending(t => t.LiteralLength)];

    private sealed record Template(Regex Pattern, int Holes, int LiteralLength, string Translation)
    {
        public static Template Of(string dutch, string translation)
        {
            var pattern = new StringBuilder("^");
            var at = 0;
            var holes = 0;
            var literal = 0;
            foreach (Match hole in Hole().Matches(dutch))
            {
                pattern.Append(Regex.Escape(dutch[at..hole.Index])).Append("(?<p").Append(hole.Groups[1].Value).Append(">.*?)");
                literal += hole.Index - at;
                holes = Math.Max(holes, int.Parse(hole.Groups[1].Value, CultureInfo.InvariantCulture) + 1);
                at = hole.Index + hole.Length;
            }

            pattern.Append(Regex.Escape(dutch[at..])).Append('$');
            literal += dutch.Length - at;
            return new(new Regex(pattern.ToString(), OptionsFor(holes), TimeSpan.FromMilliseconds(200)), holes, literal, translation);
        }

        // With three or more lazy holes a backtracking engine tries every way to split a sentence that does not fit (a
        // 200 ms limit ran out on a loaded test machine); the non-backtracking engine is linear there. It costs far more to
        // build, so the thousand templates with fewer holes (a split point or two: at most quadratic) keep the other one.
        private static RegexOptions OptionsFor(int holes) =>
            RegexOptions.Singleline | RegexOptions.CultureInvariant | (holes >= 3 ? RegexOptions.NonBacktracking : RegexOptions.None);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();
}
