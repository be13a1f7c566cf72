namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-third pass's hate batches (helper rules19): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentyThirdPassRules19CorpusTests
{
    /// <summary>
    /// 57 posts written for the twenty-third pass from the spec and the brief's classes before any rule changed (17e2d0a, on
    /// 00cfee7): 30 blockable (harm told by its remedy: "kan hij zijn neus laten zetten", "door naar de EHBO", "bij de
    /// tandarts"; a body part with an article or its particle split off by "één voor één"/"stuk voor stuk", a passive
    /// "worden … gebroken"; veiled threats: "staat er niet lang meer", "rijdt niet lang meer", "in de prak", "hoopt maar beter
    /// dat … nog staat", "zou er maar zuinig op moeten zijn", "weet niet wat hem te wachten staat als ik …"; villains with a
    /// quantifier said of the organisation; an animal emoji after a comparison or a person; a person called stupid; "zo'n")
    /// and 27 allowed look-alikes (first aid lessons, the dentist's visit, weeds and hair, things soon replaced, gangs caught,
    /// scam mails, animal news with emoji, costumes, counter-speech calling a quoted opinion stupid, the sun). First pass
    /// (rules + model, the engine of 00cfee7): 0.579 / missed-block 0.267 (8/30) / false-block 0.222 (6/27). After the
    /// pass: 0.947 / 0.033 (1/30) / 0.037 (1/27). Still wrong: "Het is daar één grote boevenbende op het bestuursbureau"
    /// (allowed: the compound "boevenbende" is not read as a `villain` by its last part), "speelt groep 4 politie en boefje:
    /// allemaal boeven tegen twee agenten" (blocked), and the counter-speech "Wat een idiote uitspraak" after a quote is
    /// doubted (quote), not allowed.
    /// </summary>
    [Fact]
    public void Fresh29Rules19Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh29-rules19.jsonl")), "fresh29-rules19", 0.94, 0.04, 0.04, 0.0);

    /// <summary>
    /// 57 posts written with fresh29-rules19 in another voice and with other words (30 blockable, 27 allowed), committed
    /// with it before any rule changed (17e2d0a), never tuned on: the engine of 00cfee7 0.632 / missed-block 0.367 (11/30)
    /// / false-block 0.037 (1/27); after the pass 0.807 / 0.167 (5/30) / 0.037 (1/27). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure.
    /// Still passed: "een afspraak bij de kaakchirurg maken" (no condition or assurance in the sentence), "heeft na vanavond
    /// een paar hechtingen nodig, wacht maar af" (stitches as a noun), "Ik snij die vent de keel door" ("snij" without its
    /// d is no form of `force-verb`, and "door" is no `torn-off` particle), "Die mooie veranda …, die staat er binnenkort
    /// niet meer" (the thing and "staat er" in two clauses), "haalt de zomer niet". Doubted, not blocked: "nog 1x zo'n appje
    /// … en hij kan z'n neus laten rechtzetten" ("1x" is no count of the ultimatum), "z'n vingers breek ik er een voor een
    /// af" and "heeft die trainer z'n kaak gebroken" (a perfect, not the passive the pattern reads), "Boeven zijn het,
    /// allemaal, die bestuurders" (the predicate first). The false block is new: "Ik vind die gedachte stompzinnig" after a
    /// quoted claim ("stompzinnig" joined `negative-attribute` in this pass; an opinion noun as the object of "vinden" is
    /// not read as the thing judged).
    /// </summary>
    [Fact]
    public void Fresh29Rules19HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh29-rules19-heldout.jsonl")), "fresh29-rules19-heldout", 0.80, 0.17, 0.04, 0.0);
}
