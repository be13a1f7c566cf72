namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The eighteenth pass's school batches (helper school14): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and once at the end (nothing was changed on it). Floors as in
/// <see cref="DevCorpusTests"/>.
/// </summary>
public class EighteenthPassSchool14CorpusTests
{
    /// <summary>
    /// 56 posts written by helper school14 at the start of the eighteenth pass, from the spec and the brief and before any
    /// run of the engine (682964a; 30 to stop: resignation without the organisation named ("ze doen maar", "wie verzint
    /// dit", a new plan again, an eye-roll at a roster or a meeting, a sarcastic "Logisch."), countdowns to a pension and
    /// in mornings; the author's antidepressants, lithium and age on the day; a named pupil's punishment; a colleague's
    /// twins and divorce; tests and reports on a shared drive, closures and moves pending the supervisory board, meeting
    /// notes; a workbook scanned; a leader's opinion; two replies correcting a parent; 26 allowed look-alikes: factual
    /// answers to parents' questions, countdowns to Sinterklaas, a camp and a musical, a roster and a plan announced, the
    /// author's birthday without an age, a health evening, penalty kicks, an announced birth, published minutes, an adopted
    /// plan with its link, a parents' photo folder, a pension looked forward to). First pass (rules + model, the engine of
    /// 0994f22): 0.679 / missed-block 0.412 (7/17) / false-block 0.038 (1/26; the adopted plan "De Raad van Toezicht heeft
    /// ingestemd met het strategisch plan …; lees het op www.konot.nl/strategie"); the pass was built on its misses, so it
    /// is a regression set now: 0.982 / 0.000 / 0.000. Left: a school leader's opinion ("Dat hele adaptieve toetsen is een
    /// hype die over vijf jaar vergeten is.") given capacity advice instead of doubt.
    /// </summary>
    [Fact]
    public void Fresh24School14Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh24-school14.jsonl")), "fresh24-school14", 0.98, 0.0, 0.0, 0.0);

    /// <summary>
    /// 54 posts written with fresh24-school14 in another voice and with other words (30 to stop, 24 allowed), committed with
    /// it before any run of the engine and never tuned on. The engine of 0994f22: 0.630 / missed-block 0.412 (7/17) /
    /// false-block 0.000 (0/24), and one allowed reply doubted as discussion (a parent asking where to look for a lost coat);
    /// after the pass 0.833 / 0.176 (3/17) / 0.000, the reply allowed. Missed, as classes for a next pass: "wéér" inside a
    /// clause ("Komt er wéér een verandering aan in de planning … Zucht."), a countdown in a number with a thousands point
    /// ("Nog 1.204 dagen tot mijn AOW"), "Daar gaan we weer: nieuwe afspraken", "het zoveelste formulier" (forms are no
    /// `work-measure`: the lexicon lists them by hand in lines the class would make the linter reject); an antidepressant by
    /// its name (sertraline), a pupil "een week uit de klas gehaald" (doubted), a colleague who "wordt vader van een
    /// drieling" (doubted), notes of a "directieberaad", a picture book filmed page by page. The same author wrote both
    /// batches, so it is not an independent measure.
    /// </summary>
    [Fact]
    public void Fresh24School14HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh24-school14-heldout.jsonl")), "fresh24-school14-heldout", 0.83, 0.18, 0.0, 0.0);
}
