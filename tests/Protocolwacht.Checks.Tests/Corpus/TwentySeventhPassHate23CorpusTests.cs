namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-seventh pass's group-hate batches (helper hate23): the tuning batch, written before the engine saw it, and
/// its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentySeventhPassHate23CorpusTests
{
    /// <summary>
    /// 57 posts written for the twenty-seventh pass from the spec and the brief's classes before any rule changed (6770fa41,
    /// on 4677ee92): 28 to block (a group told where it belongs elsewhere, humanity denied by worth or count, a group called
    /// a disease or told to be cured, questions about paying for a group called idle, plain vice nouns, a pronoun pointing
    /// back, a misspelt group, opinions) and 29 allowed look-alikes (a team's or a thing's place, a group's own wish to go
    /// back, humanity affirmed, health news and charities, negated vices, a report, neutral questions). First pass (rules +
    /// model, the engine of 4677ee92): 0.702 / missed-block 0.286 (8/28) / false-block 0.138 (4/29). After the pass: 0.965 /
    /// 0.036 (1/28) / 0.000 (0/29). Still wrong: "… voor Polen die de hele dag op de bank liggen?" (idleness told by a
    /// place, not a word of idleness) is allowed; a report of "rot op naar je eigen land" is doubted as a quote.
    /// </summary>
    [Fact]
    public void Fresh33Hate23Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-hate23.jsonl")), "fresh33-hate23", 0.96, 0.04, 0.0, 0.0);

    /// <summary>
    /// 56 posts written with fresh33-hate23 in another voice and with other words (28 to block, 28 allowed), committed with it
    /// before any rule changed (6770fa41), never tuned on: the engine of 4677ee92 0.696 / missed-block 0.286 (8/28) /
    /// false-block 0.143 (4/28); after the pass 0.911 / 0.107 (3/28) / 0.000 (0/28). Run twice, at the start and at the end (the
    /// test run of the unit tests before that asserted only the first-pass floors); its wrong posts were read after the last
    /// run. The same author wrote both batches, so this is no independent measure. Still passed: "homo's hebben een afwijking
    /// en moeten behandeld worden" ("hebben" without a generalising particle; the cure's modal is after "en"), "wij, voor
    /// syriërs die lekker thuis zitten" (idleness told by a place), "marrokanen horen in marokko" (a misspelt group's stem
    /// is not its country's); doubted by the model: "marokkanen zijn echt niet allemaal criminelen", and "Volgens de trainer
    /// horen …" as a quote.
    /// </summary>
    [Fact]
    public void Fresh33Hate23HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-hate23-heldout.jsonl")), "fresh33-hate23-heldout", 0.91, 0.11, 0.0, 0.0);
}
