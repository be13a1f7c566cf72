namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-sixth pass's hate batches (helper hate22), short messages by functional class (derogation, dehumanisation,
/// threats, exclusion, slurs, spelling, questions, opinions, back-references, negation, counter-speech, neutral and positive
/// mentions): the tuning batch, written before the engine saw it, and its held-out batch. Floors as in
/// <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead adjusts them after retraining).
/// </summary>
public class TwentySixthPassHate22CorpusTests
{
    /// <summary>
    /// 57 posts written for the twenty-sixth pass before any rule changed (b6608eb, on 45f52e0): 28 to stop and 29 allowed.
    /// First pass (rules + model, the engine of 45f52e0): 0.702 / missed-block 0.214 (6/28) / false-block 0.172 (5/29).
    /// After the pass: 0.965 / 0.000 (0/28) / 0.000 (0/29); the two posts still wrong are negated vices the shipped model
    /// doubts ("zijn helemaal geen gelukszoekers", "zijn zeker geen terroristen"; the rules allow them).
    /// </summary>
    [Fact]
    public void Fresh32Hate22Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-hate22.jsonl")), "fresh32-hate22", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 56 posts written with fresh32-hate22 in another voice and with other words (28 to stop, 28 allowed), committed with it
    /// before any rule changed (b6608eb), never tuned on: the engine of 45f52e0 0.750 / missed-block 0.214 (6/28) /
    /// false-block 0.107 (3/28); after the pass 0.839 / 0.143 (4/28) / 0.036 (1/28). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure.
    /// Still passed: "X horen in Bulgarije, niet hier", "rot toch op naar je eigen land, stelletje X", "volgens mij horen X
    /// gewoon niet in nederland", "X zijn geen volwaardige mensen"; blocked: "die kat kan oprotten" (profanity).
    /// </summary>
    [Fact]
    public void Fresh32Hate22HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-hate22-heldout.jsonl")), "fresh32-hate22-heldout", 0.83, 0.15, 0.04, 0.0);
}
