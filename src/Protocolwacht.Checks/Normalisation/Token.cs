namespace Protocolwacht.Checks.Normalisation;

/// <summary>
/// A word of the folded text. <see cref="Key"/> is what lexicons match: letters and digits only, leetspeak
/// folded when letters and digits mix, runs of three or more equal letters squeezed to one, '*' kept as a
/// mask. <see cref="AltKey"/> is the leetspeak variant reading 1 as l (null when the same).
/// Start/End are offsets into the folded text.
/// </summary>
internal readonly record struct Token(int Start, int End, string Key, string? AltKey, int Sentence, TokenFlags Flags)
{
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
}
