namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// What a plain word (letters, one key, no mask, no hex code) means to the lexicon index, which follows from its key
/// alone and is kept per distinct word: its word classes, the entries its first term may start (in the index's
/// order) and which of those the next word can rule out (null when that would not pay).
/// </summary>
internal sealed record PlainWord(ClassMask Classes, LexiconEntry[] Candidates, NextWordFilter? Next);
