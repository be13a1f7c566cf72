using System.Text.RegularExpressions;

namespace Protocolwacht.Domain.Privacy;

/// <summary>
/// Finds and replaces an erased pupil's name in free text (AVG art. 17). The rule, chosen so that a common
/// first name is not taken out of texts about someone else:
/// <list type="bullet">
/// <item>the <b>full name</b> (and the first name with the surname's initial, "Ayla B.") is replaced in every text;</item>
/// <item>the <b>first name alone</b> is replaced only in a text <i>tied</i> to the pupil: one that also holds the
/// full name, or one that belongs to a post showing or naming the pupil (its text, advice steps, deliveries,
/// change requests, notices about it, reactions to it). "Ayla" in an unrelated post stays.</item>
/// </list>
/// Matches are whole words, in any case, with a possessive ("Ayla's", "Noahs") taken along; "Noah Bosman" is not
/// "Noah Bos". The surname alone is never replaced: many Dutch surnames are ordinary words ("Bos", "Visser").
/// </summary>
public sealed class PupilNameMatcher
{
    /// <summary>What an erased pupil's name becomes.</summary>
    public const string Marker = "[naam verwijderd]";

    private readonly Regex full;
    private readonly Regex? first;

    public PupilNameMatcher(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        FullName = string.Join(' ', parts);
        var spaced = string.Join(@"\s+", parts.Select(Regex.Escape));
        var initial = parts.Length > 1 ? $@"|{Regex.Escape(parts[0])}\s+{Regex.Escape(parts[^1][..1])}\." : "";
        full = Word($"{spaced}{initial}");
        first = parts.Length > 1 && parts[0].Length > 1 ? Word(Regex.Escape(parts[0])) : null;
    }

    /// <summary>The name as it was, single-spaced: use it only to search, never store or log it.</summary>
    public string FullName { get; }

    /// <summary>True when <paramref name="text"/> holds the full name.</summary>
    public bool IsNamedIn(string? text) => text is not null && full.IsMatch(text);

    /// <summary>True when <see cref="Redact"/> would change <paramref name="text"/>.</summary>
    public bool IsMentionedIn(string? text, bool tied) => text is not null && (full.IsMatch(text) || tied && first?.IsMatch(text) == true);

    /// <summary>
    /// <paramref name="text"/> with the full name replaced by <see cref="Marker"/>, and the first name too when the
    /// text is <paramref name="tied"/> to the pupil or names them in full.
    /// </summary>
    public string Redact(string text, bool tied)
    {
        ArgumentNullException.ThrowIfNull(text);
        var alsoFirst = tied || full.IsMatch(text);
        var redacted = full.Replace(text, Marker);
        return alsoFirst && first is not null ? first.Replace(redacted, Marker) : redacted;
    }

    /// <summary>As <see cref="Redact"/>, for a text that may be null.</summary>
    public string? RedactOrNull(string? text, bool tied) => text is null ? null : Redact(text, tied);

    // Whole words: no letter or digit right before or after; a possessive 's / ’s / s is part of the match.
    private static Regex Word(string pattern) => new(
        $@"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?:['’]?s)?(?![\p{{L}}\p{{N}}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}
