namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// Where in a sentence something first happens (a token index, or -1), asked by a judge for many of its tokens: "after
/// which token has the author taken the outcome on ('ik zorg … dat')?". Like <see cref="SentenceQuestion"/>, a long
/// sentence's answer is kept on the check (<see cref="SentenceAnswers"/>) so each is found once; a short sentence is
/// walked on every ask. The answer may depend on the check and the sentence only.
/// </summary>
internal sealed class SentencePosition
{
    private static int s_count;
    private readonly Func<CheckContext, Sentence, int> _find;

    public SentencePosition(Func<CheckContext, Sentence, int> find)
    {
        _find = find;
        Id = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>How many positions there are; each has a slot in a check's <see cref="SentenceAnswers"/>.</summary>
    public static int Count => Volatile.Read(ref s_count);

    public int Id { get; }

    public int Find(CheckContext context, Sentence s) =>
        s.Last - s.First + 1 < SentenceQuestion.LongSentence ? _find(context, s) : context.SentenceAnswers.Find(this, context, s);

    /// <summary>The position found afresh, never kept.</summary>
    public int Compute(CheckContext context, Sentence s) => _find(context, s);
}
