using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Protocolwacht.Web.Infrastructure.Localization;

namespace Protocolwacht.Web.Features.Checks;

/// <summary>
/// The check's messages in the reader's language, for the web pages only. A finding carries its message in Dutch,
/// and the batch API, the CLI and the archive keep it so (spec: "message is Dutch"). FindingMessages.resx holds each
/// message's Dutch template, its holes ({0}, {1}) being what the rule fills in (a quote, a name, a nested reason, a
/// cited part of the protocol), and FindingMessages.en.resx the English. A message is matched against the templates
/// and each filled-in part is translated in turn ("de foto", a nested reason); a quote from the author's text or a
/// protocol title matches nothing and stays as it is (the protocol exists only in Dutch). A message that no template
/// matches is shown in Dutch, never empty. Tests: Web.Tests/Checks/FindingMessagesTests (every message of the corpora).
/// </summary>
public sealed partial class FindingMessages(IStringLocalizer<FindingMessages> texts)
{
    private const int MaxDepth = 3;
    private readonly ConcurrentDictionary<string, Template[]> _templates = new(StringComparer.Ordinal);

    /// <summary>The message in the request's UI language: Dutch as it is, otherwise translated where a template fits.</summary>
    public string Of(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        return UiText.IsEnglish ? Translate(dutch, 0) : dutch;
    }

    private string Translate(string dutch, int depth)
    {
        foreach (var template in _templates.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => Load()))
        {
            var match = template.Pattern.Match(dutch);
            if (!match.Success)
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

        return dutch;
    }

    // The most literal text first, so a specific template wins over one that is mostly holes.
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
            return new(new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)), holes, literal, translation);
        }
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();
}
