namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The nineteenth pass's hate batches (helper rules15): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class NineteenthPassRules15CorpusTests
{
    /// <summary>
    /// 56 posts written for the nineteenth pass from the spec and the brief's classes before any rule changed (aa18cbb, on
    /// e552a42): 28 blockable (someone's car, scooter, windows or letterbox said to be gone, no longer whole, hit by a stone
    /// or filled with fireworks, and "advice" to put a bike away "als ik jou was"; knowing where someone lives with a
    /// warning; lying in wait with "opwachten"; "In onze buurt geen X meer", "dit is straks geen Nederlandse school meer",
    /// "X nemen alles over", "straks zijn X hier de baas"; dated insult nouns for someone's relative: helleveeg,
    /// onnozelaar, feeks, lapzwans) and 28 allowed look-alikes (a visit at someone's work to fetch keys or a parcel; song,
    /// record, show and programme titles with an insult or a curse; advice with a reason; damage news; friendly waiting;
    /// neutral groups; takeovers by one person; counter-speech; self-mockery; fiction). First pass (rules + model, the
    /// engine of e552a42): 0.589 / missed-block 0.464 (13/28) / false-block 0.179 (5/28), five more blockable posts only
    /// doubted. The pass was built on its misses, so it is a regression set: 1.000 / 0.000 / 0.000 after it.
    /// </summary>
    [Fact]
    public void Fresh25Rules15Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh25-rules15.jsonl")), "fresh25-rules15", 0.98, 0.04, 0.04, 0.0);

    /// <summary>
    /// 53 posts written with fresh25-rules15 in another voice and with other words (27 blockable, 26 allowed), committed
    /// with it before any rule changed (aa18cbb), run at the start and once at the end, never tuned on: the engine of
    /// e552a42 0.660 / missed-block 0.407 (11/27) / false-block 0.115 (3/26); after the pass 0.849 / 0.222 (6/27) / 0.000.
    /// The same author wrote both batches, so this is no independent measure (its seven insults of relatives were blocked
    /// before the pass already). Fixed: waiting with "opwachten" (also by others for "die jongen"), "Bij ons in het dorp geen
    /// X meer", "straks geen Nederlandse school meer", "X pakken alles af", "X hebben de hele straat overgenomen", "X hebben
    /// het hier voor het zeggen", and the three false blocks (a visit to a garage for winter tyres, a record and a single
    /// titled with a curse and an insult). Still missed: a bike "maar goed op slot zetten, dat zeg ik je" about "die bakfiets" (no
    /// possessive, doubted), a brick "zomaar eens" through the windscreen (no condition or near time), an ultimatum "Eén
    /// verkeerd woord meer en …" (only "nog één" is read), a garden that "ziet er zaterdag heel anders uit" (doubted), "niet
    /// lang meer plezier van die glimmende Tesla", knowing where someone shops or in which street a mentor lives with "kijk
    /// maar goed uit"/"moet uitkijken", and "Ik zat gisteren al … op je te wachten, volgende keer …" (told in the past).
    /// With the second opinion retrained after the merge (stop 38: the pass's tuning batch among the training files)
    /// 0.849 / 0.259 (7/27) / 0.000: one blockable post the old model doubted is now doubted by neither.
    /// </summary>
    [Fact]
    public void Fresh25Rules15HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh25-rules15-heldout.jsonl")), "fresh25-rules15-heldout", 0.84, 0.26, 0.04, 0.0);
}
