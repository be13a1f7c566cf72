namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-fifth pass's hate batches (helper rules21): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyFifthPassRules21CorpusTests
{
    /// <summary>
    /// 56 posts written for the twenty-fifth pass from the spec and the brief's classes before any rule changed (3b8935e, on
    /// e521349): 28 to stop (a consequence after a condition, "ligt hij in de goot voor hij het weet"; dying or burning wished
    /// "mogen van mij", "wat mij betreft"; a care place before "alvast … regelen/bellen"; krukken or a kunstgebit needed "na"
    /// a time; "ligt straks aan het infuus"; "haalt het eind van het seizoen niet"; "gaat er nog spijt van krijgen" after a
    /// fact; "kan voortaan beter niet alleen …"; teeth picked up from the floor; "kraait als een haan") and 28 allowed
    /// look-alikes (survival idioms of offers, plants and printers; sayings attributed by name; sports reports, recipes and
    /// games; "voor je het weet" of the weather and the holidays; wishes about things; care, regret and being alone as news
    /// or advice; the cock on the farm). First pass (rules + model, the engine of e521349): 0.589 / missed-block 0.464
    /// (13/28) / false-block 0.000 (0/28). After the pass: 0.982 / 0.000 (0/28) / 0.000 (0/28). Still wrong: "Komt die
    /// vader nog eens verhaal halen bij mijn klas, dan ligt hij plat op de tegels …" (doubted: "verhaal" is a story word,
    /// which the lexicon line's sentence-wide exception reads).
    /// </summary>
    [Fact]
    public void Fresh31Rules21Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-rules21.jsonl")), "fresh31-rules21", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh31-rules21 in another voice and with other words (27 to stop, 28 allowed), committed with
    /// it before any rule changed (3b8935e), never tuned on: the engine of e521349 0.673 / missed-block 0.556 (15/27) /
    /// false-block 0.000 (0/28); after the pass 0.855 / 0.222 (6/27) / 0.000 (0/28). Run twice (start and end); its wrong posts
    /// were read only after the last run. The same author wrote both batches, so this is no independent measure. Still
    /// passed: "dan gaat hij er met zijn kop tegen de muur", "levend roosteren", "in de hens", "De eerste hulp mag alvast
    /// een brancard klaarzetten" (the care place in two words), "een gebitsprothese nodig" (the remedy as a compound's last
    /// part), "wat een opgeblazen kalkoen" (an animal as a predicate without a manner verb). Doubted, not blocked: "dan zorg
    /// ik dat hij de rest van zijn leven door een rietje eet", "gaan die zakkenrollers kopje onder".
    /// </summary>
    [Fact]
    public void Fresh31Rules21HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh31-rules21-heldout.jsonl")), "fresh31-rules21-heldout", 0.85, 0.23, 0.04, 0.0);
}
