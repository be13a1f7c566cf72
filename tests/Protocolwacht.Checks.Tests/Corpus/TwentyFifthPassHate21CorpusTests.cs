namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-fifth pass's hate batches (helper hate21), short messages by the functional classes an outside hate-speech
/// test suite probes: the tuning batch, written before the engine saw it, and its held-out batch. Floors as in
/// <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the lead adjusts them after retraining).
/// </summary>
public class TwentyFifthPassHate21CorpusTests
{
    /// <summary>
    /// 57 posts written for the twenty-fifth pass before any rule changed (2aed730, on e521349): 30 to stop (the predicate
    /// first and the group after a comma, a pronoun pointing back, a place of a group called a den of thieves, hate as a
    /// question or an opinion, negation that makes hate, group and evaluation words misspelt, dehumanisation, threats, slurs
    /// and curses at a group) and 27 allowed (negation that removes hate, counter-speech, reports of hate, neutral news and
    /// questions, positive generalisations, look-alikes of each hateful construction). First pass (rules + model, the
    /// engine of e521349): 0.842 / missed-block 0.133 (4/30) / false-block 0.074 (2/27). After the pass: 0.982 / 0.000
    /// (0/30) / 0.000 (0/27); the one post still wrong is doubted by the model, not blocked ("harde werkers zijn het, die
    /// Roemenen op de kwekerij").
    /// </summary>
    [Fact]
    public void Fresh31Hate21Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-hate21.jsonl")), "fresh31-hate21", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh31-hate21 in another voice and with other words (29 to stop, 26 allowed), committed with
    /// it before any rule changed (2aed730), never tuned on: the engine of e521349 0.764 / missed-block 0.241 (7/29) /
    /// false-block 0.115 (3/26); after the pass 0.818 / 0.138 (4/29) / 0.115 (3/26). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure.
    /// Still blocked: "Afghanen zijn ontzettend gastvrij" ("ontzettend" read as an evaluation, older than this pass), "zijn
    /// helemaal geen profiteurs", a slur quoted in a news report. Still passed: a vice noun in the sentence after the group
    /// without a pronoun, "opvangcentrum … rovershol", "X hebben hier niets te zoeken", "tu.rken"; doubted, not blocked: a
    /// right questioned with "waarom mogen X eigenlijk …", "moeten allemaal afgeknald worden".
    /// </summary>
    [Fact]
    public void Fresh31Hate21HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-hate21-heldout.jsonl")), "fresh31-hate21-heldout", 0.81, 0.14, 0.12, 0.0);
}
