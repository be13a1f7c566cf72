namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// A yes-or-no question about a whole sentence that a judge asks for many of its tokens: "is it told in the past?", "does
/// the author vouch for it?". Asked per token, its scan of the sentence made a long sentence quadratic (a post of 200 KB
/// without a full stop took 22 s of CPU); so a long sentence's answer is kept on the check (<see cref="SentenceAnswers"/>)
/// and each question scans it once. A short sentence is scanned on every ask, as before: keeping its answer would cost
/// more than the scan. The answer may depend on the check and the sentence only.
/// </summary>
internal sealed class SentenceQuestion
{
    /// <summary>Sentences of at least this many tokens have their answers kept.</summary>
    public const int LongSentence = 40;

    private static int s_count;
    private readonly Func<CheckContext, Sentence, bool> _answer;

    public SentenceQuestion(Func<CheckContext, Sentence, bool> answer)
    {
        _answer = answer;
        Id = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>How many questions there are; each has a slot in a check's <see cref="SentenceAnswers"/>.</summary>
    public static int Count => Volatile.Read(ref s_count);

    public int Id { get; }

    public bool Ask(CheckContext context, Sentence s) =>
        s.Last - s.First + 1 < LongSentence ? _answer(context, s) : context.SentenceAnswers.Ask(this, context, s);

    /// <summary>The answer scanned afresh, never kept.</summary>
    public bool Compute(CheckContext context, Sentence s) => _answer(context, s);
}
