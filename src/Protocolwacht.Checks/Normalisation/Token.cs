namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// A word of the folded text. <see cref="Key"/> is what lexicons match: letters and digits only, leetspeak
/// folded when letters and digits mix, runs of three or more equal letters squeezed to one, '*' kept as a
/// mask. <see cref="AltKey"/> is the leetspeak variant reading 1 as l (null when the same).
/// Start/End are offsets into the folded text.
/// </summary>
internal readonly record struct Token(int Start, int End, string Key, string? AltKey, int Sentence, TokenFlags Flags)
{
    /// <summary>For a leetspeak token, the key without leetspeak folding ("1s" stays "1s"); null otherwise.</summary>
    public string? RawKey { get; init; }

    /// <summary>
    /// For a leetspeak token with a 0, 3, 4 or '@' between letters, the key with those characters as '*' masks ("tyf0s" →
    /// "tyf*s", "k@t" → "k*t"); null otherwise. A digit or symbol may hide another vowel than the one it looks like.
    /// </summary>
    public string? VowelMaskKey { get; init; }

    public bool AnyKey(Func<string, bool> predicate) =>
        predicate(Key) || (AltKey is not null && predicate(AltKey)) || (RawKey is not null && predicate(RawKey));

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}

[Flags]
internal enum TokenFlags
{
    None = 0,
    Letters = 1,
    Digits = 2,
    Masked = 4,
    Joined = 8,
    Capitalised = 16,
    Leet = 32,

    /// <summary>Only the characters 0-9 and a-f, letters and digits mixed: it may be a code, not a disguised word.</summary>
    HexLike = 64,

    /// <summary>An '@' stands between two letters ("k@t"): a symbol no plain word is spelt with.</summary>
    VowelSymbol = 128,

    /// <summary>
    /// A letter stood three or more times in a row and the key has it once ("haaat" → "hat"): a word spelt with a double
    /// vowel lost one of its letters to the squeeze.
    /// </summary>
    Stretched = 256,
}
