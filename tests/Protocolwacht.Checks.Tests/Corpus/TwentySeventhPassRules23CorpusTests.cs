namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-seventh pass's threat and insult batches (helper rules23): the tuning batch, written before the engine saw it,
/// and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch
/// (the lead adjusts them after retraining).
/// </summary>
public class TwentySeventhPassRules23CorpusTests
{
    /// <summary>
    /// 54 posts written for the twenty-seventh pass from the spec and the brief's classes before any rule changed (9f095e03, on
    /// 4677ee92): 26 to stop (someone on the floor or "ernaast" before they know it, new glasses or teeth, an artificial eye,
    /// more than a plaster, a cast, another's house burned to the ground, a first-aid kit brought, after a condition and with
    /// the author's stake; "ik vind je wel" or "ik weet je te vinden" with a prayer or "nog niet jarig" after it; a diminutive
    /// after an adjective of scorn said of a person; a person named by a deed as the target; 3 meeting news not yet public),
    /// 3 sayings quoted from a team meeting by first name, and 25 allowed look-alikes (a slippery field, an optician's sale, a
    /// farm fire in the news, a first-aid kit for a school trip, a bike that falls over, friendly finding, praying in church,
    /// a fond snail, a whistle-blower praised). First pass (rules + model, the engine of 4677ee92): 0.759 / missed-block 0.231
    /// (6/26) / false-block 0.000 (0/25). After the pass: 1.000 / 0.000 (0/26) / 0.000 (0/25).
    /// </summary>
    [Fact]
    public void Fresh33Rules23Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-rules23.jsonl")), "fresh33-rules23", 1.0, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh33-rules23 in another voice and with other words (27 to stop, of them 3 meeting news; 3
    /// quotes; 25 allowed), committed with it before any rule changed (9f095e03), never tuned on: the engine of 4677ee92
    /// 0.636 / missed-block 0.296 (8/27) / false-block 0.080 (2/25); after the pass 0.709 / 0.222 (6/27) / 0.080 (2/25).
    /// Run twice: at the start and at the end; its wrong posts were read only after the last run. The same author wrote
    /// both batches, so this is no independent measure. Still wrong: results in other words ("een afspraak bij de opticien
    /// maken", "zijn tanden laten vervangen", "ligt hun eigen huis in de as", "een ooglapje nodig", doubted); finding by
    /// "elkaar tegenkomen", "tegen het lijf lopen", "weet waar ik je moet zoeken", the one found far before the verb ("Die
    /// leraar … weet ik wel te vinden"), "nog lang niet jarig", "amen en uit"; "een zielig wormpje"; three sayings whose
    /// attribution the quote rule does not read ("Mooi gezegd door Tom", "Noor gaf … een tip:", "Zoals Kees … opmerkte:");
    /// two false blocks the engine of 4677ee92 already made ("Weet je me te vinden?", "De bemoeial van de buurt bleek de
    /// beste vrijwilliger …").
    /// </summary>
    [Fact]
    public void Fresh33Rules23HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-rules23-heldout.jsonl")), "fresh33-rules23-heldout", 0.70, 0.23, 0.09, 0.0);
}
