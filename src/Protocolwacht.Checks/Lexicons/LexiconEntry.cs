namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// One line of a lexicon file: a pattern of <see cref="Term"/>s, a tag the rule interprets (e.g. "swear",
/// "insult", "secrecy"), terms that must also occur in the same or the previous sentence (<see cref="Requires"/>, each
/// group needs one hit) and terms that cancel the match when they occur in the same sentence
/// (<see cref="Unless"/>, the context exceptions: "kanker" beside KWF or onderzoek is the disease). With
/// <see cref="UnlessNear"/> (a group of the unless column that starts with '=') the exceptions only count inside the match or the word either
/// side of it, so a negation elsewhere in a long sentence ("zijn achterlijk, ze lezen nooit") does not cancel it. One entry may hold
/// both, separated by ';' ("=niet|geen;@fiction": a negation next to the match, a story anywhere in the sentence).
/// <see cref="LexiconId"/> says which lexicon the entry belongs to when several share one index.
/// </summary>
internal sealed record LexiconEntry(string Source, Term[] Pattern, string Tag, Term[] Requires, Term? Unless, Term? UnlessNear = null)
{
    public int LexiconId { get; init; }

    /// <summary>Whether the term after the first can match from a token, tested before the whole pattern is; null when it cannot be tested cheaply.</summary>
    public LookAhead? Ahead { get; } = LookAhead.For(Pattern);

    /// <summary>The requires and unless columns as written, for the lexicon linter.</summary>
    public string Conditions { get; init; } = string.Empty;
}

/// <summary>A match of a lexicon entry: token indexes, inclusive.</summary>
internal readonly record struct LexiconMatch(LexiconEntry Entry, int First, int Last);
