namespace Protocolwacht.Checks.Rules.Harmful;

/// <summary>
/// The answers a check's long sentences gave to <see cref="SentenceQuestion"/>s and <see cref="SentencePosition"/>s: one
/// slot per question holding the last sentence it was asked about. A judge asks about one sentence for all its tokens before it moves on, so one slot is
/// enough to answer each question once per sentence.
/// </summary>
internal sealed class SentenceAnswers
{
    private Slot[] _slots = new Slot[SentenceQuestion.Count];
    private PositionSlot[]? _positions;

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

    public int Find(SentencePosition position, CheckContext context, Sentence s)
    {
        if (_positions is not null && position.Id < _positions.Length && _positions[position.Id] is { Known: true } slot && slot.Sentence == s)
        {
            return slot.Index;
        }

        // As in Ask: finding may ask other questions, and a position made after this check began grows the array.
        var index = position.Compute(context, s);
        if (_positions is null || position.Id >= _positions.Length)
        {
            Array.Resize(ref _positions, Math.Max(position.Id + 1, SentencePosition.Count));
        }

        _positions[position.Id] = new PositionSlot(s, Known: true, index);
        return index;
    }

    private readonly record struct Slot(Sentence Sentence, bool Known, bool Answer);

    private readonly record struct PositionSlot(Sentence Sentence, bool Known, int Index);
}
