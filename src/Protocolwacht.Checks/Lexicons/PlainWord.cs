namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// What the check knows of a plain word (letters, one key, no mask, no hex code) from its key alone, kept per distinct
/// word by the lexicon index so each is looked up once per token: its word classes, the entries its first term may
/// start (in the index's order, each with its <see cref="LookAhead"/> beside it), and whether it is a dictionary word
/// or an inflection of one (asked by the second opinion; false below five letters, where it is not asked). A check holds it as the token's <see cref="ClassedToken"/>.
/// </summary>
internal sealed class PlainWord(string key, ClassMask classes, Candidate[] candidates, bool isDictionaryWord)
    : ClassedToken(classes, LookAhead.WordBit(key))
{
    public Candidate[] Candidates { get; } = candidates;

    public bool IsDictionaryWord { get; } = isDictionaryWord;
}
