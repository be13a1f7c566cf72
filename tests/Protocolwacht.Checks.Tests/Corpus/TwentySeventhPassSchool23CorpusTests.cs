namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-seventh pass's school batches (helper school23): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentySeventhPassSchool23CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-seventh pass from the spec and the brief's classes before any rule changed (76391882, on
    /// 4677ee92): 16 to doubt (a facility or system that gives up, "stort in", "geeft het op", "houdt ermee op"; a facility
    /// asked after and answered "Al maanden niet."; "Inspraak noemen ze dat."; "Stevige klas dit jaar."; a director's cut of
    /// the formation with an opinion), 17 to block (news kept back until a date: a colleague leaving, a merger, a
    /// reorganisation, the formation; a named pupil's time on the corridor, the bench or in the director's office; a method
    /// put whole on one's own site or "als één pdf"; threats and insults of "die vader", "die moeder") and 22 allowed
    /// look-alikes (a pupil who "gaf het niet op", a lesson on collapsing bridges, the author's own bike or phone, a repair,
    /// "het is nu officieel", results "worden in juni bekendgemaakt", a pupil on the corridor to paint, own material as one
    /// pdf, a neighbour's father). First pass (rules + model, the engine of 4677ee92): 0.582 / missed-block 0.176 (3/17) /
    /// false-block 0.045 (1/22). After the pass: 0.945 / 0.000 (0/17) / 0.000 (0/22), lowest F1 0.951 (capacity). Still
    /// wrong: "Het netwerk begeeft het … als de kinderen tegelijk de tablets pakken" is blocked as a threat (a condition and
    /// "pakken" beside a school device; the threat judges' ground), "Nieuwe meubels voor de kleutergroep? Nog steeds niet."
    /// (furniture is no facility), "… vliegt hij er zelf uit met zijn hoofd door de deur" only doubted.
    /// </summary>
    [Fact]
    public void Fresh33School23Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-school23.jsonl")), "fresh33-school23", 0.94, 0.0, 0.0, 0.95);

    /// <summary>
    /// 55 posts written with fresh33-school23 in another voice and with other words (16 to doubt, 17 to block, 22 allowed),
    /// committed with it before any rule changed (76391882), never tuned on, run at the start and once at the end: the engine
    /// of 4677ee92 0.473 / missed-block 0.412 (7/17) / false-block 0.091 (2/22); after the pass 0.527 / 0.412 (7/17) / 0.045
    /// (1/22). The same author wrote both batches, so this is no independent measure, and it shows the idioms of failing
    /// generalise only as far as the facility class does ("de cv", "de koffieautomaat", "de laptopkar" are no facilities).
    /// </summary>
    [Fact]
    public void Fresh33School23HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh33-school23-heldout.jsonl")), "fresh33-school23-heldout", 0.52, 0.42, 0.05, 0.0);
}
