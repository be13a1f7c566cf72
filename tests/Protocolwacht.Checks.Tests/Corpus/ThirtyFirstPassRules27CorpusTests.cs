namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The thirty-first pass's threat, insult and complaint batches (helper rules27): the tuning batch, written before the
/// engine saw it, and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of
/// this branch (the lead adjusts them after retraining).
/// </summary>
public class ThirtyFirstPassRules27CorpusTests
{
    /// <summary>
    /// 55 posts written for the thirty-first pass from the spec and the brief's classes before any rule changed (2be863ff, on
    /// c5852e95): 26 threats and insults to stop (teeth picked up, not upright any more, carried away, an ambulance arranged,
    /// not knowing what befalls someone; a walking office thing, a cold or dull comparison, a faculty of a paving stone; a
    /// humiliation not forgotten or paid back; an animal emoji or word for a boy, a colleague or a mother), 4 rhetorical
    /// questions about a policy (doubt) and 25 allowed look-alikes. First pass (rules + model, the engine of c5852e95):
    /// 0.691 / missed-block 0.423 (11/26) / false-block 0.040 (1/25). After the pass: 0.982 / 0.000 (0/26) / 0.040 (1/25). Still wrong: a stick insect named "Stokkie" is read as an insult (on c5852e95 already).
    /// </summary>
    [Fact]
    public void Fresh37Rules27Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-rules27.jsonl")), "fresh37-rules27", 0.98, 0.0, 0.05, 0.0);

    /// <summary>
    /// 55 posts written with fresh37-rules27 in another voice and with other words (26 to stop, 4 rhetorical questions, 25
    /// allowed), committed with it before any rule changed (2be863ff), never tuned on: the engine of c5852e95 0.600 /
    /// missed-block 0.500 (13/26) / false-block 0.080 (2/25); after the pass FIGURES_HELD. Run twice: at the start and at
    /// the end; its wrong posts were read only after the last run. The same author wrote both batches, so this is no
    /// independent measure. HELD_WRONG
    /// </summary>
    [Fact]
    public void Fresh37Rules27HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh37-rules27-heldout.jsonl")), "fresh37-rules27-heldout", 0.60, 0.50, 0.09, 0.0);
}
