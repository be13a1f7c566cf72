namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-fourth pass's hate batches (helper rules20): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyFourthPassRules20CorpusTests
{
    /// <summary>
    /// 58 posts written for the twenty-fourth pass from the spec and the brief's classes before any rule changed (810f69b, on
    /// 222a158): 31 to stop (harm told by its remedy: "kan alvast een afspraak maken bij de kaakchirurg", "heeft straks
    /// hechtingen nodig", "boekt straks een gipsvlucht", "nog 1x … en", a perfect told as a result to come, "snij … zijn keel
    /// door", "haalt de zomer niet"; knowing followed by "Hij hoort nog van me" or "Dat weet hij nu ook"; being alone made
    /// dangerous; a group said to be drunkards or a gang by a compound's last part; a person compared to an animal; a pupil
    /// named "Wolf" with a broken wrist, personal data) and 27 allowed look-alikes (a dental check-up, the first-aid box, a
    /// countdown, a recipe, a plant or a bicycle that will not see the summer, the library announced, pupils brought home,
    /// a gang caught, a play, animals compared to things or at the zoo, costumes, counter-speech about an opinion, a title
    /// after a comma, the sun). First pass (rules + model, the engine of 222a158): 0.569 / missed-block 0.355 (11/31) /
    /// false-block 0.037 (1/27). After the pass: 0.983 / 0.032 (1/31) / 0.000 (0/27). Still wrong: "Dat
    /// asielzoekerscentrum is één grote dievenbende" (allowed: a place of a group is not the group); blocked since the
    /// twenty-fifth pass (hate21), which reads a group's dwelling by a compound's last part as the group (1.000 / 0 / 0).
    /// </summary>
    [Fact]
    public void Fresh30Rules20Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh30-rules20.jsonl")), "fresh30-rules20", 0.98, 0.04, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh30-rules20 in another voice and with other words (31 to stop, 24 allowed), committed with
    /// it before any rule changed (810f69b), never tuned on: the engine of 222a158 0.618 / missed-block 0.387 (12/31) /
    /// false-block 0.000 (0/24); after the pass 0.782 / 0.258 (8/31) / 0.042 (1/24). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure.
    /// Still passed: the care place before "alvast … bellen", "krukken" and "een kunstgebit" needed after "na (het
    /// weekend/zaterdag)" (no near-time word the line reads), "ligt aan het infuus", "haalt het eind van het seizoen
    /// niet" (a span the idiom's list lacks), "Hij gaat er nog spijt van krijgen" after a workplace told as a fact, "kan
    /// voortaan beter niet alleen naar …" (without "meer"), "Het is een schorembende, die Albanezen" (the predicate first).
    /// Doubted, not blocked: "Voordat het kerst is, heeft die invaller zijn ribben gekneusd", "Ze hoort het nog wel" (not "van
    /// me"), "Ik zou als die buurman … maar niet alleen …". The false block is new: "Deze aanbieding haalt het weekend
    /// niet, dus bestel snel je schoolfoto's!" (the survival idiom reads the reader's "je" as the person it is said of).
    /// After the lead's retraining (stop 43): 0.782 / 0.290 (9/31) / 0.042; the retrained model no longer doubts "Voordat
    /// het kerst is, heeft die invaller zijn ribben gekneusd", so it passes.
    /// </summary>
    [Fact]
    public void Fresh30Rules20HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh30-rules20-heldout.jsonl")), "fresh30-rules20-heldout", 0.78, 0.30, 0.05, 0.0);
}
