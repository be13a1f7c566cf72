namespace Protocolwacht.Checks.Lexicons;

/// <summary>
/// One entry a token may start, as the lexicon index walks them: the entry with its lexicon and its
/// <see cref="LookAhead"/> copied beside it, so the test of the term after the first reads the candidate array
/// in order instead of following each entry and then its look-ahead (most candidates fail that test).
/// </summary>
internal readonly struct Candidate
{
    // The look-ahead's term classes, word bits and reach; a reach below zero when the entry has no look-ahead.
    private readonly ClassMask _classes;
    private readonly ulong _words;
    private readonly int _reach;

    public Candidate(LexiconEntry entry)
    {
        Entry = entry;
        LexiconId = entry.LexiconId;
        if (entry.Ahead is { } ahead)
        {
            (_classes, _words, _reach) = (ahead.Classes, ahead.Words, ahead.Reach);
        }
        else
        {
            _reach = -1;
        }
    }

    public LexiconEntry Entry { get; }

    public int LexiconId { get; }

    /// <summary>What <see cref="LookAhead.MayMatch"/> of the entry answers; true when it has no look-ahead.</summary>
    public bool MayMatch(TokenClasses classes, int next) => _reach < 0 || LookAhead.MayMatch(classes, next, _reach, _words, _classes);
}
