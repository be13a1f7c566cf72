namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-sixth pass's threat and insult batches (helper rules22): the tuning batch, written before the engine saw it,
/// and its held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch
/// (the lead adjusts them after retraining).
/// </summary>
public class TwentySixthPassRules22CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-sixth pass from the spec and the brief's classes before any rule changed (ad35ea0, on
    /// 45f52e0): 24 to stop (another's head or face against a hard thing after a condition; roosting, skinning or a spit for
    /// a person; another's house or garage "in lichterlaaie", "in de hens"; the EHBO or "de eerste hulp" told to get ready;
    /// a kunstgebit ordered, a gebitsprothese needed; a straw and "kopje onder" after a condition; "verhaal halen" answered
    /// by "languit op de stoep"; an adjective of scorn and an animal said of a person; "afmaken" with a person), 3 quotes of
    /// a colleague by first name ("Zoals Bas zei: …") and 28 allowed look-alikes (recipes, a campfire, a first-aid course, a
    /// sports report, the author's own bump, swimming lessons, a museum's kunstgebit, a turkey in the oven, a cuddly toad,
    /// praise as "een bezige bij", "afmaken" of a drawing, a werkstuk or a puzzle, sayings of Montessori and Cruijff). First
    /// pass (rules + model, the engine of 45f52e0): 0.527 / missed-block 0.292 (7/24) / false-block 0.143 (4/28). After the
    /// pass: 0.982 / 0.000 (0/24) / 0.000 (0/28). Still wrong: "Zoals Bas zei in de teamvergadering: '…'" is blocked as
    /// confidential (the team meeting), not doubted as a quote.
    /// </summary>
    [Fact]
    public void Fresh32Rules22Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-rules22.jsonl")), "fresh32-rules22", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 55 posts written with fresh32-rules22 in another voice and with other words (24 to stop, 3 quotes, 28 allowed),
    /// committed with it before any rule changed (ad35ea0), never tuned on: the engine of 45f52e0 0.618 / missed-block 0.250
    /// (6/24) / false-block 0.000 (0/28); after the pass 0.873 / 0.125 (3/24) / 0.000 (0/28). Run four times: at the start, once
    /// mid-way by mistake (its figures only), at the end, and again after two late fixes the unit tests asked for (a timetable's
    /// "roosteren", a burglar read from `hazard`), with the same figures; its wrong posts were read only after the third run. The
    /// same author wrote both batches, so this is no independent measure. Still passed: "zou ik het liefst op de barbecue
    /// leggen" (the person is no word of a person class), "brandt zijn caravan tot de grond af" (doubted), "kunnen vast een
    /// verbanddoos meenemen", "loopt hij straks rond met een glazen oog"; doubted: "een sloom slakje" (a diminutive reads as
    /// fond); two look-alikes doubted by the model ("kwam verhaal halen bij de directeur", "de planning … afmaken").
    /// </summary>
    [Fact]
    public void Fresh32Rules22HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-rules22-heldout.jsonl")), "fresh32-rules22-heldout", 0.87, 0.13, 0.0, 0.0);
}
