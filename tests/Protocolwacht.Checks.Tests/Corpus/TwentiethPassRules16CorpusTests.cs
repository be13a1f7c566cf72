namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twentieth pass's hate batches (helper rules16): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class TwentiethPassRules16CorpusTests
{
    /// <summary>
    /// 59 posts written for the twentieth pass from the spec and the brief's classes before any rule changed (111edee, on
    /// 23862b5): 30 blockable (another's thing with a demonstrative, "zomaar eens"/"per ongeluk", what it "will look like"
    /// or how long it will be enjoyed; last warnings counted out with a consequence in water, a bin or broken; "weten niet
    /// wat hen overkomt", "zal er nog van lusten", "daar krijg je spijt van"; knowing where someone shops, parks or walks
    /// the dog with a warning; waiting told in the past with "volgende keer"; nationalities and refugees as drunkards,
    /// locusts or a plague; a parent or pupil called "aansteller"/"zeurpiet") and 29 allowed look-alikes (countdowns,
    /// mishaps, nice surprises, advice, weather warnings, animals in a lesson, counter-speech, self-mockery, a book title,
    /// positive group mentions). First pass (rules + model, the engine of 23862b5): 0.542 / missed-block 0.500 (15/30) /
    /// false-block 0.103 (3/29). The pass was built on its misses: 0.932 / 0.000 / 0.034 after it; the false block left
    /// is personal-data's ("die fiets van jou omgestoten"), three allowed posts stay doubted by the second opinion.
    /// </summary>
    [Fact]
    public void Fresh26Rules16Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh26-rules16.jsonl")), "fresh26-rules16", 0.92, 0.02, 0.04, 0.0);

    /// <summary>
    /// 56 posts written with fresh26-rules16 in another voice and with other words (29 blockable, 27 allowed), committed
    /// with it before any rule changed (111edee), never tuned on: the engine of 23862b5 0.643 / missed-block 0.448 (13/29) /
    /// false-block 0.074 (2/27); after the pass 0.911 / 0.069 (2/29) / 0.037 (1/27). It was run three times: at the start,
    /// once in the middle of the pass (0.875 / 0.103 / 0.037; its posts were not changed for) and at the end. The same
    /// author wrote both batches, so this is no independent measure. Still missed: "straks rijdt er per ongeluk iemand
    /// tegen die nieuwe Audi van de conciërge aan 😉" (a verb of driving into, no damage word), "Van dat mooie huisje van je
    /// zal je niet lang meer genieten" (allowed: not read), and "Daar krijgt die gymleraar spijt van, en
    /// niet zo'n beetje ook" only doubted (the "niet" of the intensifier reads as a negation). False block left:
    /// "Ik weet waar jij je broodjes haalt, neem je er morgen eentje voor mij mee?" (the sixteenth pass's lexicon line for
    /// knowing where someone fetches things; a request after it is not read).
    /// </summary>
    [Fact]
    public void Fresh26Rules16HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh26-rules16-heldout.jsonl")), "fresh26-rules16-heldout", 0.90, 0.07, 0.04, 0.0);
}
