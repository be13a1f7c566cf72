namespace Protocolwacht.Checks.Tests.Corpus;

/// <summary>
/// The twenty-sixth pass's school batches (helper school22): the tuning batch, written before the engine saw it, and its
/// held-out batch. Floors as in <see cref="DevCorpusTests"/>, for the rules and the shipped model of this branch (the
/// lead adjusts them after retraining).
/// </summary>
public class TwentySixthPassSchool22CorpusTests
{
    /// <summary>
    /// 55 posts written for the twenty-sixth pass from the spec and the brief's classes before any rule changed (0ea0224, on
    /// 45f52e0): 33 to stop (complaints told politely or as a report: a device failing "keer op keer", showers "alweer
    /// ijskoud", "Gehoord worden we niet", sarcasm in the sentence after a fact, the board's word quoted back after "weer",
    /// "een zware ochtend met deze groep", "niet te genieten"; a named pupil's punishment told by what was done and why; a
    /// method's lesson, worksheet or manual handed out whole "als pdf"; blocked personal posts that also need the capacity
    /// advice) and 22 allowed look-alikes (the same words as news, praise, sport or home). First pass (rules + model, the
    /// engine of 45f52e0): 0.673 / missed-block 0.444 (8/18) / false-block 0.000 (0/22). After the pass: 0.909 / 0.111
    /// (2/18) / 0.000 (0/22). Still wrong: "het smartboard hangt keer op keer" ("hangen" as a breakdown verb made "daar
    /// hangen die … rond" a complaint, so it was left out), "Twee invallers in één week … Echt top voor de rust in de klas."
    /// and "De lift … staat weer stil. Heerlijk, die trappen …" (sarcasm in the next sentence), "Die jongen uit mijn groep met
    /// die rode pet moest er vanochtend weer uit" (a pupil known by his cap), "Het hele Dikkie Dik-verhaal gescand" ("verhaal"
    /// is no work).
    /// </summary>
    [Fact]
    public void Fresh32School22Corpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-school22.jsonl")), "fresh32-school22", 0.90, 0.12, 0.0, 0.90);

    /// <summary>
    /// 55 posts written with fresh32-school22 in another voice and with other words (33 to stop, 22 allowed), committed with
    /// it before any rule changed (0ea0224), never tuned on: the engine of 45f52e0 0.636 / missed-block 0.389 (7/18) /
    /// false-block 0.000 (0/22); after the pass 0.673 / 0.333 (6/18) / 0.000 (0/22). Run twice (start and end); its wrong
    /// posts were read only after the last run. The same author wrote both batches, so this is no independent measure. Still
    /// allowed: most polite complaints (a server that "stort in", a boiler that "geeft het op", "Warm water …? Al een maand
    /// niet.", toilets that "lopen over", ideas "in een la verdwenen", sarcasm after a fact, "Pittige groep dit jaar. Ik tel de
    /// weken af."), punishments told as "op de gang doorgebracht" and "uit de kring gehaald", a pupil known by his glasses,
    /// "het complete toetsboekje" mailed, "als één pdf" (a word between "als" and the format) and "de complete Kleine
    /// Ezel-reeks ingescand en op mijn eigen site gezet" ("eigen" before the site is read as the author's own work). Blocked
    /// as confidential: a leader's complaint about "inleveren op de formatie" (expected doubt).
    /// </summary>
    [Fact]
    public void Fresh32School22HeldOutCorpus_Floors() =>
        CorpusRun.AssertFigures(CorpusRun.Evaluate(CorpusRun.Local("fresh32-school22-heldout.jsonl")), "fresh32-school22-heldout", 0.67, 0.34, 0.0, 0.0);
}
