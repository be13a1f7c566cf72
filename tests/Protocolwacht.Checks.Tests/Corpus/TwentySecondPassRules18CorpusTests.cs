namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-second pass's hate batches (helper rules18): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentySecondPassRules18CorpusTests
{
    /// <summary>
    /// 59 posts written for the twenty-second pass from the spec and the brief's classes before any rule changed (3ecf679,
    /// on fb86c9f): 33 blockable (a result on the body after "nog één keer … en", "reken maar dat", "wacht maar tot", "dan
    /// zul je zien", "zodra"; veiled threats about someone's things: asked whether one knows where the car is, "moet maar
    /// hopen dat er niks mee gebeurt", "geniet er nog maar even van", "kan maar beter op haar tuinhuisje passen"; a body
    /// part pulled, twisted or knocked out with its particle; a car by its make and buildings by any word; a demonstrative,
    /// "zo'n" or "een stelletje" before a noun of tyranny or crime said of a school role; a group called a burden, danger,
    /// plague or disgrace) and 26 allowed look-alikes (animal answers to questions and riddles, friendly conditions and
    /// assurances, care for things, pulling weeds, cars at the garage, tyrants in history and plays, criminals caught, a
    /// group denied to be a burden, mosquitoes as a plague). First pass (rules + model, the engine of fb86c9f): 0.678 /
    /// missed-block 0.212 (7/33) / false-block 0.000 (0/26). The pass was built on its misses: 0.932 / 0.030 (1/33) / 0.000
    /// after it. Still wrong: "Die scooter van meester Tom staat volgende week niet meer heel" (allowed: "niet meer heel"
    /// is no damage the property patterns read), "Lang gaat die vader niet meer van zijn Tesla genieten" and "reken maar
    /// dat hij zijn arm een maand niet kan gebruiken" (doubted), and the allowed "Wat zijn die zwarte vogels …? Kraaien
    /// zijn het" is doubted by the second opinion (the rules no longer stop it).
    /// </summary>
    [Fact]
    public void Fresh28Rules18Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh28-rules18.jsonl")), "fresh28-rules18", 0.93, 0.04, 0.0, 0.0);

    /// <summary>
    /// 56 posts written with fresh28-rules18 in another voice and with other words (30 blockable, 26 allowed), committed with
    /// it before any rule changed (3ecf679), never tuned on: the engine of fb86c9f 0.625 / missed-block 0.367 (11/30) /
    /// false-block 0.038 (1/26); after the pass 0.768 / 0.167 (5/30) / 0.038 (1/26). It was run three times (start, once
    /// in the middle to see the figures, end); its wrong posts were read only after the last run. The same author wrote
    /// both batches, so this is no independent measure: "Statushouders vormen een bedreiging voor …" follows the tuning
    /// batch's "vormen een gevaar voor", and the car makes added as a class include "Volvo" and "BMW", which it names.
    /// Still passed: "Eén keer nog dat … en hij kan zijn gebit laten repareren" (a repair of the body is no result the
    /// patterns know), "Die schuur … staat er niet lang meer, let maar op", "Zijn vingers breek ik er één voor één af"
    /// (the particle split from "er" by "één voor één"), "Ik rij die brommer … in elkaar met mijn Volvo", "Het is één
    /// grote boevenbende daar bij Konot" (no demonstrative before it). Doubted, not blocked: "zul je eens zien hoe snel
    /// ze naar de spoedeisende hulp moet", "ze kan een paar weken niet meer lopen" after "nog één zo'n opmerking",
    /// "kan hij zijn kaak laten hechten", "ze zou er maar zuinig op moeten zijn" after "Jij weet toch waar …", "hoopt
    /// maar beter dat er niets met zijn bedrijfsbusje gebeurt", "ruk ik die vrouw het haar uit haar hoofd" ("het haar",
    /// not a possessive, before the part), "Zijn camper heeft hij niet lang meer". The false block ("Daar kun je donder
    /// op zeggen: onze groep 8 wint …", a profanity finding on "donder") is older than the pass. After the lead's
    /// retrain at stop 41 (harmful-statement threshold 0.95 → 0.97 by the training's own selection): 0.768 / 0.200 (6/30)
    /// / 0.038: "kan hij zijn kaak laten hechten" is no longer doubted by the second opinion; the floor follows.
    /// </summary>
    [Fact]
    public void Fresh28Rules18HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh28-rules18-heldout.jsonl")), "fresh28-rules18-heldout", 0.76, 0.20, 0.04, 0.0);
}
