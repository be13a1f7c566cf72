namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-first pass's group-hate batches (helper hate27, issue 9): the tuning batch, written before the engine saw it,
/// and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class ThirtyFirstPassHate27CorpusTests
{
    /// <summary>
    /// 56 posts written for the thirty-first pass from the spec and the brief's classes before any rule changed (4843b445, on
    /// c5852e95): 29 to block (counter-speech turned round, a group as a burden, an identity called a phase or a fad, removal
    /// told in the passive or wished, a group behind everything, a group's house flattened, a pronoun pointing back, a
    /// question, dehumanisation, a threat, a misspelt group, derogation) and 27 allowed (counter-speech about a conspiracy, a
    /// load or a cost of a thing, a phase of growing up, a transman's story, tidying, a planetarium's dome, real questions
    /// about a group, a negation, praise). First pass (rules + model, the engine of c5852e95): 0.786 / missed-block 0.207
    /// (6/29) / false-block 0.037 (1/27). After the pass: 0.929 / 0.034 (1/29) / 0.037 (1/27). Still wrong: "Noem het maar
    /// een fabeltje, maar moslims zitten overal achter" (the dismissal read as counter-speech), "Een transman vertelde …, de
    /// kinderen stelden goede vragen" blocked ("stelden" is a form of "stelen" in the morphology table), a real question
    /// about asylum seekers' work and "trappen in een eeuwenoude complottheorie" doubted (the model).
    /// </summary>
    [Fact]
    public void Fresh37Hate27Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-hate27.jsonl")), "fresh37-hate27", 0.92, 0.04, 0.04, 0.0);

    /// <summary>
    /// 56 posts written with fresh37-hate27 in another voice and with other words (28 to block, 28 allowed), committed with it
    /// before any rule changed (4843b445), never tuned on: the engine of c5852e95 0.786 / missed-block 0.286 (8/28) /
    /// false-block 0.000 (0/28); after the pass 0.839 / 0.250 (7/28) / 0.000 (0/28). Run twice: at the start and at the end;
    /// its wrong posts were read only after the last run. The same author wrote both batches, so this is no independent
    /// measure. Still wrong: "geen fabel hoor, … trekken echt overal aan de touwtjes" (the dismissal read as counter-speech),
    /// "een molensteen om onze nek", "een belasting voor de klas", "genderfluïde bestaat niet" (no group word), "achter alles
    /// wat er fout gaat zitten de X" ("fout" is a word of condemnation), "minaretten en moskeekoepels moeten weg uit de stad"
    /// (doubted), "is het toeval dat X altijd …?", "die kakkerlakken uit afrika moeten allemaal terug"; a counter-speech post
    /// ("als je echt gelooft dat … ben je wel heel goedgelovig") is doubted by the model. After the lead's retrain of stop
    /// 50 (the harmful-statement threshold 0.95 → 0.97) the model no longer doubts "die minaretten en moskeekoepels moeten
    /// weg uit de stad": 0.839 / 0.286 (8/28) / 0.000.
    /// </summary>
    [Fact]
    public void Fresh37Hate27HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-hate27-heldout.jsonl")), "fresh37-hate27-heldout", 0.83, 0.29, 0.0, 0.0);
}
