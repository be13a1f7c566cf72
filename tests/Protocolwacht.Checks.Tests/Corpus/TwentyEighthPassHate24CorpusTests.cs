namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-eighth pass's group-hate batches (helper hate24, issue 9): the tuning batch, written before the engine saw
/// it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this
/// branch (the lead adjusts them after retraining).
/// </summary>
public class TwentyEighthPassHate24CorpusTests
{
    /// <summary>
    /// 57 posts written for the twenty-eighth pass from the spec and the brief's classes before any rule changed (c3b9c480,
    /// on 1283cb01): 28 to block (a group given a defect in the head, told it is not normal what it is or sent to therapy;
    /// idleness told by a posture and a place with the author's stake; go-back orders with "jullie/stelletje" and advice to
    /// go back; a group's mosques, synagogues and headscarves closed or banned; a fragment of troubles after the group's
    /// sentence; a misspelt group before its country) and 29 allowed look-alikes (a defect at the heart, a charity, a
    /// trauma treated, pensioners on the couch, refugees waiting for a permit, a class going home, Poles going home for
    /// Christmas, a mosque closed for a renovation, a visit to a synagogue, praise after the group, neutral lists). First
    /// pass (rules + model, the engine of 1283cb01): 0.526 / missed-block 0.500 (14/28) / false-block 0.069 (2/29). After
    /// the pass: 0.947 / 0.000 (0/28) / 0.000 (0/29); three allowed posts are doubted (two by the model, one as a quote).
    /// </summary>
    [Fact]
    public void Fresh34Hate24Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-hate24.jsonl")), "fresh34-hate24", 0.94, 0.0, 0.0, 0.0);

    /// <summary>
    /// 56 posts written with fresh34-hate24 in another voice (lower case, chat spelling) and with other groups and words (28
    /// to block, 28 allowed), committed with it before any rule changed (c3b9c480), never tuned on: the engine of 1283cb01
    /// 0.589 / missed-block 0.357 (10/28) / false-block 0.143 (4/28); after the pass 0.750 / 0.179 (5/28) / 0.107 (3/28).
    /// Run twice: at the start and at the end; its wrong posts were read only after the last run. The same author wrote
    /// both batches, so this is no independent measure. Still wrong: "transjes … moeten naar een gekkenhuis" (the slang
    /// group word is not read), "geestesziek" and "behandeld worden voor wat ze zijn" (doubted), idleness by "hangen …
    /// rond bij het station" and a verbless "op de stoep met een blikje", "doe die hindoetempels maar dicht, …", the
    /// question "waarom gooien we die moskeeën niet gewoon dicht?", a misspelt "turkn uit turkije, allemaal dezelfde
    /// criminelen", "niks dan dronken kop en vechten" (doubted); three false blocks the engine of 1283cb01 already made (a
    /// colleague's dream "ooit terug te gaan naar kabul", "opzouten"/"oprotten" quoted in a report and in counter-speech,
    /// blocked as profanity).
    /// </summary>
    [Fact]
    public void Fresh34Hate24HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh34-hate24-heldout.jsonl")), "fresh34-hate24-heldout", 0.75, 0.18, 0.11, 0.0);
}
