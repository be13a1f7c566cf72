namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// The answers a check's long sentences gave to <see cref="SentenceQuestion"/>s: one slot per question holding the last
/// sentence it was asked about. A judge asks about one sentence for all its tokens before it moves on, so one slot is
/// enough to answer each question once per sentence.
/// </summary>
internal sealed class SentenceAnswers
{
    private Slot[] _slots = new Slot[SentenceQuestion.Count];

    public bool Ask(SentenceQuestion question, CheckContext context, Sentence s)
    {
        if (question.Id < _slots.Length && _slots[question.Id] is { Known: true } slot && slot.Sentence == s)
        {
            return slot.Answer;
        }

        // Not a reference into the array: answering may ask other questions, and a question made after this check began
        // (a judge's type initialised late) grows the array.
        var answer = question.Compute(context, s);
        if (question.Id >= _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(question.Id + 1, SentenceQuestion.Count));
        }

        _slots[question.Id] = new Slot(s, Known: true, answer);
        return answer;
    }

    private readonly record struct Slot(Sentence Sentence, bool Known, bool Answer);
}
