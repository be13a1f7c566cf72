namespace Protocolwacht.Checks;

/// <summary>Options for <see cref="ProtocolChecker.Create"/>.</summary>
public sealed record CheckOptions
{
    /// <summary>
    /// A folder with extra lexicon files (same names and format as the built-in ones in Lexicons/), read once
    /// at <see cref="ProtocolChecker.Create"/>, so an administrator can extend the lexicons without a rebuild.
    /// Missing folder: ignored.
    /// </summary>
    public string? ExtraLexiconFolder { get; init; }

    /// <summary>
    /// Whether the learned second opinion (Learning/SecondOpinion) may add a doubt where the rules were silent. On in
    /// the product; the rules' own tests switch it off to test what the rules alone decide.
    /// </summary>
    public bool SecondOpinion { get; init; } = true;
}
