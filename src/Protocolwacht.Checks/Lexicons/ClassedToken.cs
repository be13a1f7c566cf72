namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// The word classes of one token of a check, as <see cref="TokenClasses"/> holds them. A plain word's is its
/// <see cref="PlainWord"/>, kept by the lexicon index across checks; any other token (digits, a mask, leetspeak) gets
/// one made for its check, or shares <see cref="None"/>. So a check holds a reference per token, not a 64-byte mask
/// per token: the masks of plain words stay where the index keeps them.
/// </summary>
internal class ClassedToken(ClassMask classes, ulong wordBits = ulong.MaxValue)
{
    /// <summary>A token without any class.</summary>
    public static readonly ClassedToken None = new(ClassMask.Zero);

    /// <summary>
    /// A field, not a property, so <see cref="TokenClasses"/>' indexer can hand out a reference to it: a property returned
    /// the 64-byte mask by value, a copy for every pattern question (see docs/benchmarks.md, "twenty-seventh pass").
    /// </summary>
    public readonly ClassMask Classes = classes;

    /// <summary>
    /// A plain word's <see cref="LookAhead.WordBit"/>; every bit for any other token (a mask, other readings), which
    /// <see cref="LookAhead"/> must never rule out by its key.
    /// </summary>
    public ulong WordBits { get; } = wordBits;
}
