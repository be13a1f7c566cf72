namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The nineteenth pass's school batches (helper school15): the tuning batch, written before the engine saw it, and its
/// held-out batch, run at the start and once at the end (nothing was changed on it). Floors as in
/// <see cref="DevCorpusTests"/>.
/// </summary>
public class NineteenthPassSchool15CorpusTests
{
    /// <summary>
    /// 55 posts written by helper school15 at the start of the nineteenth pass, from the spec and the brief and before any
    /// run of the engine (b1b99b5; 33 to stop: a stressed "wéér" or "alweer" beside a form, a rooster or a meeting, "daar
    /// gaan we weer", "het zoveelste" and "het vierde … deze week", countdowns with thousands points; the author's
    /// Ritalin, sertraline, Concerta and metformine, a pupil's insulin and Depakine; named pupils taken out of class, sent
    /// to the corridor or home; notes of a directieberaad, MT-overleg, bestuursvergadering, directieoverleg and
    /// bestuursoverleg; whole picture books and a method's lesson filmed; a leader's opinion; a reply correcting a parent;
    /// 22 allowed look-alikes: excess at a birthday, a wedding and Easter, "daar gaan we weer" before a school trip, a
    /// goal and a prize again, a jubilee countdown, forms and meetings announced, a medicine as a talk's topic, a class
    /// taken out for the school photo, a published annual report, the pupils' own book and film, and the author's own
    /// pregnancy leave announced in the ouderbrief and the nieuwsbrief). First pass (rules + model, the engine of
    /// e552a42): 0.600 / missed-block 0.421 (8/19) / false-block 0.045 (1/22: the author's own leave, blocked as the
    /// health of the colleague named in the next sentence); the pass was built on its misses, so it is a regression set
    /// now: 0.964 / 0.000 / 0.000. Left: "Het zoveelste beleidsplan van het bestuursbureau …" (a line for "zoveelste" with
    /// any organisation word also doubted a director's post on national policy in dev, so it was dropped) and "Het
    /// zoveelste leerlingvolgsysteem" (the compound reader cannot split "leerlingvolg").
    /// </summary>
    [Fact]
    public void Fresh25School15Corpus_HoldsItsGround() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh25-school15.jsonl")), "fresh25-school15", 0.96, 0.0, 0.0, 0.0);

    /// <summary>
    /// 50 posts written with fresh25-school15 in another voice and with other words (30 to stop, 20 allowed), committed with
    /// it before any run of the engine and never tuned on. The engine of e552a42: 0.560 / missed-block 0.529 (9/17) /
    /// false-block 0.000 (0/20); after the pass 0.720 / 0.353 (6/17) / 0.000. Missed, as classes for a next pass:
    /// "daar gaan we weer" before rules that are no `work-measure` ("nieuwe regels voor de fietsenstalling"), "de
    /// zoveelste werkgroep", "ons zoveelste verbeterplan", "alwéér" beside a planning (a `school-facility`), "weer zo'n
    /// intervisiebijeenkomst" (an unstressed "weer"), "de vijfde enquête van het bestuur in één maand" (the body four words
    /// on), "alweer … een observatielijst", "Nog 1.089 schooldagen, dan hang ik de fluit aan de wilgen" (an idiom of
    /// stopping as the end); a medicine after "aan de" with another sentence or before its verb in a subordinate clause
    /// ("al drie jaar aan de fluoxetine. Het is geen schande.", "Nu ik zelf citalopram slik"); a pupil who "zat … op de
    /// gang" and one "door de directeur naar huis gestuurd" without a reason in the sentence; notes from the
    /// "bestuurskamer" (a room, no meeting word); a story "helemaal voorgelezen voor de camera". The same author wrote both
    /// batches, and the medicine class lists the common brand and generic names, those of this batch
    /// among them, so its medicine posts are no independent measure of that class.
    /// </summary>
    [Fact]
    public void Fresh25School15HeldOutCorpus_FirstRunFloors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh25-school15-heldout.jsonl")), "fresh25-school15-heldout", 0.72, 0.36, 0.0, 0.0);
}
