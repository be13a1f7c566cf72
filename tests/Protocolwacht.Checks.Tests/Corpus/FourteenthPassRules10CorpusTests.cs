namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The fourteenth pass's hate batches (helper rules10): the tuning batch, written before the engine saw it, and its
/// held-out batch, run once at the end. Floors as in <see cref="DevCorpusTests"/>.
/// </summary>
public class FourteenthPassRules10CorpusTests
{
    /// <summary>
    /// 59 posts written for the fourteenth pass from the spec before any rule changed: 28 blockable (the author's weapon
    /// said to meet someone, a group told it is merely tolerated or should be grateful to be here, advice to withdraw a
    /// filing with "slim/verstandig/wijs", a group denied feeling or a soul, nationalities the class lacked) and 31
    /// allowed look-alikes (sports with clubs and bats, a rolling pin, the author's own gratitude, counter-speech,
    /// sincere advice, robots and machines without feeling, history lessons and a museum quoting what the Nazis called
    /// people, "met open armen", a relative's disease, a charity, neutral mentions of nationalities). First pass (rules +
    /// model): 0.610 / missed-block 0.429 (12/28) / false-block 0.065 (2/31). The pass was built on its misses, so it is a
    /// regression set: 0.949 / 0.071 (2/28) / 0.000 (0/31) after it (left: "Schotten …" and "Noren …", nationalities left
    /// out on purpose; "ontmoet hij mijn ijzeren staaf", a model doubt: "staaf" is no weapon). Stop 36's retrain (harmful-statement
    /// threshold 0.95 → 0.97, chosen by cross-validated benefit) no longer doubts the "staaf": 0.949 / 0.107 (3/28) /
    /// 0.000.
    /// </summary>
    [Fact]
    public void Fresh20Rules10Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh20-rules10.jsonl")), "fresh20-rules10", 0.94, 0.11, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh20-rules10 in another voice and with other words (27 blockable, 27 allowed), committed
    /// before any rule changed and run once at the end: the engine before the pass (796f859) 0.667 / missed-block 0.444
    /// (12/27) / false-block 0.074 (2/27); after it 0.796 / 0.333 (9/27) / 0.000 (0/27). The same author wrote both
    /// batches, so it is not an independent measure ("dichtknijpen" in `gratitude` is a held-out word, added as an idiom
    /// of the class). Missed: all five weapon threats (the weapon in the boot "voor als je …", a pipe that "komt
    /// opzoeken", fists that want a talk with "die pestkop" and a knife taken along for "die gozer": neither is a person
    /// word, a wrench "klaar" for a referee: no word of meeting), "op hun knieën bedanken" (no gratitude word), advice
    /// not to file ("niet in te dienen") and an imperative "trek die beschuldiging in", "Afrikanen voelen geen pijn"
    /// ("pijn" is in `condemnation`), "Letten stelen" ("letten" left out). The history tour on "Untermenschen" went from
    /// block to a model doubt. The fifteenth pass (rules11) used this batch for tuning (its brief named the misses as
    /// classes): 0.907 / 0.148 (4/27) / 0.000 (0/27) after it (left: the pipe that "komt opzoeken", the two filings,
    /// "Letten stelen"); the floors are raised to that.
    /// </summary>
    [Fact]
    public void Fresh20Rules10HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh20-rules10-heldout.jsonl")), "fresh20-rules10-heldout", 0.90, 0.15, 0.0, 0.0);
}
